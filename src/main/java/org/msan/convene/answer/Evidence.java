package org.msan.convene.answer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.msan.convene.knowledge.Hit;
import org.msan.convene.knowledge.MessageHeaders;
import org.msan.convene.knowledge.Sentences;
import org.msan.convene.knowledge.Slots;
import org.msan.convene.knowledge.TextAnalysis;

/**
 * How well one passage covers a question: the share of the question's term weight (IDF) that the
 * passage's title, headings and text contain, how well its own heading names the question, and
 * whether it gives the kind of answer asked for ({@code givesAnswerType}: in a sentence on the
 * question's words; {@code hasAnswerType}: anywhere in it), whether it writes the thing asked for
 * as a phrase ({@code namesHead}: "finance manager", for a head of two words or more), and whether
 * it is an email's header block ({@code messageHeader}: "From: …", "Date: …", read once here).
 * BM25 scores are not comparable across questions; the share is, which is what makes abstention a
 * fixed threshold.
 */
record Evidence(Hit hit, double coverage, double headingMatch, boolean restatesHeading, boolean givesAnswerType,
    boolean hasAnswerType, boolean givesList, boolean namesHead, boolean messageHeader, double relevance) {

  /**
   * What a sentence giving the kind of answer asked for ("how many" → "4-8 leaders") adds to
   * relevance, times the share of the question that sentence (under its headings) says: one line
   * that says all of "when are mini-grant applications due" ("Applications due: November 6") beats
   * a newsletter item whose other sentences hold the word "due". Swept on every dev file (2 to 5):
   * 3 to 5 each answered two dev questions more and none less than a flat bonus of 1; 4 is the middle.
   */
  private static final double ANSWER_TYPE_WEIGHT = 4.0;

  double similarity() {
    return hit.similarity();
  }

  /** A sentence gives the answer asked for when it (with its heading) covers this share of the question. */
  private static final double MIN_SENTENCE_COVERAGE = 0.5;

  /** An entry's lines above a contact line that still name whose it is: a name, a title, an email. */
  private static final int MAX_LABEL_LINES = 3;

  /** A heading of one word ("Cost") is matched by its terms; restating needs more to be sure. */
  private static final int MIN_RESTATED_WORDS = 2;

  /**
   * @param bestScore the highest BM25 score among the question's candidates
   * @param bestMeaning the highest {@link Hit#meaning} among the candidates, {@code leastMeaning}
   *     the lowest
   */
  static Evidence of(Hit hit, double bestScore, double bestMeaning, double leastMeaning, AskedQuestion question,
      TextAnalysis analysis) {
    var passage = hit.passage();
    List<Set<String>> terms = question.slots();
    Map<String, Double> weights = question.weights();
    Optional<AnswerType> type = question.type();
    // A passage that gives the kind of answer asked ("$20,000") has said what "how much do we pay" asks.
    Set<String> head = question.typeWords();
    // A date, a place or a person is always that of something, which the question's own words name:
    // "Revised July 2025" gives no founding year. Other kinds are the thing's own ("since 1999" for "how old").
    // A year the question names ("the dates of the 2028 institute") says when, not what: a date in
    // 2028 of something else is no date of the institute.
    List<Set<String>> dated = type.filter(AnswerType::saidOfSomething)
        .map(t -> ownSlots(question, analysis.terms(passage.title())).stream()
            .filter(slot -> !t.dates() || !slot.stream().allMatch(word -> word.chars().allMatch(Character::isDigit))).toList())
        .orElse(List.of());
    // The passage's sentences that give that kind of answer, split once.
    // An email's header block ("Date: Tue, 3 Feb 2026", "From: …") dates and signs the message: it
    // gives no date or place of what the message is about, only who sent it.
    boolean messageHeader = MessageHeaders.isHeaderBlock(passage.text());
    boolean typedHere = type.isPresent() && (!messageHeader || type.get().asksWho());
    // "NEW VENUE", "Contact": a heading that names the kind of place or person asked for says its
    // sentences give one, as places and people are written in too many ways for a pattern to know.
    boolean labelledByHeading = typedHere && !type.get().required()
        && !passage.headings().isEmpty() && hit.headingTerms().stream().anyMatch(head::contains);
    // What the headings above say is said of every line below them, as the title is: "PRSEC" over
    // "Main line: (217) 555-0148" is the PRSEC central office's number.
    Set<String> headingsSaid = new HashSet<>(hit.headingTerms());
    if (typedHere) {
      headingsSaid.addAll(analysis.terms(passage.section()));
    }
    List<Sentences.Sentence> typed = new ArrayList<>();
    List<Sentences.Sentence> sentences = typedHere ? Sentences.of(passage.text()) : List.of();
    for (int i = 0; i < sentences.size(); i++) {
      Sentences.Sentence sentence = sentences.get(i);
      // A contact's lines: the number under the name ("Dr. Lena Okafor, Mentoring Coordinator" /
      // "lena.okafor@… | 218-555-0142") is hers; a line without a sentence's end labels the next,
      // as do the lines of an entry above it ("Contact: Priya Raman" / "Email: …" / "Phone: …").
      StringBuilder labelled = new StringBuilder(sentence.text());
      for (int above = i - 1; above >= 0 && above >= i - MAX_LABEL_LINES && sentences.get(above).labelsNext(); above--) {
        labelled.insert(0, sentences.get(above).text() + "\n");
      }
      if ((labelledByHeading || question.answeredBy(sentence.text(), analysis))
          && saysOwn(dated, type.get().ofOneThing(), labelled.toString(), withYearSaid(headingsSaid,
              question, passage.section() + "\n" + labelled, analysis), analysis)
          && counts(type.get(), sentence.text(), question.countedSlots(), analysis)) {
        typed.add(sentence);
      }
    }
    boolean givesType = !typed.isEmpty();
    Set<String> present = new HashSet<>(hit.terms());
    if (givesType) {
      present.addAll(head);
    }
    present.addAll(NumberRanges.heldTerms(passage.text(), terms, question.numbers()));
    // "Next year's dues" are said by "Dues for the 2027–28 year", under any heading.
    question.relativeYear().ifPresent(year -> present.addAll(year.heldTerms(passage.withHeadings(), analysis)));
    double coverage = share(terms, present, weights);
    // A passage whose own heading names what is asked ("the Invest In People lever") is its answer.
    // A heading that names the kind of answer asked ("NEW VENUE" for "where is it held") says the
    // question's words for that kind, as a sentence that gives one does.
    Set<String> headingSaid = new HashSet<>(hit.headingTerms());
    if (labelledByHeading) {
      headingSaid.addAll(head);
    }
    double headingMatch = share(terms, headingSaid, weights);
    // The start of the section a question names carries its definition ("We will adopt new mindsets...").
    double sectionStart = headingMatch > 0.99 && passage.part() == 0 ? 0.25 : 0;
    // "What does MSAN do?" restates the heading "What We Do" though its only topic word is MSAN.
    // Restating is the question being the heading: naming the document ("… gain from the Midwest
    // District Network?") while asking about something else does not restate a lead passage's title.
    // An FAQ's "Who do I contact about the summit?" is restated by "who do I talk to about the
    // leadership summit": its "contact" and the question's "talk" both only ask for a person.
    Set<String> restating = new HashSet<>(question.headingWords());
    if (labelledByHeading) {
      restating.addAll(head);
    }
    boolean restatesHeading = hit.headingWords().size() >= MIN_RESTATED_WORDS
        && restating.containsAll(hit.headingWords())
        && saysAll(terms, headingSaid, analysis.terms(passage.title()));
    // A sentence is read under its document's title and its own heading (a title, then "Cost").
    Set<String> context = new HashSet<>(head);
    if (!typed.isEmpty()) {
      context.addAll(headings(hit, analysis));
    }
    double typedShare = typed.stream()
        .mapToDouble(sentence -> {
          Set<String> said = new HashSet<>(analysis.terms(sentence.text()));
          said.addAll(withYearSaid(context, question, passage.section() + "\n" + sentence.text(), analysis));
          // "Under 2,500 students" says the "1800" of "a district with 1800 kids".
          said.addAll(NumberRanges.heldTerms(sentence.text(), terms, question.numbers()));
          return share(terms, said, weights);
        }).max().orElse(0);
    boolean givesAnswerType = typedShare >= MIN_SENTENCE_COVERAGE;
    // Meaning counts as much as words: BM25 as a share of the best score and the passage's meaning
    // (Hit.meaning()) rescaled from the least to the most similar candidate, both 0 to 1.
    // Raw cosines of one model sit in a narrow band, where they would barely reorder what BM25 ranked.
    double spread = bestMeaning - leastMeaning;
    double dense = spread > 0 ? (hit.meaning() - leastMeaning) / spread : 1;
    // "Who is the finance manager?": a passage that writes the two words together names the role;
    // "the Finance Committee … managed by" has the words, not the thing.
    boolean namesHead = question.headPhrase()
        .map(phrase -> phrase.matcher(passage.text()).find() || phrase.matcher(passage.section()).find()).orElse(false);
    double relevance = coverage + headingMatch / 2 + sectionStart + (bestScore > 0 ? hit.score() / bestScore : 0)
        + dense + (givesAnswerType ? ANSWER_TYPE_WEIGHT * typedShare : 0);
    // "Which Wyoming districts …" asks several, which a list gives whose items say the question's
    // words beyond its headings ("- Wyoming: Goshen County …"), not a sentence that names the state.
    // "Who can apply" asks for whoever a sentence may name; a plural thing is the list's.
    boolean givesList = question.asksForList()
        && question.head().filter(asked -> Plurals.endsInPlural(asked.words())).isPresent()
        && listSays(passage.text(), terms, question.headSlots(), weights, headings(hit, analysis), analysis);
    return new Evidence(hit, coverage, headingMatch, restatesHeading, givesAnswerType, givesType, givesList, namesHead,
        messageHeader, relevance);
  }

  /** The terms of the passage's headings and its document's title, under which its sentences are read. */
  private static Set<String> headings(Hit hit, TextAnalysis analysis) {
    Set<String> headings = new HashSet<>(hit.headingTerms());
    headings.addAll(analysis.terms(hit.passage().title()));
    return headings;
  }

  /**
   * Whether the passage holds a list (two items or more) whose items, under the passage's title
   * and headings, say the thing asked for and as much of the question as a sentence that answers
   * must, and say a word of it the title and headings don't.
   */
  private static boolean listSays(String text, List<Set<String>> slots, List<Set<String>> headSlots,
      Map<String, Double> weights, Set<String> headings, TextAnalysis analysis) {
    List<Sentences.Sentence> items = Sentences.of(text).stream().filter(Sentences.Sentence::listItem).toList();
    if (items.size() < 2) {
      return false;
    }
    Set<String> itemWords = new HashSet<>();
    items.forEach(item -> itemWords.addAll(analysis.terms(item.text())));
    Set<String> said = new HashSet<>(itemWords);
    said.addAll(headings);
    return share(slots, said, weights) >= MIN_SENTENCE_COVERAGE && headSlots.stream().allMatch(slot -> Slots.said(slot, said))
        && slots.stream().anyMatch(slot -> Slots.said(slot, itemWords) && !Slots.said(slot, headings));
  }

  /**
   * Whether the sentence counts what "how many …" asks about: "how many students ride the routes"
   * is not answered by "six districts run three routes". True when nothing named is counted.
   */
  private static boolean counts(AnswerType type, String sentence, List<Set<String>> counted, TextAnalysis analysis) {
    if (counted.isEmpty()) {
      return true;
    }
    return type.wordsAfterAnswers(sentence).stream().map(Evidence::countedNoun).map(analysis::terms)
        .anyMatch(words -> counted.stream().anyMatch(slot -> Slots.said(slot, words)));
  }

  /**
   * What a count counts, of the words after it: up to the first plural, the noun of the things
   * counted ("two educators from a member district" counts educators, not districts; "14 small
   * rural school districts" counts school districts), or all of them when none is plural ("one team").
   */
  private static String countedNoun(String words) {
    StringBuilder counted = new StringBuilder();
    for (String word : words.split("[^\\p{L}'’-]+")) {
      counted.append(word).append(' ');
      if (Plurals.endsInPlural(word)) {
        return counted.toString().strip();
      }
    }
    return words;
  }

  /**
   * The question's words that say what it is about beyond the document it is asked of and the kind
   * of answer wanted: "founded" in "what year was the Alliance founded", asked of the Alliance's
   * handbook. A word no document has stays: no date in them is the date of that.
   */
  private static List<Set<String>> ownSlots(AskedQuestion question, List<String> title) {
    return question.slots().stream()
        .filter(slot -> !Slots.said(slot, title) && !Slots.said(slot, question.typeWords())).toList();
  }

  /** The terms, with the question's words for a school year ("next year's") when the text names that year. */
  private static Set<String> withYearSaid(Set<String> terms, AskedQuestion question, String text, TextAnalysis analysis) {
    if (question.relativeYear().isEmpty()) {
      return terms;
    }
    Set<String> with = new HashSet<>(terms);
    with.addAll(question.relativeYear().get().heldTerms(text, analysis));
    return with;
  }

  /**
   * Whether the sentence, under its heading, says one of the question's own words ("Revised July
   * 2025" gives a year, but not the year of a founding), or, with {@code every}, each of them (the
   * phone number of the HR office is not the transportation office's). True when the question has
   * no own word.
   */
  private static boolean saysOwn(List<Set<String>> own, boolean every, String sentence, Set<String> heading,
      TextAnalysis analysis) {
    if (own.isEmpty()) {
      return true;
    }
    Set<String> said = new HashSet<>(analysis.terms(sentence));
    said.addAll(heading);
    return every ? own.stream().allMatch(slot -> Slots.said(slot, said)) : own.stream().anyMatch(slot -> Slots.said(slot, said));
  }

  /** Whether the heading or the document's title says each of the question's words (a slot: a word or its synonyms). */
  private static boolean saysAll(List<Set<String>> slots, Set<String> heading, List<String> title) {
    Set<String> said = new HashSet<>(heading);
    said.addAll(title);
    return slots.stream().allMatch(slot -> Slots.said(slot, said));
  }

  /** Each slot (a word and its synonyms) weighs what its rarest-known alternative weighs, once. */
  static double share(List<Set<String>> slots, Set<String> present, Map<String, Double> weights) {
    double total = 0;
    double matched = 0;
    for (Set<String> slot : slots) {
      double weight = Slots.weight(slot, weights);
      total += weight;
      if (Slots.said(slot, present)) {
        matched += weight;
      }
    }
    return total == 0 ? 0 : matched / total;
  }

}
