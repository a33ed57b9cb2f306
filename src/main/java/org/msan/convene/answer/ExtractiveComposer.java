package org.msan.convene.answer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.msan.convene.knowledge.Passage;
import org.msan.convene.knowledge.Sentences;
import org.msan.convene.knowledge.Slots;
import org.msan.convene.knowledge.TextAnalysis;

/**
 * Builds a short answer from the documents' own sentences: the sentences of the best passage that
 * say most of the question's words, each word counted once with its synonyms and a synonym of
 * several words only whole; a whole list when the question asks for one, only the sentences that
 * give a number when it asks "how many", "how long" or "how much". Then, if a second passage adds
 * what the first lacks, its best sentence; each followed by its citation number.
 */
final class ExtractiveComposer {

  /** An answer that opens with a bare yes or no: "Yes.", "No,", "Yes —". */
  private static final Pattern YES_OR_NO = Pattern.compile("(?i)(yes|no)\\b\\s*[.,;:!—–-]");
  /**
   * Question forms that ask for several things: "what are …", "list …", "who can …"; also a plural
   * thing asked for ("what core values does …", {@link QuestionHead}; "which districts …", {@link
   * #WHICH}). English forms only: the nouns come from the question, never from a list of the
   * documents' words.
   */
  private static final Pattern LIST_QUESTION = Pattern.compile(
      "\\b(what are|what were|list|name the|who should|who can)\\b", Pattern.CASE_INSENSITIVE);
  /**
   * "Which" and the words after it: "which districts pay …", "which of the sessions …" and "which
   * school districts are …" ask for several, "which city hosts it" for one (its second word is a
   * verb, not a noun's plural, unless an auxiliary follows it).
   */
  private static final Pattern WHICH = Pattern.compile(
      "\\bwhich\\s+(?:of\\s+(?:the|these|those|our|your|their)\\s+)?(\\p{L}+)"
          + "(?:\\s+(\\p{L}+)\\s+(?:are|were|do|did|have|had|can|could|will|would|should|must)\\b)?",
      Pattern.CASE_INSENSITIVE);
  private static final int MAX_SENTENCES = 3;
  private static final int MAX_TYPED_SENTENCES = 2;
  private static final int MAX_CHARS = 900;
  /** A paragraph quoted whole for a yes-or-no question: a motion, its mover and its vote fit well within it. */
  private static final int MAX_PARAGRAPH_CHARS = 500;
  /** A unit is found in its passage's text by this many characters of its first line. */
  private static final int FOUND_BY_CHARS = 60;
  /** "PASSED.", "Yes.": fewer words than this say nothing without the paragraph around them. */
  private static final int MIN_STANDING_WORDS = 3;
  private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n");
  /** A list item that starts with a label: "- Role: Events Coordinator; …", "- Director: Maria Lopez". */
  private static final Pattern RECORD = Pattern.compile("(?:- |\\d+\\. )[^:;\\n]{1,40}:\\s");
  /** A question that asks whether something holds: "can I …", "is there …", "do we …". */
  private static final Pattern YES_NO = Pattern.compile(
      "\\s*(?:can|could|may|might|is|are|was|were|do|does|did|should|must|will|would|has|have)\\b",
      Pattern.CASE_INSENSITIVE);
  /**
   * A list entry is a line of a directory or a table, not a paragraph set as a list item: a name,
   * a role and an email fit in well under 120 characters, a paragraph seldom does.
   */
  private static final int MAX_ENTRY_CHARS = 120;
  /** More said than left unsaid: below it the question is mostly about what no row tells apart. */
  private static final double MIN_TELLING_SHARE = 0.5;
  /** A sentence that opens by pointing back to the one before: "After that date …", "Those sessions …", "Such requests …". */
  private static final Pattern POINTS_BACK = Pattern.compile(
      "\\s*(?:(?:after|before|by|until|from|at|on|in|for|of|with|past|since|during)\\s+)?(?:that|those|such)\\s+"
          // "Those who register …", "That said, …", "Such as …" point nowhere.
          + "(?!(?:who|whom|whose|which|said|as|is|are|was|were|of|interested|wishing)\\b)\\p{L}+",
      Pattern.CASE_INSENSITIVE);
  /** A list asked for is given whole when it fits well inside one Discord embed. */
  private static final int MAX_LIST_CHARS = 1800;

  private final TextAnalysis analysis;

  ExtractiveComposer(TextAnalysis analysis) {
    this.analysis = analysis;
  }

  /**
   * @param passages the passages to answer from, in citation order (index 0 is cited as [1])
   * @param asked the question as read once for the evidence: its slots and their weights, the kind
   *     of answer and the thing it asks for
   * @param namesSection true when the question names the first passage's own section ("the Invest
   *     In People lever"): its opening sentence, which defines it, then leads the answer
   */
  String compose(String question, List<Passage> passages, AskedQuestion asked, boolean namesSection) {
    List<Set<String>> slots = asked.slots();
    Map<String, Double> weights = asked.weights();
    Passage first = passages.get(0);
    List<Unit> units = units(first, slots, weights);
    // The question's whole topic in the passage's title and headings ("Save the date: 2027 Summer
    // Institute" for "how much does the summer institute cost"), read once for both uses below.
    boolean titled = titledBy(first, asked);
    List<String> chosen = withAntecedents(units, choose(question, units, first, asked, namesSection, titled));
    StringBuilder answer = new StringBuilder(underItsQuestion(joinUnits(chosen), first,
        namesSection && YES_NO.matcher(question).lookingAt())).append(" [1]");
    // The citation shows the first passage, with its title and section: what it says counts as
    // answered, so a second passage is quoted only for a word the first does not have at all, a
    // word of the question itself: "money", which no document has, is not said by every "pay".
    Set<String> covered = termsOf(first.text() + "\n" + first.title() + "\n" + first.section());
    // "A district with 250 students" is said by the row for "Under 300 students".
    covered.addAll(NumberRanges.heldTerms(first.text(), slots, asked.numbers()));
    // An answer that gives the kind asked for ("$295 per person") of the passage the question names
    // (the Summer Institute's memo) has said "cost" as a passage does.
    if (titled && asked.answeredBy(answer.toString(), analysis)) {
      covered.addAll(asked.typeWords());
    }
    for (int i = 1; i < passages.size() && i < 3 && answer.length() < MAX_CHARS / 2; i++) {
      List<Set<String>> missing = asked.ownSlots().stream().filter(slot -> !Slots.said(slot, covered)).toList();
      Unit extra = bestUnit(passages.get(i), missing, weights);
      if (extra != null && extra.score > 0 && answer.length() + extra.text.length() < MAX_CHARS) {
        answer.append(' ').append(extra.text.strip()).append(" [").append(i + 1).append(']');
        covered.addAll(termsOf(extra.text));
      }
    }
    return answer.toString();
  }

  /**
   * An FAQ's "Yes." or "No." answers its own question, which may not be the member's: "is the office
   * open over winter break?" is not answered "Yes." by "Is the office closed over winter break? Yes.
   * …", nor is "what does the cooperative do?" by "No.". Such an answer is quoted under its
   * question, unless the member asks it: a yes-or-no question that names the section.
   */
  private static String underItsQuestion(String answer, Passage passage, boolean asksIt) {
    String heading = passage.ownHeading().strip();
    if (asksIt || !heading.endsWith("?") || !YES_OR_NO.matcher(answer).lookingAt()) {
      return answer;
    }
    return heading + " " + answer;
  }

  /**
   * @param units the passage's units, as {@link #units} reads them for the question
   * @param titled whether the passage's title and headings name all the question is about ({@link #titledBy})
   */
  private List<String> choose(String question, List<Unit> units, Passage passage, AskedQuestion asked,
      boolean namesSection, boolean titled) {
    // "The assessment for a Tier 2 district": the row that names Tier 2 is the answer.
    List<Unit> items = units.stream().filter(u -> u.listItem).toList();
    List<Pattern> labels = NumberRanges.labels(question, analysis::isStopWord);
    // Unless another row says more of the question: "the portfolio defense day for Cohort 4" is the
    // row of the defense day, not the one that names Cohort 4 for its celebration.
    // When the passage gives the kind of answer asked ("what time are the cohort 5 info sessions"),
    // a row must give it too: "Cohort 5 applications are open" names Cohort 5 and no time.
    boolean typedHere = !labels.isEmpty() && units.stream().anyMatch(u -> asked.answeredBy(u.text, analysis));
    Optional<List<String>> naming = rows(units,
        text -> NumberRanges.namesAny(text, labels) && (!typedHere || asked.answeredBy(text, analysis)), bestScore(items),
        false);
    if (naming.isPresent()) {
      return naming.get();
    }
    // "The dues for a district with 320 students": the row whose range holds 320 is the answer.
    List<Long> numbers = NumberRanges.numbers(question);
    // A table's row says the question's number by its range, though no other word of it
    // ("150 to 299 students | $4,000"); a sentence ("Doors open 8-11 a.m.") must say more.
    Optional<List<String>> holding = rows(units, text -> NumberRanges.holdsAny(text, numbers), 0, true);
    if (holding.isPresent()) {
      return holding.get();
    }
    boolean asksForList = asked.asksForList();
    // "Who is the events coordinator" of a staff table: the row that names the events coordinator.
    List<Unit> rowsAsked = standingOutRecords(question, items, passage, asked);
    // The passage's list answers a list question when it says the question's words as well as
    // any sentence does: "which languages …" is not answered by the list of what a board does.
    // Of a table, the rows that say what the question adds to the table's headings: "which dual
    // credit courses are online" is answered by the rows whose delivery is online.
    if (asksForList && !items.isEmpty() && listScore(units, items) >= bestScore(units)) {
      return !rowsAsked.isEmpty() ? underTheirLead(units, rowsAsked, passage.ownHeading(), true)
          : wholeList(units, items, passage.ownHeading()).orElseGet(() -> bestSentences(units, namesSection));
    }
    // A list question whose list doesn't answer it is not answered by one of its rows either.
    List<Unit> standing = asksForList ? List.of() : rowsAsked;
    // "How many ...?" is answered by the sentences that give a count of what is asked, alone; a
    // table's row by its cell labelled as what is asked ("Dates: June 22–24").
    // In a passage whose title and headings name all the question is about ("Save the date: 2027
    // Summer Institute" for "how much does the summer institute cost"), a sentence that gives the
    // kind of answer asked ("The early rate is $295 per person") needs no word of the question.
    List<Unit> answering = units.stream()
        .filter(u -> u.score > 0 ? asked.answeredBy(u.text, analysis)
            : asked.answeredUnderLabel(u.text, analysis) || titled && asked.answeredBy(u.text, analysis))
        .toList();
    // Of a table's rows that give the kind of answer asked (every row has a phone number), the row asked about.
    boolean allRows = answering.stream().allMatch(u -> u.listItem);
    List<Unit> typedRecords = allRows
        ? answering.stream().filter(standing::contains).toList() : List.of();
    List<Unit> typed = (typedRecords.isEmpty() ? answering : typedRecords).stream()
        .sorted(Comparator.comparingDouble((Unit u) -> -u.score).thenComparingInt(u -> u.position))
        .limit(MAX_TYPED_SENTENCES)
        .sorted(Comparator.comparingInt(u -> u.position))
        .toList();
    // "Tom's phone number" in a short staff list: his row, not the list; every row, the list.
    boolean someRows = !answering.isEmpty() && allRows && answering.size() < items.size();
    if (passage.text().length() <= 320 && !someRows && standing.isEmpty()) {
      return units.stream().map(u -> u.text).toList();
    }
    if (!typed.isEmpty()) {
      return underTheirLead(units, typed, "", false);
    }
    boolean bestIsItem = units.stream().max(Comparator.comparingDouble(u -> u.score)).map(u -> u.listItem).orElse(false);
    Optional<List<String>> continued = bestIsItem ? Optional.empty() : typedInParagraphOfBest(passage, units, asked);
    if (continued.isPresent()) {
      return continued.get();
    }
    if (bestIsItem && !standing.isEmpty()) {
      return underTheirLead(units, standing, "", false);
    }
    if (!bestIsItem && !namesSection && YES_NO.matcher(question).lookingAt()) {
      Optional<List<Unit>> paragraph = paragraphOfBest(passage, units);
      if (paragraph.isPresent()) {
        List<Unit> best = bestUnits(units, false);
        List<String> quoted = units.stream().filter(u -> paragraph.get().contains(u) || best.contains(u))
            .map(u -> u.text).toList();
        if (joinUnits(quoted).length() <= MAX_CHARS) {
          return quoted;
        }
      }
    }
    return (bestIsItem ? wholeList(units, items, passage.ownHeading()) : Optional.<List<String>>empty())
        .orElseGet(() -> withListsAfterColons(units,
            withParagraphsOfFragments(passage, units, bestUnits(units, namesSection))));
  }

  /**
   * The rows of a list of records (each item labelled: a table's row, "Role: Events Coordinator;
   * Phone: …", or "Director: Maria Lopez, …"; or a short entry: "Priya Natarajan, Events
   * Coordinator") that say the most of the question's words that tell
   * rows apart, when some rows do and others don't. The words every row says (a column's header,
   * "Phone") tell no row from another, nor do the words that only say the kind of answer asked or
   * those only the table's title and headings say ("the treasurer of the Governing Board").
   * A row stands out when it says more than half the weight of the question's other words ({@link
   * #MIN_TELLING_SHARE}): the row that shares only "library" with "what do we pay if the workshop
   * in the library runs late" leaves "runs" and "late" unsaid, and is one guess among the rows.
   * A list of sentences (rules, steps) is read so too for a question that asks whether something
   * holds: "can I email student data?" is answered by the rule about email. Empty for another
   * list, or when no row stands out.
   */
  private List<Unit> standingOutRecords(String question, List<Unit> items, Passage passage, AskedQuestion asked) {
    // A list of sentences (rules, steps) is answered by one of them only when the question asks
    // whether something holds ("can I email student data?"); a "what" question may want the list.
    boolean records = items.stream().allMatch(u -> RECORD.matcher(u.text).lookingAt() || entry(u.text));
    if (items.size() < 2 || !records && !YES_NO.matcher(question).lookingAt()) {
      return List.of();
    }
    List<Set<String>> said = items.stream().map(u -> u.terms).toList();
    Set<String> headings = termsOf(passage.title() + "\n" + passage.section());
    List<Set<String>> open = asked.slots().stream()
        .filter(slot -> !Slots.said(slot, asked.typeWords()))
        .filter(slot -> !Slots.said(slot, headings) || said.stream().anyMatch(terms -> Slots.said(slot, terms)))
        .filter(slot -> !said.stream().allMatch(terms -> Slots.said(slot, terms))).toList();
    double[] shares = said.stream().mapToDouble(terms -> Evidence.share(open, terms, asked.weights())).toArray();
    double best = Arrays.stream(shares).max().orElse(0);
    if (best <= MIN_TELLING_SHARE) {
      return List.of();
    }
    List<Unit> standing = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      if (shares[i] >= best) {
        standing.add(items.get(i));
      }
    }
    return standing.size() < items.size() ? standing : List.of();
  }

  /**
   * A list item that is an entry rather than a sentence: short, and not ended by a full stop ("-
   * Priya Natarajan, Events Coordinator", "- Monthly mentor meeting on Zoom, the second Tuesday").
   */
  private static boolean entry(String item) {
    String text = item.strip();
    return text.length() <= MAX_ENTRY_CHARS && !text.endsWith(".");
  }

  /**
   * List items quoted under their list's lead: the sentence before the list, or else the passage's
   * heading. {@code always} false leads only with a sentence that ends with a colon, without
   * which the items are quoted as they are: "Accept gifts from families worth more than $25."
   * alone reads as a permission, under "… ambassadors may not:" as the rule.
   */
  private static List<String> underTheirLead(List<Unit> units, List<Unit> rows, String heading, boolean always) {
    if (rows.isEmpty() || !rows.stream().allMatch(u -> u.listItem)) {
      return quoted(rows);
    }
    int above = rows.get(0).position - 1;
    while (above >= 0 && units.get(above).listItem) {
      above--;
    }
    List<String> led = new ArrayList<>();
    if (above >= 0 && (always || units.get(above).text.strip().endsWith(":"))) {
      led.add(units.get(above).text);
    } else if (always && !heading.isBlank()) {
      // An FAQ's heading asks ("What can the grant not fund?"): it leads as it is.
      String lead = heading.strip();
      led.add(lead.matches(".*[?!:]$") ? lead : lead.replaceAll("\\.+$", "") + ":");
    } else {
      return quoted(rows);
    }
    rows.forEach(u -> led.add(u.text));
    return led;
  }

  /** The units as an answer quotes them: one alone reads as a sentence, without its list marker. */
  private static List<String> quoted(List<Unit> units) {
    return units.stream().map(u -> units.size() == 1 ? Sentences.withoutListMarker(u.text) : u.text).toList();
  }

  /** Whether the question asks for several things: "what are …", "which districts …", "what core values …". */
  static boolean asksForList(String question, Optional<QuestionHead.Head> head) {
    return LIST_QUESTION.matcher(question).find() || asksWhichOfSeveral(question)
        // "Which districts …" asks several; "the events person" is one, whatever "events" is.
        || head.filter(h -> h.named() != QuestionHead.Named.BY_TOPIC && Plurals.endsInPlural(h.words())).isPresent();
  }

  private static boolean asksWhichOfSeveral(String question) {
    Matcher which = WHICH.matcher(question);
    while (which.find()) {
      if (Plurals.endsInPlural(which.group(1)) || which.group(2) != null && Plurals.endsInPlural(which.group(2))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the passage's title and headings say each of the question's words beyond the kind of
   * answer it asks for, an answer that is the thing's own (an amount, a count); false for a
   * question of no such word.
   */
  private boolean titledBy(Passage passage, AskedQuestion asked) {
    // A date, a place, a person is always some one thing's, which the sentence must say: "the
    // 2025-26 cohort" under the fellowship's title is no deadline of it. An amount, a count, a
    // length is the thing's own.
    if (asked.type().filter(type -> !type.saidOfSomething()).isEmpty()) {
      return false;
    }
    Set<String> titled = termsOf(passage.title() + "\n" + passage.section());
    List<Set<String>> topic = asked.slots().stream().filter(slot -> !Slots.said(slot, asked.typeWords())).toList();
    return !topic.isEmpty() && topic.stream().allMatch(slot -> Slots.said(slot, titled));
  }

  /**
   * The chosen units, each that opens by pointing back ("After that date the fee goes up", "Those
   * sessions …") after the sentence it points to, when that was not chosen: alone it would leave
   * the member asking which date.
   */
  private static List<String> withAntecedents(List<Unit> units, List<String> chosen) {
    List<String> result = new ArrayList<>();
    for (String text : chosen) {
      int at = indexOf(units, text);
      if (at > 0 && POINTS_BACK.matcher(text).lookingAt()) {
        Unit before = units.get(at - 1);
        if (!before.listItem && !chosen.contains(before.text) && !result.contains(before.text)
            && Sentences.endsSentence(before.text)) {
          result.add(before.text);
        }
      }
      result.add(text);
    }
    return result;
  }

  /** Where the unit of this text stands in the passage; -1 when no unit has it. */
  private static int indexOf(List<Unit> units, String text) {
    for (int i = 0; i < units.size(); i++) {
      if (units.get(i).text.equals(text)) {
        return i;
      }
    }
    return -1;
  }

  /** A sentence that ends with a colon ("core values are rooted in the beliefs that:") brings the list it opens. */
  private static List<String> withListsAfterColons(List<Unit> units, List<String> chosen) {
    List<String> result = new ArrayList<>();
    for (String text : chosen) {
      result.add(text);
      if (!text.strip().endsWith(":")) {
        continue;
      }
      int at = indexOf(units, text);
      List<String> list = new ArrayList<>();
      for (int i = at + 1; at >= 0 && i < units.size() && units.get(i).listItem; i++) {
        list.add(units.get(i).text);
      }
      if (joinUnits(list).length() < MAX_LIST_CHARS) {
        list.stream().filter(item -> !chosen.contains(item)).forEach(result::add);
      }
    }
    return result;
  }

  /**
   * The units that {@code picks}, on the question's words (a list item also without them, when
   * {@code itemsWithoutWords}), when it picks some of them but not all and one of them scores at
   * least {@code leastBest}: the rows of a table that answer; one alone without its list marker.
   *
   * @param itemsWithoutWords whether what {@code picks} finds in a list item is itself what the
   *     question says (a range holding its number), so that the item needs no word of it
   */
  private static Optional<List<String>> rows(List<Unit> units, Predicate<String> picks, double leastBest,
      boolean itemsWithoutWords) {
    List<Unit> picked = units.stream()
        .filter(u -> (u.score > 0 || itemsWithoutWords && u.listItem) && picks.test(u.text)).toList();
    if (picked.isEmpty() || picked.size() == units.size() || bestScore(picked) < leastBest) {
      return Optional.empty();
    }
    return Optional.of(quoted(picked));
  }

  /** What the list says of the question: its best item's score, or its introducing sentence's. */
  private static double listScore(List<Unit> units, List<Unit> items) {
    int firstItem = units.indexOf(items.get(0));
    double intro = firstItem > 0 ? units.get(firstItem - 1).score : 0;
    return Math.max(intro, items.stream().mapToDouble(u -> u.score).max().orElse(0));
  }

  private static double bestScore(List<Unit> units) {
    return units.stream().mapToDouble(u -> u.score).max().orElse(0);
  }

  /**
   * The list with the sentence that introduces it, when it fits; a list no sentence introduces
   * comes under its heading ("What the Grant Will Not Fund:"), which says what its items are.
   */
  private static Optional<List<String>> wholeList(List<Unit> units, List<Unit> items, String heading) {
    if (joinUnits(items.stream().map(u -> u.text).toList()).length() >= MAX_LIST_CHARS) {
      return Optional.empty();
    }
    return Optional.of(underTheirLead(units, items, heading, true));
  }

  /**
   * The units that say most of the question, up to {@link #MAX_SENTENCES}, in the passage's order.
   * When the best is a question the document answers (an FAQ's entry), that answer is whole: it
   * comes alone, or with those that say as much.
   */
  private static List<String> bestSentences(List<Unit> units, boolean namesSection) {
    return bestUnits(units, namesSection).stream().map(u -> u.text).toList();
  }

  private static List<Unit> bestUnits(List<Unit> units, boolean namesSection) {
    Optional<Unit> top = units.stream().max(Comparator.comparingDouble((Unit u) -> u.score).thenComparingInt(u -> -u.position));
    if (!namesSection && top.isPresent() && top.get().questionAnswered && top.get().score > 0) {
      return units.stream().filter(u -> u.score >= top.get().score).limit(MAX_SENTENCES).toList();
    }
    List<Unit> best = units.stream()
        .sorted(Comparator.comparing((Unit u) -> !(namesSection && u.position == 0))
            .thenComparingDouble(u -> -u.score).thenComparingInt(u -> u.position))
        .limit(MAX_SENTENCES)
        .filter(u -> u.score > 0 || u.position == 0)
        .sorted(Comparator.comparingInt(u -> u.position))
        .toList();
    return best.isEmpty() ? units.subList(0, 1) : best;
  }

  /**
   * "What time do kids need to be there for the summer program?" of "Summer Bridge is a summer
   * program … It runs …, 8:30 a.m. to 12:30 p.m.": no sentence that says the question's words gives
   * the kind of answer asked, but one after the best in its paragraph does ("It …"), and a short
   * paragraph keeps to one thing; a vote may come after the motion's discussion, in the next
   * paragraph. The best sentences with those, in order; empty when there are none or they run too long.
   */
  private Optional<List<String>> typedInParagraphOfBest(Passage passage, List<Unit> units, AskedQuestion asked) {
    if (asked.type().isEmpty()) {
      return Optional.empty();
    }
    List<Unit> best = bestUnits(units, false);
    int first = best.stream().mapToInt(u -> u.position).min().orElse(Integer.MAX_VALUE);
    Predicate<Unit> givesAfterBest = u -> u.position > first && !best.contains(u) && asked.answeredBy(u.text, analysis);
    List<Unit> typed = paragraphOfBest(passage, units).orElse(List.of()).stream().filter(givesAfterBest).toList();
    if (typed.isEmpty() && asked.type().get() == AnswerType.VOTE) {
      // Minutes write a motion, its discussion, then "Motion passed 6-3.": failing the paragraph,
      // a vote asked is the first one after the best in the passage.
      typed = units.stream().filter(givesAfterBest).limit(1).toList();
    }
    if (typed.isEmpty()) {
      return Optional.empty();
    }
    List<String> quoted = Stream.concat(best.stream(), typed.stream())
        .sorted(Comparator.comparingInt(u -> u.position)).map(u -> u.text).toList();
    return joinUnits(quoted).length() <= MAX_CHARS ? Optional.of(withListsAfterColons(units, quoted)) : Optional.empty();
  }

  /**
   * "Did the mentor stipend increase go through?": the paragraph that says most of a yes-or-no
   * question may end with its answer ("… Failed 4–6."), as minutes write a motion and its vote in
   * one paragraph, so it is quoted whole with the best sentences. That paragraph's units, when it
   * is short and has more than one; empty otherwise.
   */
  private static Optional<List<Unit>> paragraphOfBest(Passage passage, List<Unit> units) {
    return units.stream().filter(u -> u.score > 0)
        .max(Comparator.comparingDouble((Unit u) -> u.score).thenComparingInt(u -> -u.position))
        .flatMap(best -> paragraphOf(best, paragraphs(passage, units), units))
        .filter(paragraph -> paragraph.size() > 1);
  }

  /**
   * "Which motions passed?" and the best units are "PASSED.": a unit of a word or two says nothing
   * alone, so it is quoted with its short paragraph ("Motion 1 — budget … Vote 6–1. PASSED.").
   */
  private static List<String> withParagraphsOfFragments(Passage passage, List<Unit> units, List<Unit> chosen) {
    List<String> asChosen = chosen.stream().map(u -> u.text).toList();
    if (chosen.stream().noneMatch(u -> fragment(u.text))) {
      return asChosen;
    }
    int[] paragraphs = paragraphs(passage, units);
    Set<Unit> quoted = new LinkedHashSet<>();
    for (Unit unit : chosen) {
      Optional<List<Unit>> paragraph = fragment(unit.text) ? paragraphOf(unit, paragraphs, units) : Optional.empty();
      quoted.addAll(paragraph.orElse(List.of(unit)));
    }
    List<String> withParagraphs = quoted.stream().sorted(Comparator.comparingInt(u -> u.position)).map(u -> u.text).toList();
    return joinUnits(withParagraphs).length() <= MAX_CHARS ? withParagraphs : asChosen;
  }

  private static boolean fragment(String text) {
    return !text.strip().isEmpty() && text.strip().split("\\s+").length < MIN_STANDING_WORDS;
  }

  /**
   * The units of the unit's paragraph, when it is at most {@link #MAX_PARAGRAPH_CHARS} long and
   * each of its units was found: a paragraph is not quoted with a hole in it.
   */
  private static Optional<List<Unit>> paragraphOf(Unit unit, int[] paragraphs, List<Unit> units) {
    int paragraph = paragraphs[unit.position];
    if (paragraph < 0) {
      return Optional.empty();
    }
    List<Unit> inIt = units.stream().filter(u -> paragraphs[u.position] == paragraph).toList();
    // A unit not found, next to or among the paragraph's, may be part of it.
    int from = Math.max(0, inIt.get(0).position - 1);
    int to = Math.min(units.size() - 1, inIt.get(inIt.size() - 1).position + 1);
    for (int i = from; i <= to; i++) {
      if (paragraphs[i] < 0) {
        return Optional.empty();
      }
    }
    int chars = inIt.stream().mapToInt(u -> u.text.length() + 1).sum();
    return chars <= MAX_PARAGRAPH_CHARS ? Optional.of(inIt) : Optional.empty();
  }

  /**
   * The paragraph each unit is in, by position (-1 when not found as written), found in order: the
   * same short sentence ("Moved by Supt.") may be in several.
   */
  private static int[] paragraphs(Passage passage, List<Unit> units) {
    String text = passage.text();
    Matcher breaks = PARAGRAPH_BREAK.matcher(text);
    List<Integer> paragraphEnds = new ArrayList<>();
    while (breaks.find()) {
      paragraphEnds.add(breaks.start());
    }
    paragraphEnds.add(text.length());
    int[] paragraphOf = new int[units.size()];
    int cursor = 0;
    for (Unit unit : units) {
      // A unit may be lines joined (an FAQ's question and answer, a contact's lines): its first
      // line's start is as the text writes it.
      String firstLine = unit.text.strip().lines().findFirst().orElse("");
      String start = firstLine.substring(0, Math.min(firstLine.length(), FOUND_BY_CHARS));
      int at = start.isEmpty() ? -1 : text.indexOf(start, cursor);
      if (at < 0) {
        paragraphOf[unit.position] = -1;
        continue;
      }
      cursor = at + start.length();
      int paragraph = 0;
      while (paragraphEnds.get(paragraph) < at) {
        paragraph++;
      }
      paragraphOf[unit.position] = paragraph;
    }
    return paragraphOf;
  }

  private Unit bestUnit(Passage passage, List<Set<String>> slots, Map<String, Double> weights) {
    return units(passage, slots, weights).stream()
        .filter(u -> !u.listItem)
        .max(Comparator.comparingDouble(u -> u.score))
        .orElse(null);
  }

  /**
   * The passage's sentences and list items, scored. A question the document asks itself (an FAQ's
   * "Can paraprofessionals be mentored?") is one unit with the sentences that answer it, up to its
   * next question, list item or table row: the answer ("No.") means nothing alone, and the question
   * says what it answers. So is a line without a sentence's end (a name) with the email or phone
   * line under it.
   */
  private List<Unit> units(Passage passage, List<Set<String>> slots, Map<String, Double> weights) {
    List<String> texts = new ArrayList<>();
    List<Boolean> listItems = new ArrayList<>();
    List<Boolean> answered = new ArrayList<>();
    boolean answering = false;
    boolean labelAbove = false;
    for (Sentences.Sentence sentence : Sentences.of(passage.text())) {
      String text = sentence.text();
      boolean asks = !sentence.listItem() && text.strip().endsWith("?");
      // A contact's lines: "Dr. Lena Okafor, Mentoring Coordinator" over "lena.okafor@… | 218-555-0142"
      // are one entry, so her number is quoted with her name, and found by it.
      boolean contact = !sentence.listItem() && AnswerType.CONTACT.answeredBy(text);
      if (labelAbove && contact) {
        int last = texts.size() - 1;
        texts.set(last, texts.get(last).strip() + "\n" + text.strip());
        // "Email: …" over "Phone: …": the entry goes on while its lines end as no sentence does.
        labelAbove = sentence.labelsNext();
        continue;
      }
      labelAbove = sentence.labelsNext() && !contact;
      // A line without a sentence's end is a table's row, not an answer: "Placement type Hours Paid?" is its header.
      if (answering && !asks && !sentence.listItem() && Sentences.endsSentence(text)) {
        int last = texts.size() - 1;
        texts.set(last, texts.get(last).strip() + " " + text.strip());
        answered.set(last, true);
        continue;
      }
      texts.add(text);
      listItems.add(sentence.listItem());
      answered.add(false);
      answering = asks;
    }
    List<Unit> units = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      Set<String> terms = termsOf(texts.get(i));
      units.add(new Unit(texts.get(i), listItems.get(i), answered.get(i), score(terms, slots, weights), i, terms));
    }
    return units;
  }

  /** The weight of the question's slots the terms say. */
  private static double score(Set<String> present, List<Set<String>> slots, Map<String, Double> weights) {
    return slots.stream().filter(slot -> Slots.said(slot, present)).mapToDouble(slot -> Slots.weight(slot, weights)).sum();
  }

  private Set<String> termsOf(String text) {
    return new HashSet<>(analysis.terms(text));
  }

  private static String joinUnits(List<String> units) {
    StringBuilder text = new StringBuilder();
    boolean lineEnded = false;
    for (String unit : units) {
      boolean item = Sentences.isListItem(unit);
      if (text.length() > 0) {
        text.append(item || lineEnded ? "\n" : " ");
      }
      text.append(unit.strip());
      // A line without a sentence's end ("Dates: June 22–24", a table's row) is not run into the next.
      lineEnded = !Sentences.endsSentence(unit);
    }
    return text.toString();
  }

  /**
   * A sentence or list item of the passage, or a question it asks with its answer ({@code
   * questionAnswered}), with the terms it says and the weight of the question's among them.
   */
  private record Unit(String text, boolean listItem, boolean questionAnswered, double score, int position,
      Set<String> terms) {}
}
