package org.msan.convene.answer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.msan.convene.events.Attendance;
import org.msan.convene.events.CalendarEvent;
import org.msan.convene.events.CalendarService;
import org.msan.convene.knowledge.Hit;
import org.msan.convene.knowledge.MeaningBounds;
import org.msan.convene.knowledge.Passage;
import org.msan.convene.knowledge.PassageIndex;
import org.msan.convene.knowledge.SearchResult;
import org.msan.convene.knowledge.Sentences;
import org.msan.convene.knowledge.Slots;
import org.msan.convene.knowledge.TextAnalysis;
import org.msan.convene.knowledge.TextNormalizer;

/**
 * Question in, answer out: the calendar answers schedule questions; the documents answer the rest
 * through retrieval, the abstention decision and the composer.
 */
public final class AnswerService {

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(AnswerService.class);

  public static final String NOT_FOUND =
      "I couldn't find that in the network's documents. For dates, try /events; for anything else, "
          + "please ask a coordinator.";
  /** As {@link #NOT_FOUND}, for a network whose calendar has no events: /events would list none. */
  public static final String NOT_FOUND_WITHOUT_CALENDAR =
      "I couldn't find that in the network's documents. Please ask a coordinator.";

  /** Opens a reply whose passage is on the topic but does not give what was asked (a date, an amount). */
  public static final String NOT_STATED = "The documents don't say that exactly. What they do say: ";

  /**
   * Opens a reply whose best passage is about the question's topic but not clearly its answer (a
   * question in words far from the documents'), before the passage's sentence closest in meaning.
   */
  public static final String CLOSEST = "I couldn't find a clear answer in the network's documents. The closest they come: ";
  /** A sentence this long said twice is a repeat; "Yes." or "No." may be said of two things. */
  private static final int MIN_REPEATED_WORDS = 4;
  /** The citation a quote ends with: "… June 7. [1]". */
  private static final Pattern TRAILING_CITATION = Pattern.compile("\\s*\\[\\d{1,2}\\]\\s*$");
  /** Between the quotes of an extractive answer: each ends with its citation ("… [1] …"). */
  private static final Pattern QUOTED_WITH_CITATION = Pattern.compile("(?<=\\[\\d{1,2}\\])\\s+");

  /**
   * The share of the folder's files an acronym is in, more than which it is the network's own name:
   * the network's name is on most of its documents, a program's acronym only on those about it.
   */
  static final double NETWORK_NAME_SHARE = 0.5;
  /** The share of the question's weight a passage must cover to answer on its words alone. */
  static final double MIN_COVERAGE = 0.6;
  /** An acronym as a member types it: two to six capitals ("ESY", "IEPs"). */
  private static final Pattern ACRONYM = Pattern.compile("(?<![\\p{L}\\p{N}])\\p{Lu}{2,6}(?=s?(?![\\p{L}\\p{N}]))");
  /**
   * A passage that covers less answers when its meaning is close enough: when its cosine similarity
   * to the question plus {@code MEANING_COVERAGE_WEIGHT} times its coverage reaches the model's
   * bound ({@link MeaningBounds#answer}). One line in the plane of the two kinds of evidence, so neither alone
   * decides: a paraphrase that shares few words ("who's behind the midwest district network") passes
   * on meaning, a question on the words of a passage with a weaker match passes on both. Swept on
   * eval/dev.jsonl and eval/dev-members.jsonl (weights 0.3–0.7): off-topic questions stay below.
   */
  static final double MEANING_COVERAGE_WEIGHT = 0.4;
  /**
   * Unless the question has more than two words no document has at all: members' own words for
   * a thing ("kiddo", "gas money") are one or two; with more, the question is about something
   * they don't cover, however close the rest is. A thing asked for by a word no passage has is
   * still said not to be given ({@link #namesAskedThing}).
   */
  static final int MAX_UNKNOWN_SLOTS = 2;
  /**
   * The coverage a passage whose one sentence stands out must have: one of the question's words
   * that is not among its commonest ("The five levers for change are: …" covers "how is madison
   * handling discipline" only by the district's name, 0.09). Swept on the dev files (0, 0.1, 0.2).
   */
  static final double MIN_STANDS_OUT_COVERAGE = 0.1;
  /**
   * A sentence shorter than this is quoted after its heading, which it answers: an FAQ's "Yes.",
   * "No." or "Not this year." says nothing alone, where four words make a clause of their own.
   */
  private static final int MIN_QUOTED_WORDS = 4;
  /**
   * A part of a question with no more words of its own than this, and no thing it asks for ("what
   * should I bring", "who should go"), asks about the subject of the part before it.
   */
  private static final int MAX_WORDS_LEAVING_SUBJECT = 1;
  /** Candidates weighed per question: on a small folder RRF alone can push BM25's best out of a top 10. */
  private static final int CANDIDATES = 20;
  /** Words of a question in another language the documents must share for it to be searched by those alone. */
  static final int MIN_SHARED_FOREIGN_WORDS = 2;
  private static final int SNIPPET_CHARS = 200;
  /** The words that ask for a kind of answer, of four letters or more: "dues" is no slip for "due". */
  private static final List<String> HEAD_WORDS = AnswerType.allHeadWords().stream().filter(word -> word.length() >= 4).toList();
  private static final Pattern CITATION = Pattern.compile("\\[(\\d+)]");
  private static final Pattern SHOWING_RESULTS = Pattern.compile("(?m)^Showing results for “[^”]*”\\.\\n?");

  /**
   * The longest question taken, in characters, wherever it is asked (/ask, a mention, chat, {@code
   * ask}): a question is a sentence or two; text some thousands of characters long is a pasted
   * document, and past about 6,000 Lucene refuses the query it makes ("maximum recursion level").
   */
  public static final int MAX_QUESTION = 500;

  private final Supplier<PassageIndex> index;
  private final CalendarService calendars;
  private final TextAnalysis analysis;
  private final ExtractiveComposer composer;
  private final ScheduleAnswerer schedule;
  private final Clock clock;
  private final LlmComposer llm;
  private final QuestionLanguage languages;
  private final MeaningBounds bounds;

  /**
   * @param index the passage index, asked for only when a question needs the documents or types an
   *     acronym not yet read from them (a schedule question answered from the calendar never opens it)
   * @param attendance people going to an event, for "how many places are left"
   * @param llm writes answers from the passages when configured; null for extractive answers only
   * @param bounds the embedding model's bounds for answering on meaning ({@link
   *     org.msan.convene.knowledge.InProcessEmbedding#bounds})
   */
  public AnswerService(Supplier<PassageIndex> index, CalendarService calendars, TextAnalysis analysis, Clock clock,
      Attendance attendance, LlmComposer llm, MeaningBounds bounds) {
    this.index = Objects.requireNonNull(index, "index");
    this.calendars = calendars;
    this.analysis = analysis;
    this.clock = clock;
    this.llm = llm;
    this.composer = new ExtractiveComposer(analysis);
    this.schedule = new ScheduleAnswerer(analysis, clock.getZone(), attendance,
        term -> this.index.get().fileShare(term) > NETWORK_NAME_SHARE);
    this.languages = new QuestionLanguage(analysis::isStopWord, question -> index.get().englishWordShare(question));
    this.bounds = Objects.requireNonNull(bounds, "bounds");
  }

  public Answer answer(String question, int top) {
    return answer(question, top, LocalDate.now(clock));
  }

  /**
   * Answers as if asked on {@code today}: schedule questions are relative to it. A question in
   * another language is searched as asked, or as the LLM translates it when one is configured, and
   * the reply says in the member's language that the documents are in English.
   */
  public Answer answer(String question, int top, LocalDate today) {
    long started = System.nanoTime();
    String asked = TextNormalizer.normalize(question).strip();
    Optional<Locale> language = languages.foreign(asked);
    Answer answer = language.isPresent() ? answerForeign(asked, top, today, language.get())
        : answerParts(asked, top, today, Locale.ENGLISH);
    return answer.withMillis((System.nanoTime() - started) / 1_000_000);
  }

  private Answer answerForeign(String asked, int top, LocalDate today, Locale language) {
    ForeignQuestion foreign = ForeignQuestion.of(language);
    Optional<String> translated = llm == null ? Optional.empty() : llm.translate(asked, language);
    Answer answer = answerParts(translated.orElseGet(() -> englishSearch(foreign.search(asked))), top, today, language);
    if (answer.mode().equals(Answer.LLM)) {
      // The model wrote it in the member's language.
      return new Answer(asked, answer.answered(), answer.text(), answer.mode(), answer.sources(), 0);
    }
    String text = answer.answered() ? foreign.answeredNote() + "\n" + answer.text() : foreign.notFoundNote();
    return new Answer(asked, answer.answered(), text, answer.mode(), answer.sources(), 0);
  }

  /**
   * An untranslated question as an English search: its interrogative in English, then those of its
   * words the documents have in some form, cognates included ("programa" is "program" within an
   * edit). Its other words are left out: an English document can't be expected to have them, so
   * they would only count as words no passage covers. That holds only when at least {@link
   * #MIN_SHARED_FOREIGN_WORDS} are shared: one word is what any two texts may share by chance (the
   * network's name, which its documents write everywhere). Otherwise all its words are searched, and
   * those no document has keep it from being answered.
   */
  private String englishSearch(ForeignQuestion.Search search) {
    PassageIndex passages = index.get();
    String content = passages.correctSpelling(search.content(), word -> false).orElse(search.content());
    Set<String> shared = new LinkedHashSet<>();
    List<String> numbers = new ArrayList<>();
    for (String word : content.split("\\s+")) {
      if (word.chars().allMatch(Character::isDigit)) {
        // Searched with, but no evidence of a shared topic: any two texts may share a year.
        numbers.add(word);
      } else if (passages.hasWord(word)) {
        shared.add(word);
      }
    }
    String searched = shared.size() >= MIN_SHARED_FOREIGN_WORDS
        ? String.join(" ", shared) + (numbers.isEmpty() ? "" : " " + String.join(" ", numbers)) : search.content();
    return (search.forms() + " " + searched).strip();
  }

  /** @param language the language an LLM writes the answer in */
  private Answer answerParts(String asked, int top, LocalDate today, Locale language) {
    List<String> parts = QuestionParts.split(asked);
    Answer answer;
    if (parts.size() == 1) {
      answer = answerOne(asked, asked, top, today, language);
    } else {
      List<Answer> answers = new ArrayList<>();
      List<String> answeredParts = new ArrayList<>();
      for (int i = 0; i < parts.size(); i++) {
        // "Who is the director and how do I reach her?": a part that names nothing of its own asks
        // the part before for more, which its answer may already give (her email and phone).
        List<Set<String>> own = ownWords(parts.get(i));
        if (i > 0 && own.isEmpty()
            && answers.get(answers.size() - 1).answered()
            && says(answers.get(answers.size() - 1).text(), parts.get(i), parts.get(i - 1))) {
          continue;
        }
        // "… and where is it?" is read with the part it refers back to; alone if that finds nothing
        // (the "it" of "how much does it cost to join" refers to nothing). So is one that names one
        // word at most and no thing it asks for, a verb that leaves its object to the part before
        // ("when is the literacy lab and what should I bring", "… and who should go"); "… and who
        // is the treasurer" names its own.
        String withContext = i > 0 && own.size() <= MAX_WORDS_LEAVING_SUBJECT
            && QuestionHead.of(parts.get(i)).isEmpty()
            ? QuestionParts.withTopicOf(parts.get(i), parts.get(i - 1))
            : QuestionParts.searched(parts.get(i), i == 0 ? null : parts.get(i - 1));
        Answer part = answerOne(withContext, parts.get(i), top, today, language);
        // Alone only when it names something of its own: "how much does it cost", read without the
        // summer institute its "it" is, would be answered by any fee.
        if (!part.answered() && !withContext.equals(parts.get(i)) && !own.isEmpty()) {
          part = answerOne(parts.get(i), parts.get(i), top, today, language);
        }
        // A part that names its own thing may still leave its subject to the part before ("… and
        // what degree do the teachers need"): unanswered alone, it is read with that part's topic.
        // So is one the calendar answers with a list of every event's field ("… and when does
        // registration close?" after "how much is Summer Bridge"), naming none of them.
        boolean readAlone = i > 0 && withContext.equals(parts.get(i));
        boolean listing = readAlone && part.answered() && listsEvents(parts.get(i), today);
        if (readAlone && (!part.answered() || listing)) {
          String withTopic = QuestionParts.withTopicOf(parts.get(i), parts.get(i - 1));
          Answer inContext = answerOne(withTopic, parts.get(i), top, today, language);
          if (inContext.answered() && (!listing || !listsEvents(withTopic, today)
              && givesOfTopic(inContext.text(), parts.get(i), parts.get(i - 1)))) {
            part = inContext;
          }
        }
        // An unanswered part is named as the member asked it, not as it was searched.
        answers.add(new Answer(parts.get(i), part.answered(), part.text(), part.mode(), part.sources(), part.millis()));
        answeredParts.add(parts.get(i));
      }
      answers = withoutPartsSaidElsewhere(answeredParts, answers);
      answer = merged(asked, answers);
    }
    return answer;
  }

  /**
   * Whether a sentence of the answer gives the kind of answer the part asks (any sentence, for a
   * part that asks no kind) and says a word of the part before that the part doesn't: "Camper
   * registration closes May 7" is of "how much is Harvest Camp per camper", not of "how many
   * interpreters are in the pool".
   */
  private boolean givesOfTopic(String answer, String part, String before) {
    Optional<AnswerType> type = AnswerType.of(part);
    List<String> partWords = analysis.terms(part);
    List<Set<String>> topic = ownWords(before).stream().filter(slot -> !Slots.said(slot, partWords)).toList();
    String text = CITATION.matcher(SHOWING_RESULTS.matcher(answer).replaceAll("")).replaceAll("");
    return Sentences.of(text).stream()
        .filter(sentence -> type.isEmpty() || type.get().answeredBy(sentence.text()))
        .map(sentence -> analysis.terms(sentence.text()))
        .anyMatch(said -> topic.stream().anyMatch(slot -> Slots.said(slot, said)));
  }

  /** Whether the calendar answers the question with several events, naming none: a listing. */
  private boolean listsEvents(String question, LocalDate today) {
    return schedule.answer(question, calendars.current(), today)
        .filter(reply -> reply.standing() == ScheduleAnswerer.Standing.CALENDAR && reply.events().size() > 1).isPresent();
  }

  /**
   * The answers without those parts the documents found no answer to on their own that another
   * part's answer already gives: "how many mentees can a mentor take, and when do the stipend
   * payments go out?" is answered by one passage that says both.
   */
  private List<Answer> withoutPartsSaidElsewhere(List<String> parts, List<Answer> answers) {
    List<Answer> kept = new ArrayList<>();
    for (int i = 0; i < answers.size(); i++) {
      Answer own = answers.get(i);
      boolean saidElsewhere = false;
      for (int j = 0; j < answers.size() && !own.answered() && !saidElsewhere; j++) {
        saidElsewhere = j != i && answers.get(j).answered() && says(answers.get(j).text(), parts.get(i), parts.get(j));
      }
      if (!saidElsewhere) {
        kept.add(own);
      }
    }
    return kept;
  }

  /**
   * Whether a sentence of another part's answer answers this part too: it gives the kind of answer
   * asked for (a date for "when"), not under a label of something else ("When paid:" says nothing
   * of when the institute is), and says a word only this part has ("stipend" in "when do the
   * stipend payments go out", not the "mentor" both parts name); a part that asks for no kind needs
   * as much of its own words as a passage must ({@link #MIN_COVERAGE}).
   *
   * @param answer the other part's answer
   * @param otherPart the other part, whose words don't count
   */
  private boolean says(String answer, String part, String otherPart) {
    Optional<AnswerType> type = AnswerType.of(part);
    Set<String> typeWords = typeWords(type);
    List<String> otherWords = analysis.terms(otherPart);
    List<Set<String>> partWords = ownWords(part);
    List<Set<String>> own = partWords.stream().filter(slot -> !Slots.said(slot, otherWords)).toList();
    String text = CITATION.matcher(SHOWING_RESULTS.matcher(answer).replaceAll("")).replaceAll("");
    if (own.isEmpty()) {
      // "… and how do I reach her?", "… and how fast?": a part that names nothing of its own asks
      // the other part's subject for a kind of answer, which that part's answer may give.
      return type.isPresent() && partWords.isEmpty()
          && Sentences.of(text).stream().anyMatch(sentence -> type.get().answeredBy(sentence.text()));
    }
    double needed = type.isPresent() ? 1.0 / own.size() : MIN_COVERAGE;
    for (Sentences.Sentence sentence : Sentences.of(text)) {
      // Not under a label of something else: "When paid:" says nothing of when the institute is.
      if (type.isPresent() && type.get().labelsOfAnswers(sentence.text()).stream()
          .noneMatch(label -> AskedQuestion.labelSays(label, true, typeWords, own, analysis))) {
        continue;
      }
      List<String> said = analysis.terms(sentence.text());
      if ((double) own.stream().filter(slot -> Slots.said(slot, said)).count() / own.size() >= needed) {
        return true;
      }
    }
    return false;
  }

  /**
   * The part's words beyond the kind of answer it asks for ("cost" in "how much does it cost") and
   * those that refer back; the kind is read from the part as written ("what's her email").
   */
  private List<Set<String>> ownWords(String part) {
    Set<String> typeWords = typeWords(AnswerType.of(part));
    return analysis.questionSlots(QuestionParts.withoutReferences(part)).stream()
        .filter(slot -> !Slots.said(slot, typeWords)).toList();
  }

  private Set<String> typeWords(Optional<AnswerType> type) {
    return type.map(t -> Set.copyOf(analysis.terms(t.headWords()))).orElse(Set.of());
  }

  /**
   * The answers to each part of a question, one after the other, their citations renumbered to
   * point into the sources of all, a passage two parts cite keeping one number, an answer two parts
   * share said once; answered only when every part is.
   */
  private static Answer merged(String question, List<Answer> answers) {
    StringBuilder text = new StringBuilder();
    List<Source> sources = new ArrayList<>();
    boolean answered = true;
    for (Answer part : answers) {
      Map<Integer, Integer> renumbered = new HashMap<>();
      for (Source source : part.sources()) {
        int same = sameSource(sources, source);
        if (same > 0) {
          renumbered.put(source.rank(), same);
          continue;
        }
        renumbered.put(source.rank(), sources.size() + 1);
        sources.add(new Source(sources.size() + 1, source.path(), source.title(), source.section(), source.score(),
            source.snippet(), source.text(), source.link()));
      }
      String partText = CITATION.matcher(part.text())
          .replaceAll(m -> "[" + renumbered.getOrDefault(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(1))) + "]");
      answered &= part.answered();
      if (part.answered()) {
        // "How much are mentors paid, and when?": one short passage answers both, and is said once;
        // a part whose own quote was said already adds nothing but another passage's extra, and of
        // another part's answer only what was not said yet is added.
        String earlier = text.toString();
        List<String> quotes = Arrays.stream(QUOTED_WITH_CITATION.split(partText)).map(String::strip).toList();
        if (earlier.contains(quotes.get(0))) {
          continue;
        }
        partText = String.join(" ", quotes.stream().filter(quote -> !earlier.contains(quote))
            .map(quote -> withoutSaid(quote, earlier)).filter(quote -> !quote.isEmpty()).toList());
        if (partText.isEmpty()) {
          continue;
        }
      }
      text.append(text.length() == 0 ? "" : "\n\n").append(part.answered() ? partText : "About “" + part.question()
          + "”: " + partText);
    }
    String mode = answers.stream().anyMatch(a -> a.mode().equals(Answer.LLM)) ? Answer.LLM : Answer.EXTRACTIVE;
    return new Answer(question, answered, text.toString(), mode, sources, 0);
  }

  /**
   * The quote without the sentences of four words or more said already, whatever they cite: the
   * summit's date, said for "when is the summit", is not said again beside what another part asks
   * of it. A list that holds an item said already is the passage again, not another part's answer:
   * empty then, as when nothing new is left.
   */
  static String withoutSaid(String quote, String said) {
    Set<String> saidSentences = Sentences.of(said).stream().map(sentence -> plainSentence(sentence.text()))
        .filter(sentence -> sentence.split("\\s+").length >= MIN_REPEATED_WORDS).collect(Collectors.toSet());
    Matcher cited = TRAILING_CITATION.matcher(quote);
    String citation = cited.find() ? cited.group() : "";
    String body = quote.substring(0, quote.length() - citation.length());
    // Each sentence is cut where it stands, in order: the same words inside a longer sentence
    // ("Non-Members pay …" after "Members pay …") are no repeat.
    StringBuilder rest = new StringBuilder();
    int copied = 0;
    int searched = 0;
    for (Sentences.Sentence sentence : Sentences.of(body)) {
      String text = sentence.text().strip();
      int at = body.indexOf(text, searched);
      if (at < 0) {
        continue;
      }
      searched = at + text.length();
      if (saidSentences.contains(plainSentence(text))) {
        if (sentence.listItem()) {
          return "";
        }
        rest.append(body, copied, at);
        copied = searched;
      }
    }
    rest.append(body.substring(copied));
    String left = rest.toString().replaceAll("[ \\t]{2,}", " ").strip();
    return left.codePoints().anyMatch(Character::isLetter) ? left + citation : "";
  }

  private static String plainSentence(String sentence) {
    return Sentences.withoutListMarker(uncited(sentence)).strip();
  }

  private static String uncited(String sentence) {
    return CITATION.matcher(sentence).replaceAll("").strip();
  }

  /**
   * Whether the documents' answer says less than the calendar's "the calendar doesn't say where
   * the kick-off is": it gives no answer of the kind asked either (no place), only what else they
   * say of the event.
   */
  private static boolean saysLess(Answer documents, ScheduleAnswerer.ScheduleReply calendar, String question) {
    Optional<AnswerType> type = AnswerType.of(question);
    return !calendar.answered() && !calendar.events().isEmpty() && type.isPresent()
        && !type.get().answeredBy(documents.text());
  }

  /**
   * Whether the calendar's reply only says that it doesn't give what is asked, where the documents
   * say more on it: of several events ("The calendar gives no capacity for …" of each event with
   * "team" in its title), what they say; of one ("The calendar doesn't say that about the
   * summit"), what they say when it gives the kind of answer asked (the agenda's keynote row names
   * a person for "who is the keynote"), or the closest they come from a passage on that event.
   */
  private boolean documentsSayMore(ScheduleAnswerer.ScheduleReply calendar, Answer documents, String question) {
    if (calendar.answered() || calendar.events().isEmpty()) {
      return false;
    }
    if (calendar.events().size() > 1) {
      return documents.text().startsWith(NOT_STATED);
    }
    if (documents.sources().isEmpty()) {
      return false;
    }
    Source passage = documents.sources().get(0);
    List<String> passageTerms = analysis.terms(passage.title() + " " + passage.section());
    List<String> eventTerms = analysis.terms(calendar.events().get(0).title());
    // "What won't the classroom library grant fund?": the Classroom Library Grant Webinar's words,
    // but not all of them, and all the title and heading of the grant's guidelines say: the grant.
    if (namesTheDocumentsTopic(passageTerms, eventTerms, question)
        && (documents.text().startsWith(CLOSEST) || documents.text().startsWith(NOT_STATED))) {
      return true;
    }
    // Of one event, only a passage on that event, whose title and heading say every term of the
    // event's title ("Summer Institute 2027 › Lodging"): the retreat's fees say nothing of the institute's.
    boolean onTheEvent = passageTerms.containsAll(eventTerms);
    if (documents.text().startsWith(CLOSEST)) {
      // "What hotel do we stay at for the institute?": the closest the documents come, from a page
      // on that event ("A room block is held at …"), says more than that the calendar doesn't say.
      return onTheEvent;
    }
    // So does what they say on that event when they don't name the thing asked for ("a room block
    // at the Riverside Lodge" for "which hotel"), unless an answer of a kind is asked that it doesn't give.
    return onTheEvent && documents.text().startsWith(NOT_STATED)
        && AnswerType.of(question).map(type -> type.answeredBy(documents.text().substring(NOT_STATED.length()))).orElse(true);
  }

  /**
   * Whether the question names the passage's topic rather than the event: the terms it shares with
   * the event's title are some of them, not all, yet more than one ("the summit" names any summit),
   * and the passage's title and heading say them all.
   *
   * @param passageTerms the terms of the passage's document title and heading
   * @param eventTerms the terms of the event's title
   */
  private boolean namesTheDocumentsTopic(List<String> passageTerms, List<String> eventTerms, String question) {
    List<String> shared = analysis.terms(question).stream().filter(eventTerms::contains).distinct().toList();
    return shared.size() >= MIN_TOPIC_TERMS && !shared.containsAll(eventTerms) && passageTerms.containsAll(shared);
  }

  /** Words of an event's title a question must share with a document's title to name its topic. */
  private static final int MIN_TOPIC_TERMS = 2;

  /** The number of the source already cited that is the same passage, or 0. */
  private static int sameSource(List<Source> cited, Source source) {
    return cited.stream().filter(earlier -> earlier.path().equals(source.path())
            && earlier.section().equals(source.section()) && earlier.text().equals(source.text()))
        .mapToInt(Source::rank).findFirst().orElse(0);
  }

  /**
   * @param asked the question as searched (a part with the words of the part it refers back to)
   * @param shown the question as the member wrote it, which a reply repeats
   */
  private Answer answerOne(String asked, String shown, int top, LocalDate today, Locale language) {
    // "What BRIC events …": an acronym the analysis doesn't know yet may be the documents' (the
    // network's own name), which the index reads from them when it is first opened (and built, in a
    // process whose first question comes before any index): once a process, as any search would.
    if (ACRONYM.matcher(asked).results().flatMap(found -> analysis.terms(found.group()).stream())
        .anyMatch(term -> !analysis.isAcronym(term))) {
      index.get();
    }
    Optional<ScheduleAnswerer.ScheduleReply> calendar = schedule.answer(asked, calendars.current(), today);
    String understood = null;
    // The question as the calendar read it, when that was the corrected one.
    String calendarRead = null;
    if (calendar.isEmpty() && language.equals(Locale.ENGLISH)) {
      // "when r the sups meeting": the event is named in words the documents write out.
      understood = corrected(asked, language);
      if (!understood.equals(asked)) {
        calendar = schedule.answer(understood, calendars.current(), today);
        calendarRead = calendar.isPresent() ? understood : null;
      }
    }
    if (calendar.isPresent() && calendar.get().standing() == ScheduleAnswerer.Standing.CALENDAR) {
      return fromCalendar(asked, calendarRead, shown, calendar.get(), top, language);
    }
    String searched = understood != null ? understood : corrected(asked, language);
    Answer answer = fromCorrectedDocuments(asked, searched, shown, Math.max(1, top), today, language);
    if (calendar.isPresent() && (!answer.answered() || saysLess(answer, calendar.get(), asked))
        && !documentsSayMore(calendar.get(), answer, asked)) {
      return fromCalendar(asked, calendarRead, shown, calendar.get(), top, language);
    }
    return answer;
  }

  /**
   * The calendar's answer, saying what it read when it read the question as corrected.
   *
   * @param corrected the question as corrected, or null when the calendar read it as asked
   */
  private Answer fromCalendar(String asked, String corrected, String shown, ScheduleAnswerer.ScheduleReply reply, int top,
      Locale language) {
    Answer answer = fromCalendar(asked, reply, top);
    return corrected != null ? sayingWhatItRead(answer, asked, corrected, shown, language) : answer;
  }

  private static Answer fromCalendar(String question, ScheduleAnswerer.ScheduleReply reply, int top) {
    List<Source> sources = new ArrayList<>();
    // Every event the text cites is a source, also beyond top: a listing cites each line.
    for (CalendarEvent event : reply.events()) {
      boolean url = !link(event.source()).isEmpty();
      String path = event.source().isEmpty() || url ? event.file() : event.source();
      String summary = event.description().isEmpty() ? event.title() : event.title() + ". " + event.description();
      sources.add(new Source(sources.size() + 1, path, event.title(),
          event.series().isEmpty() ? "Calendar" : event.series(), 0, snippet(summary), summary, link(event.source())));
    }
    return new Answer(question, reply.answered(), reply.text(), Answer.EXTRACTIVE, sources, 0);
  }

  /**
   * The documents' answer to the question as understood: a mistyped question word or a word no
   * document has is corrected first ({@code searched}, from {@link #corrected}), and the answer
   * then says what it searched for.
   */
  private Answer fromCorrectedDocuments(String question, String searched, String shown, int top, LocalDate today,
      Locale language) {
    Answer answer = fromDocuments(searched, top, today, language);
    return searched.equals(question) ? answer : sayingWhatItRead(answer, question, searched, shown, language);
  }

  /**
   * The answer to the question as corrected ({@code searched}), opening with "Showing results for
   * “…”" when it is answered and the correction is more than forms of the member's own words.
   */
  private Answer sayingWhatItRead(Answer answer, String question, String searched, String shown, Locale language) {
    String understood = shown.equals(question) ? searched : corrected(shown, language);
    // "when are the superintendents meeting??" is shown without its question marks before the full stop.
    String text = answer.answered() && !onlyFormsOf(shown, understood)
        ? "Showing results for “" + understood.replaceAll("[?.!]+$", "") + "”.\n" + answer.text() : answer.text();
    return new Answer(question, answer.answered(), text, answer.mode(), answer.sources(), 0);
  }

  /**
   * Whether the question as understood differs from the member's only by forms of their own words,
   * which would read as a correction of words they spelt right: "approves" searched as the
   * documents' "approved", "tiers" as "tier". A clipped word written out ("subs" as "substitutes")
   * is shown, as is every other reading.
   */
  private boolean onlyFormsOf(String shown, String understood) {
    String[] asked = QuestionWords.withoutNegatedContractions(shown).strip().split("\\s+");
    String[] read = understood.strip().split("\\s+");
    if (asked.length != read.length) {
      return false;
    }
    for (int i = 0; i < asked.length; i++) {
      String typed = asked[i].toLowerCase(Locale.ROOT);
      String meant = read[i].toLowerCase(Locale.ROOT);
      // "whens" read as "when's" is the member's word with its apostrophe.
      if (typed.equals(meant.replaceAll("['’]", ""))) {
        continue;
      }
      List<String> stems = analysis.terms(typed);
      if (stems.isEmpty() || !stems.equals(analysis.terms(meant))) {
        return false;
      }
    }
    return true;
  }

  private String corrected(String question, Locale language) {
    // Shorthand the documents write as it stands is theirs: "hr" is the HR office where they say "HR".
    String understood = QuestionWords.correctQuestionWords(QuestionWords.expandShorthand(question, index.get()::hasWord),
        analysis::isStopWord, analysis::isEnglishWord);
    // A slip in the word that says what kind of answer is wanted ("deadine") is mended even when
    // no document has the word: the documents write "due", not "deadline".
    understood = QuestionWords.correctAll(understood, HEAD_WORDS,
        word -> analysis.isStopWord(word) || analysis.isEnglishWord(word) || index.get().hasWord(word));
    // A slip of a stop word ("is ther childcare") is that word, not a clipping of a document's
    // longer one ("therapists").
    understood = QuestionWords.correctAll(understood, analysis.englishStopWords(),
        word -> analysis.isEnglishWord(word) || index.get().hasWord(word));
    // Misspellings first, so the words around a clipped one find its passages; the spell checker
    // leaves a clipping ("supes") alone for this.
    understood = index.get().correctSpelling(understood).orElse(understood);
    return language.equals(Locale.ENGLISH) ? writtenOut(understood) : understood;
  }

  /**
   * The question with the words members clip or write as initials ("subs", "pd") that no document
   * has written out as the passages the question finds write them ({@link ClippedWords}); a word
   * that has synonyms, or one of the most common English words, is meant as itself.
   */
  private String writtenOut(String question) {
    PassageIndex passages = index.get();
    // The most common words ("go", "see", "off") are meant as themselves; the documents' words are
    // asked first, so the English word list is read only for a word no document has.
    List<String> unknown = ClippedWords.unknown(question, word -> passages.hasWord(word) || analysis.isCommonWord(word)
        || analysis.questionSlots(word).stream().anyMatch(slot -> slot.size() > 1), analysis::isStopWord);
    if (unknown.isEmpty()) {
      return question;
    }
    // By words alone: the question's other words find the passages, and no vector is needed yet.
    List<String> texts = passages.lexicalSearch(question, ClippedWords.PASSAGES_READ).stream()
        .map(passage -> passage.section() + "\n" + passage.text()).toList();
    return ClippedWords.expanded(question, unknown, texts, analysis::isStopWord).orElse(question);
  }

  private Answer fromDocuments(String question, int top, LocalDate today, Locale language) {
    // A word no document has is read as their words nearest in meaning ("kids" as "children"); in
    // another language its neighbours would be English words that merely look alike.
    int candidates = Math.max(top, CANDIDATES);
    SearchResult result = language.equals(Locale.ENGLISH) ? index.get().searchWithNeighbours(question, candidates)
        : index.get().search(question, candidates);
    List<Set<String>> ownSlots = analysis.questionSlots(question);
    List<Set<String>> slots = Slots.widened(ownSlots, result.nearTerms());
    double bestScore = result.hits().stream().mapToDouble(Hit::score).max().orElse(0);
    double bestMeaning = result.hits().stream().mapToDouble(Hit::meaning).max().orElse(0);
    double leastMeaning = result.hits().stream().mapToDouble(Hit::meaning).min().orElse(0);
    List<Evidence> ranked = new ArrayList<>();
    Optional<QuestionHead.Head> head = QuestionHead.of(question);
    Optional<AnswerType> type = AnswerType.of(question);
    Set<String> typeWords = typeWords(type);
    // "How many kids …" in documents that say "students" counts what they call otherwise: no check.
    List<Set<String>> counted = type.filter(t -> t == AnswerType.COUNT).flatMap(t -> AnswerType.countedThing(question))
        .map(analysis::questionSlots).orElse(List.of())
        .stream().filter(slot -> !Slots.unknown(slot, result.unknownTerms())).toList();
    AskedQuestion asked = new AskedQuestion(slots, ownSlots, result.termWeights(), type, typeWords,
        analysis.headingWords(question), head, headSlots(head, result.nearTerms()),
        head.flatMap(QuestionHead::phrase), counted, NumberRanges.numbers(question),
        ExtractiveComposer.asksForList(question, head), RelativeYear.in(question, today));
    for (Hit hit : result.hits()) {
      ranked.add(Evidence.of(hit, bestScore, bestMeaning, leastMeaning, asked, analysis));
    }
    // A passage that gives the kind of answer asked for (an amount, a date) comes first, then a
    // section whose heading the question restates, then one that writes the asked-for thing as a
    // phrase ("finance manager"), then the most relevant by words and meaning.
    // An email's header lines tell who sent it and when, not where or when what it tells of is.
    boolean asksOfTheMessage = type.isPresent() && type.get().asksWho();
    // "Who's the board chair": a passage that writes the role whole ("the board chair is …") comes
    // before one that names other people ("Dr. Okafor, Executive Director — … the governing board").
    // Of those, one that says who holds it ("the board chair is Superintendent Dale Hagerty") first.
    boolean roleOfWords = head.filter(h -> h.named() == QuestionHead.Named.ROLE).isPresent() && asked.headPhrase().isPresent();
    Predicate<Evidence> saysWhoHoldsRole = roleOfWords ? roleHolder(asked.headPhrase().get()) : e -> false;
    ranked.sort(Comparator.comparing((Evidence e) -> !asksOfTheMessage && e.messageHeader())
        .thenComparing(e -> roleOfWords && !(e.namesHead() && answers(e)))
        .thenComparing(e -> roleOfWords && !saysWhoHoldsRole.test(e))
        .thenComparing(e -> !e.givesAnswerType())
        .thenComparing(e -> !e.givesList())
        .thenComparing(e -> !e.restatesHeading())
        .thenComparing(e -> !e.namesHead())
        .thenComparing(Comparator.comparingDouble(Evidence::relevance).reversed()));
    List<Source> sources = sources(ranked, top);
    if (LOG.isDebugEnabled()) {
      if (!result.nearTerms().isEmpty()) {
        LOG.debug("read by meaning q='{}' {}", question, result.nearTerms());
      }
      ranked.stream().limit(5).forEach(e -> LOG.debug("evidence q='{}' coverage={} similarity={}/{} relevance={} section='{}' typed={} list={} names={} restates={}",
          question, String.format("%.2f", e.coverage()), String.format("%.3f", e.similarity()),
          String.format("%.3f", e.hit().bestSentenceSimilarity()),
          String.format("%.2f", e.relevance()), e.hit().passage().section(), e.givesAnswerType(), e.givesList(), e.namesHead(), e.restatesHeading()));
    }
    long unknownSlots = slots.stream().filter(slot -> Slots.unknown(slot, result.unknownTerms())).count();
    if (!ranked.isEmpty() && !answers(ranked.get(0))) {
      // No passage covers the question's words: the closest in meaning may answer it, one that
      // gives the kind of answer asked for (a number for "how many") first. Closest by its closest
      // sentence and its coverage: relevance, led by BM25, says little when no passage has the words.
      Comparator<Evidence> byCloseness = Comparator.comparingDouble(
          (Evidence e) -> e.hit().bestSentenceSimilarity() + MEANING_COVERAGE_WEIGHT * e.coverage());
      // One sentence far closer than any other candidate's answers too. An email's header block is
      // not the message's answer, unless who sent it is asked.
      Predicate<Evidence> byMeaningAnswers = e -> (answersByMeaning(e, unknownSlots) || standsOut(e, ranked, unknownSlots))
          && (asksOfTheMessage || !e.messageHeader());
      // So does a list for "which dual credit courses …", when a candidate gives one.
      Predicate<Evidence> givesTheKind = e -> asked.type().isEmpty() || e.hasAnswerType();
      boolean listGiven = ranked.stream().anyMatch(Evidence::givesList);
      Optional<Evidence> byMeaning = ranked.stream().filter(byMeaningAnswers).filter(givesTheKind)
          .filter(e -> !listGiven || e.givesList()).max(byCloseness)
          .or(() -> ranked.stream().filter(byMeaningAnswers).filter(givesTheKind).max(byCloseness))
          .or(() -> ranked.stream().filter(byMeaningAnswers).max(byCloseness));
      if (byMeaning.isEmpty()) {
        if (coversAllButHead(ranked.get(0), asked, result.unknownTerms())) {
          // "Which hotel is reserved for the Summer Institute?": the institute is there, a hotel is not.
          List<Passage> context = List.of(ranked.get(0).hit().passage());
          return new Answer(question, false, NOT_STATED + composer.compose(question, context, asked, false),
              Answer.EXTRACTIVE, sources.subList(0, 1), 0);
        }
        // Words no document has ("gonna", "folks") are how members talk: they don't rule the closest
        // sentence out. The candidate is the closest by meaning and coverage, as above; its own
        // closest sentence must still be near the question.
        // An email's header lines ("From: …") are no sentence to offer.
        Optional<Evidence> closest = ranked.stream().filter(e -> !e.messageHeader()).max(byCloseness);
        if (closest.isPresent() && closest.get().hit().bestSentenceSimilarity() >= bounds.related()) {
          ranked.remove(closest.get());
          ranked.add(0, closest.get());
          return unsure(question, asked, ranked, sources(ranked, top), today, language);
        }
        return new Answer(question, false, notFound(), Answer.EXTRACTIVE, sources, 0);
      }
      ranked.remove(byMeaning.get());
      ranked.add(0, byMeaning.get());
      sources = sources(ranked, top);
    }
    if (ranked.isEmpty()) {
      return new Answer(question, false, notFound(), Answer.EXTRACTIVE, sources, 0);
    }
    YearsNamed askedYears = YearsNamed.in(question);
    SeasonsNamed askedSeasons = SeasonsNamed.asked(question);
    NumberedNames askedNumbers = NumberedNames.in(question, analysis);
    // "How much does a district pay per student for ESY?": a program the documents define by its
    // acronym, typed as one, is what is asked about; a passage that never names it ("$38.50 per
    // enrolled student" of the membership) answers for something else. An acronym a title or
    // heading writes is a whole document's subject, as the network's own name is: not required.
    Set<String> typedAcronyms = ACRONYM.matcher(question).results()
        .flatMap(found -> analysis.terms(found.group()).stream()).collect(Collectors.toSet());
    List<Set<String>> acronymsNamed = typedAcronyms.isEmpty() ? List.of() : ownSlots.stream()
        .filter(slot -> slot.size() > 1 && slot.stream().anyMatch(typedAcronyms::contains))
        .filter(slot -> result.hits().stream().noneMatch(hit -> Slots.said(slot,
            analysis.terms(hit.passage().title() + "\n" + hit.passage().section()))))
        .toList();
    Predicate<Evidence> fits = e -> namesAskedThing(e, asked, result.unknownTerms())
        && (acronymsNamed.isEmpty() || saysAll(acronymsNamed, e.hit().passage()))
        && (askedYears.isEmpty() || yearsOf(e.hit().passage()).cover(askedYears))
        && (askedNumbers.numbers().isEmpty() || NumberedNames.in(e.hit().passage().withHeadings(), analysis).cover(askedNumbers))
        && seasonsOf(e.hit().passage()).cover(askedSeasons)
        && YearsNamed.coversLastYear(question, e.hit().passage().withHeadings(), today);
    if (!fits.test(ranked.get(0))) {
      // "Who is the chair of the council", "the windows for 2026–27", "the spring retreat", "last
      // year", "cohort 8": another passage that covers the question as well names a chair, or that year or
      // season; a thing of two words or more written as one ("operating budget", not "budget" alone).
      Optional<Evidence> fitting = ranked.stream().filter(AnswerService::answers).filter(fits)
          .filter(e -> asked.headPhrase().isEmpty() || e.namesHead()).findFirst();
      if (fitting.isPresent()) {
        ranked.remove(fitting.get());
        ranked.add(0, fitting.get());
        sources = sources(ranked, top);
      }
    }
    // Citation [n] is sources[n-1], so the composer sees the passages in source order.
    List<Passage> passages = ranked.stream().limit(Math.min(top, 3)).map(e -> e.hit().passage()).toList();
    Evidence best = ranked.get(0);
    boolean namesSection = (best.headingMatch() > 0.99 || best.restatesHeading()) && best.hit().passage().part() == 0;
    // "Which hotel …" and the passage names no hotel; "the testing windows for 2026–27" and it gives
    // 2025–26's; "the spring retreat" and it has the fall one: say so, with what it does say.
    if (!fits.test(best)) {
      String context = composer.compose(question, passages, asked, namesSection);
      return new Answer(question, false, NOT_STATED + context, Answer.EXTRACTIVE, sources, 0);
    }
    Optional<Answer> written = writtenByLlm(question, ranked, sources, today, language);
    if (written.isPresent()) {
      return written.get();
    }
    String text = composer.compose(question, passages, asked, namesSection);
    // A passage headed by the question itself (a taught answer, an FAQ entry) answers it as written.
    if (asked.type().filter(AnswerType::required).isPresent() && best.headingMatch() < 0.99
        && (!best.hasAnswerType() || !asked.type().get().answeredBy(quotedFromBest(text)))) {
      // The passage is on the topic but gives no date, amount or number where one is asked for, or
      // gives one only in a sentence the answer doesn't quote: "how much for a roof inspection" and
      // the minutes' action items say only when the inspection schedule goes out.
      return new Answer(question, false, NOT_STATED + text, Answer.EXTRACTIVE, sources, 0);
    }
    return new Answer(question, true, text, Answer.EXTRACTIVE, sources, 0);
  }

  /**
   * A question on the documents' topics that no passage answers clearly, as one in members' own
   * words often is ("is the second go-round gonna look like the first one"): an LLM, when there is
   * one, reads the best passages and answers if they do (it says when they don't); otherwise the
   * reply offers the closest sentence of the candidate closest in meaning (first in {@code ranked}),
   * as the closest the documents come, and the question stays unanswered for {@code gaps}. A
   * question that asks for a date, an amount or a number gets no such offer: another amount ("$450
   * per participant" for "how much are the dues") would read as the answer.
   */
  private Answer unsure(String question, AskedQuestion asked, List<Evidence> ranked, List<Source> sources,
      LocalDate today, Locale language) {
    Optional<Answer> written = writtenByLlm(question, ranked, sources, today, language);
    if (written.isPresent()) {
      return written.get();
    }
    // Of the passage's sentences, the closest that gives the kind of answer asked, if one does.
    Optional<String> sentence = ranked.get(0).hit().closestSentence(
        said -> asked.type().isEmpty() || asked.answeredBy(said, analysis));
    if (asked.type().filter(AnswerType::required).isPresent() || sentence.isEmpty()) {
      return new Answer(question, false, notFound(), Answer.EXTRACTIVE, sources, 0);
    }
    String quoted = Sentences.withoutListMarker(sentence.get());
    String heading = ranked.get(0).hit().passage().ownHeading();
    // "Yes." or "No." says something only under its FAQ question, as it was embedded.
    if (quoted.split("\\s+").length < MIN_QUOTED_WORDS && !heading.isBlank()) {
      quoted = heading + (heading.matches(".*[?.!:]$") ? " " : ": ") + quoted;
    }
    return new Answer(question, false, CLOSEST + quoted + " [1]", Answer.EXTRACTIVE, sources.subList(0, 1), 0);
  }

  /**
   * The LLM's answer from the ranked passages, when one is configured and its reply passes the
   * checks; the model sees the sources in their numbered order, so its [n] are the sources' too.
   */
  private Optional<Answer> writtenByLlm(String question, List<Evidence> ranked, List<Source> sources,
      LocalDate today, Locale language) {
    if (llm == null) {
      return Optional.empty();
    }
    List<Passage> numbered = ranked.stream().limit(sources.size()).map(e -> e.hit().passage()).toList();
    return llm.compose(question, numbered, today, language)
        .map(text -> new Answer(question, true, text, Answer.LLM, sources, 0));
  }

  /**
   * The head's words as slots; the topic of a person named by it ("the money person") is also
   * named by the documents' words nearest in meaning ("finance"), as the rest of the question is.
   */
  private List<Set<String>> headSlots(Optional<QuestionHead.Head> head, Map<String, Set<String>> nearTerms) {
    return head.map(h -> {
      List<Set<String>> own = analysis.questionSlots(h.words());
      return h.named() == QuestionHead.Named.BY_TOPIC ? Slots.widened(own, nearTerms) : own;
    }).orElse(List.of());
  }

  /**
   * Whether the passage names the thing a "which …"/"what …"/"who is the …" question asks for, as
   * {@link QuestionHead.Named} says: by one of its words or a synonym ("which hotel": a passage
   * without the word does not say it), for a role also with no word that no document has, or, for
   * a kind ("what kind of organization": "a coalition"), failing only on a word no document has.
   */
  private static boolean namesAskedThing(Evidence evidence, AskedQuestion asked, Set<String> unknownTerms) {
    if (asked.head().isEmpty()) {
      return true;
    }
    List<Set<String>> slots = asked.headSlots();
    // "What year was it founded?", "what time does it start", "who is the events person": the
    // year, the time, the person is the answer type's own word, named by a passage that gives one
    // ("in 2011", "8:30 a.m.", "Tom Haugen, thaugen@…").
    if (evidence.hasAnswerType()) {
      slots = slots.stream().filter(slot -> !Slots.said(slot, asked.typeWords())).toList();
      if (slots.isEmpty()) {
        return true;
      }
    }
    Set<String> said = evidence.hit().terms();
    return switch (asked.head().get().named()) {
      case BY_A_WORD, BY_TOPIC -> slots.isEmpty() || slots.stream().anyMatch(slot -> Slots.said(slot, said));
      case ROLE -> slots.stream().noneMatch(slot -> Slots.unknown(slot, unknownTerms))
          && slots.stream().anyMatch(slot -> Slots.said(slot, said));
      case BY_INSTANCE ->
          slots.stream().allMatch(slot -> !Slots.unknown(slot, unknownTerms) || Slots.said(slot, said));
    };
  }

  /**
   * Whether the question's only words no document has are the thing it asks for ("which hotel")
   * and the passage covers the rest of it as well as an answer must.
   */
  private static boolean coversAllButHead(Evidence passage, AskedQuestion asked, Set<String> unknownTerms) {
    List<Set<String>> unknown = asked.slots().stream().filter(slot -> Slots.unknown(slot, unknownTerms)).toList();
    if (unknown.isEmpty() || !asked.headSlots().containsAll(unknown)) {
      return false;
    }
    List<Set<String>> topic = asked.slots().stream().filter(slot -> !unknown.contains(slot)).toList();
    return Evidence.share(topic, passage.hit().terms(), asked.weights()) >= MIN_COVERAGE;
  }

  /** What an extractive answer quotes from its first source, without the citations ("… [1]"). */
  private static String quotedFromBest(String text) {
    return String.join(" ", QUOTED_WITH_CITATION.splitAsStream(text).filter(quote -> quote.strip().endsWith("[1]"))
        .map(quote -> TRAILING_CITATION.matcher(quote).replaceAll("")).toList());
  }

  /** Whether the passage, under its title and headings, says each slot (a word or what it stands for). */
  private boolean saysAll(List<Set<String>> slots, Passage passage) {
    Set<String> said = new HashSet<>(analysis.terms(passage.withHeadings()));
    return slots.stream().allMatch(slot -> Slots.said(slot, said));
  }

  /** The years a passage names, in its document's title, its headings and its text. */
  private static YearsNamed yearsOf(Passage passage) {
    return YearsNamed.in(passage.withHeadings());
  }

  /** Whether a passage writes the role, then "is" and a capitalised name: "the board chair is Superintendent …". */
  private static Predicate<Evidence> roleHolder(Pattern role) {
    Pattern holder = Pattern.compile(role.pattern() + "\\s+(?:is|was|will be)\\s+(?-i:\\p{Lu})", role.flags());
    return e -> holder.matcher(e.hit().passage().text()).find();
  }


  /** The seasons a passage names, in its document's title, its headings and its text. */
  private static SeasonsNamed seasonsOf(Passage passage) {
    return SeasonsNamed.inPassage(passage.title() + "\n" + passage.section(), passage.text());
  }

  /** The reply when no passage answers: it points to /events only when the calendar has some. */
  private String notFound() {
    return calendars.current().all().isEmpty() ? NOT_FOUND_WITHOUT_CALENDAR : NOT_FOUND;
  }

  private boolean answersByMeaning(Evidence evidence, long unknownSlots) {
    return unknownSlots <= MAX_UNKNOWN_SLOTS
        && evidence.similarity() + MEANING_COVERAGE_WEIGHT * evidence.coverage() >= bounds.answer();
  }

  /**
   * Whether one sentence of the passage answers on meaning alone: as close to the question as a
   * passage must be to answer ({@link MeaningBounds#answer}), and closer than every other
   * candidate's closest sentence by {@link MeaningBounds#standsOut}, with a word of the question
   * ({@link #MIN_STANDS_OUT_COVERAGE}). "can people just watch the big regional meetings from
   * home" shares few words with "Are the regional convenings streamed online? No." but no other
   * sentence comes near it; an off-topic question's closest sentences are all about as far.
   */
  private boolean standsOut(Evidence evidence, List<Evidence> ranked, long unknownSlots) {
    // With no other candidate there is nothing to stand out from. The same passage in two files
    // (an FAQ copied, a quoted email) keeps the rule from answering: on the safe side.
    if (ranked.size() < 2) {
      return false;
    }
    double sentence = evidence.hit().bestSentenceSimilarity();
    double others = ranked.stream().filter(e -> e != evidence)
        .mapToDouble(e -> e.hit().bestSentenceSimilarity()).max().orElse(0);
    return unknownSlots <= MAX_UNKNOWN_SLOTS && evidence.coverage() >= MIN_STANDS_OUT_COVERAGE
        && sentence >= bounds.answer() && sentence - others >= bounds.standsOut();
  }

  private static boolean answers(Evidence evidence) {
    return evidence.coverage() >= MIN_COVERAGE;
  }

  private static List<Source> sources(List<Evidence> ranked, int top) {
    List<Source> sources = new ArrayList<>();
    for (Evidence evidence : ranked.subList(0, Math.min(top, ranked.size()))) {
      Passage passage = evidence.hit().passage();
      sources.add(new Source(sources.size() + 1, passage.path(), passage.title(), passage.section(),
          Math.round(evidence.hit().score() * 100) / 100.0, snippet(passage.text()), passage.text(), link(passage.source())));
    }
    return sources;
  }

  static String snippet(String text) {
    String flat = text.replaceAll("\\s+", " ").strip();
    if (flat.length() <= SNIPPET_CHARS) {
      return flat;
    }
    int cut = flat.lastIndexOf(' ', SNIPPET_CHARS);
    return flat.substring(0, cut > 0 ? cut : SNIPPET_CHARS) + "…";
  }

  private static String link(String source) {
    return source.startsWith("http://") || source.startsWith("https://") ? source : "";
  }
}
