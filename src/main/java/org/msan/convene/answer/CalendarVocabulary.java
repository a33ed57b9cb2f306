package org.msan.convene.answer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.util.automaton.Automaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;
import org.apache.lucene.util.automaton.Operations;
import org.msan.convene.events.CalendarEvent;
import org.msan.convene.events.EventCalendar;
import org.msan.convene.knowledge.TextAnalysis;

/**
 * The words of a loaded calendar, through the same analyzer as the documents: for each event (a
 * recurring series counts once) the terms of its title, kind, series, audience, location and id,
 * and how many events share each term, so a word that names one event ("board") outweighs one
 * most events carry ("network"). Nothing here is written for one calendar: it is all read from it.
 */
final class CalendarVocabulary {

  /**
   * An event of the calendar as questions name it: every occurrence of a series together.
   *
   * @param terms the terms of all it has: title, kind, series, audience, location, id
   * @param titleTerms the terms of its title
   * @param nameTerms the terms of what it is called: title, kind and series ("a webinar", "the
   *     Leaders Convenings"), not where it is held ("Island Grove Event Center") or for whom
   * @param titleWritten its first title without the year it begins or ends with, as a question
   *     writes it whole, in any case; null when nothing is left
   */
  record Group(String seriesId, List<CalendarEvent> occurrences, Set<String> terms, Set<String> titleTerms,
      Set<String> nameTerms, Pattern titleWritten) {
    CalendarEvent first() {
      return occurrences.get(0);
    }

    /** Whether the text writes its title whole, without the year: "the 2028 Summer Leadership Institute". */
    boolean titleWrittenIn(String text) {
      return titleWritten != null && titleWritten.matcher(text).find();
    }
  }

  /** A year or a school year: "2027", "2026-27". */
  private static final String YEAR_OR_SCHOOL_YEAR = "(?:19|20)\\d\\d(?:\\s*[-–/]\\s*(?:19|20)?\\d\\d)?";
  /**
   * A year or a school year a title begins or ends with ("Spring Literacy Institute 2027", "2026-27
   * Kickoff"); one inside it is part of a name ("Vision 2030 Summit").
   */
  private static final Pattern TITLE_YEAR =
      Pattern.compile("^" + YEAR_OR_SCHOOL_YEAR + "\\s+|\\s+" + YEAR_OR_SCHOOL_YEAR + "$");

  /** The title without the year or school year it begins or ends with: "Spring Literacy Institute". */
  static String withoutYear(String title) {
    return TITLE_YEAR.matcher(title).replaceAll("").strip();
  }

  private static Pattern titleWritten(String title) {
    String named = withoutYear(title);
    return named.isEmpty() ? null : Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(named) + "(?![\\p{L}\\p{N}])",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /**
   * How well the question's topic names events.
   *
   * @param best the groups with the highest weight of matched terms (several on a tie)
   * @param share the best groups' matched weight over the weight of the topic's terms the calendar
   *     knows (0 to 1); the terms it doesn't know are what is asked about the event, not its name
   * @param unmatched the topic terms no event has
   * @param calendarWide the topic has a term every event has (the network's or the season's name):
   *     the question may be about the network as a whole, which the documents describe
   */
  record Match(List<Group> best, double share, List<String> unmatched, boolean calendarWide) {
    boolean names() {
      return best.size() == 1 && share >= NAMED_SHARE;
    }

    /**
     * Of the events that have the topic's words, the one called by them, when only one is: "the
     * superintendents meeting" is the Superintendents' Council, not an event for superintendents.
     */
    Optional<Group> calledBy(List<String> known) {
      List<Group> called = best.stream().filter(group -> group.nameTerms().containsAll(known)).toList();
      return best.size() > 1 && called.size() == 1 ? Optional.of(called.get(0)) : Optional.empty();
    }

    Match narrowedTo(Group group) {
      return new Match(List.of(group), share, unmatched, calendarWide);
    }
  }

  /**
   * The share of the known topic's weight an event must cover to be the one meant. Set on
   * eval/dev-calendar.jsonl and eval/dev.jsonl (0.5: half, by IDF weight, as titles are short).
   */
  static final double NAMED_SHARE = 0.5;
  /**
   * With words the calendar doesn't know in the question ("the dress code for the board meeting"),
   * the question must also say this much of the event's title: one title word in a question about
   * something else ("since when has MSAN worked with school leaders" and "Pre-Work") names nothing.
   * Set on eval/dev-calendar.jsonl and eval/dev.jsonl.
   */
  static final double NAMED_TITLE_COVERAGE = 0.34;

  private final TextAnalysis analysis;
  private final List<Group> groups;
  private final Map<String, Integer> documentFrequency = new HashMap<>();
  /** The calendar's words as written, lower case, with how many events use each. */
  private final Map<String, Integer> surfaceWords = new HashMap<>();
  /** Terms only a location has ("TRYLN Central Office"), in no event's title, kind, series or audience. */
  private final Set<String> placeOnlyTerms = new HashSet<>();
  private final List<Pattern> titles;
  /** Each title's words, lower case, in order. */
  private final List<List<String>> titleWords;
  private static final int MIN_RUN_WORDS = 3;
  private static final Pattern TITLE_WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");
  /** Words of four letters or more, which a spelling slip can be told apart in. */
  private static final Pattern WORD = Pattern.compile("\\b\\p{L}{4,}\\b");

  CalendarVocabulary(EventCalendar calendar, TextAnalysis analysis) {
    this.analysis = analysis;
    Map<String, List<CalendarEvent>> bySeries = new LinkedHashMap<>();
    for (CalendarEvent event : calendar.all()) {
      bySeries.computeIfAbsent(event.seriesId(), id -> new ArrayList<>()).add(event);
    }
    List<Group> built = new ArrayList<>();
    for (var entry : bySeries.entrySet()) {
      Set<String> terms = new HashSet<>();
      Set<String> titleTerms = new HashSet<>();
      Set<String> nameTerms = new HashSet<>();
      for (CalendarEvent event : entry.getValue()) {
        terms.addAll(terms(event));
        placeOnlyTerms.addAll(analysis.terms(event.location()));
        titleTerms.addAll(titleTerms(event));
        nameTerms.addAll(analysis.terms(String.join(" ", titleText(event), event.kind(), event.series())));
      }
      terms.forEach(term -> documentFrequency.merge(term, 1, Integer::sum));
      Matcher word = WORD.matcher(text(entry.getValue().get(0)).toLowerCase(Locale.ROOT));
      while (word.find()) {
        surfaceWords.merge(word.group(), 1, Integer::sum);
      }
      built.add(new Group(entry.getKey(), List.copyOf(entry.getValue()), Set.copyOf(terms), Set.copyOf(titleTerms),
          Set.copyOf(nameTerms), titleWritten(entry.getValue().get(0).title())));
    }
    this.groups = List.copyOf(built);
    for (CalendarEvent event : calendar.all()) {
      placeOnlyTerms.removeAll(analysis.terms(String.join(" ", titleText(event), event.kind(), event.series(),
          event.audience(), event.seriesId().replace('-', ' '))));
    }
    this.titleWords = groups.stream().map(group -> TITLE_WORD.matcher(group.first().title()).results()
        .map(found -> found.group().toLowerCase(Locale.ROOT)).toList()).distinct().toList();
    this.titles = groups.stream().map(group -> group.first().title().strip()).filter(title -> !title.isEmpty())
        .distinct().map(title -> Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(title) + "(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)).toList();
  }

  /**
   * The spans of the question ({@code [start, end)}, in chars) that write three or more words of
   * one title in a row, two of them more than function words ("year in review"): there the words
   * name the event, whatever else they could mean. Two ("next year" of a "Next Year Planning
   * Retreat") may be a time of their own. Compared word by word, ignoring case.
   */
  List<int[]> titleRuns(String question) {
    List<MatchResult> words = TITLE_WORD.matcher(question).results().toList();
    List<String> said = words.stream().map(found -> found.group().toLowerCase(Locale.ROOT)).toList();
    List<int[]> runs = new ArrayList<>();
    for (List<String> title : titleWords) {
      for (int i = 0; i < said.size(); i++) {
        for (int j = 0; j < title.size(); j++) {
          int length = 0;
          while (i + length < said.size() && j + length < title.size() && said.get(i + length).equals(title.get(j + length))) {
            length++;
          }
          long named = said.subList(i, i + length).stream().filter(w -> !analysis.isStopWord(w)).count();
          if (length >= MIN_RUN_WORDS && named >= 2) {
            runs.add(new int[] {words.get(i).start(), words.get(i + length - 1).end()});
          }
        }
      }
    }
    return runs;
  }

  private List<String> terms(CalendarEvent event) {
    return analysis.terms(text(event));
  }

  private static String text(CalendarEvent event) {
    return String.join(" ", titleText(event), event.kind(), event.series(), event.audience(), event.location(),
        event.seriesId().replace('-', ' '));
  }

  private List<String> titleTerms(CalendarEvent event) {
    return analysis.terms(titleText(event));
  }

  /** "Kick-off" is also asked as "kickoff": hyphenated words count joined as well. */
  private static String titleText(CalendarEvent event) {
    return event.title() + " " + event.title().replaceAll("(\\p{L})-(\\p{L})", "$1$2");
  }

  /**
   * How much of the group's title, by weight of the words that tell titles apart, the question
   * says (0 to 1): "the board meeting" says most of "Governing Board Meeting".
   */
  double titleCoverage(Group group, Collection<String> questionTerms) {
    double whole = group.titleTerms().stream().filter(this::discriminates).mapToDouble(this::weight).sum();
    double said = group.titleTerms().stream().filter(this::discriminates).filter(questionTerms::contains)
        .mapToDouble(this::weight).sum();
    return whole == 0 ? 0 : said / whole;
  }

  /** Each event's title, once per series, as a pattern that finds it in a question whole, without case. */
  List<Pattern> titles() {
    return titles;
  }

  /** Whether some event writes the word (lower case), in its title, kind, series, audience or location. */
  boolean writes(String word) {
    return surfaceWords.containsKey(word);
  }

  List<Group> groups() {
    return groups;
  }

  Optional<Group> group(String seriesId) {
    return groups.stream().filter(g -> g.seriesId().equals(seriesId)).findFirst();
  }

  /** Inverse document frequency over events; a term no event has weighs the most. */
  double weight(String term) {
    int df = documentFrequency.getOrDefault(term, 0);
    return Math.log(1 + (groups.size() + 1.0) / (df + 0.5));
  }

  /** True when some events have the term and others don't. */
  boolean discriminates(String term) {
    int df = documentFrequency.getOrDefault(term, 0);
    return df > 0 && (df < groups.size() || groups.size() == 1);
  }

  /** Whether only where events are held has the term, not what any event is called or for whom it is. */
  boolean onlyPlaces(String term) {
    return placeOnlyTerms.contains(term);
  }

  boolean knows(String term) {
    return documentFrequency.containsKey(term);
  }

  /**
   * A term the calendar has within one edit (two for long words, a swap counting one) of a term it
   * lacks: "studnet" is "student". Lucene's Levenshtein automata decide the distance.
   */
  String corrected(String term) {
    if (knows(term) || term.length() < 4 || !term.chars().allMatch(Character::isLetter)
        || analysis.isEnglishWord(term)) {
      return term;
    }
    return closest(term, documentFrequency).orElse(term);
  }

  /**
   * The question with each word the calendar lacks mended to the calendar's own word as written,
   * before stemming: "absenteesim" is "absenteeism", which the stemmer would have cut to "absente",
   * out of reach of "absenteesim"'s stem.
   */
  String correctedWords(String question) {
    return QuestionWords.mendWords(question, word -> surfaceWords.containsKey(word) || analysis.isEnglishWord(word)
        || analysis.terms(word).stream().allMatch(this::knows), word -> closest(word, surfaceWords));
  }

  /** The most frequent of the words within one edit of {@code word} (two for long words, a swap counting one). */
  private static Optional<String> closest(String word, Map<String, Integer> frequency) {
    int edits = word.length() >= 7 ? 2 : 1;
    Automaton near = new LevenshteinAutomata(word, true).toAutomaton(edits);
    return frequency.keySet().stream()
        .filter(candidate -> Math.abs(candidate.length() - word.length()) <= edits)
        .filter(candidate -> Operations.run(near, candidate))
        .min((a, b) -> Integer.compare(frequency.get(b), frequency.get(a)) != 0
            ? Integer.compare(frequency.get(b), frequency.get(a)) : a.compareTo(b));
  }

  Match match(Collection<String> topic) {
    double total = topic.stream().filter(this::knows).mapToDouble(this::weight).sum();
    List<String> unmatched = topic.stream().filter(t -> !knows(t)).toList();
    double bestScore = 0;
    List<Group> best = new ArrayList<>();
    for (Group group : groups) {
      // A term every event has ("network" in every series name) tells none apart: it counts only
      // in the topic's whole weight.
      double score = topic.stream().filter(group.terms()::contains).filter(this::discriminates)
          .mapToDouble(this::weight).sum();
      if (score > bestScore + 1e-9) {
        bestScore = score;
        best.clear();
        best.add(group);
      } else if (score > 0 && Math.abs(score - bestScore) <= 1e-9) {
        best.add(group);
      }
    }
    boolean calendarWide = groups.size() > 1 && topic.stream().anyMatch(t -> knows(t) && !discriminates(t));
    return new Match(List.copyOf(best), total == 0 ? 0 : bestScore / total, unmatched, calendarWide);
  }
}
