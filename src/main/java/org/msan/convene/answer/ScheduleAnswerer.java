package org.msan.convene.answer;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.msan.convene.events.Attendance;
import org.msan.convene.events.CalendarEvent;
import org.msan.convene.events.EventCalendar;
import org.msan.convene.events.EventTime;
import org.msan.convene.knowledge.Slots;
import org.msan.convene.knowledge.TextAnalysis;

/**
 * Answers questions about the loaded calendar, whatever its season, relative to today: which event
 * a question means comes from the calendar's own words ({@link CalendarVocabulary}), what it asks
 * from general question forms ({@link EventField}), and when from general time expressions
 * ({@link TimeExpressions}). A cancelled event is never "next"; a recurring series is one event
 * whose occurrences are listed by date; a field the calendar lacks is said to be missing.
 */
final class ScheduleAnswerer {

  private static final DateTimeFormatter TODAY = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.US);
  private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MMMM d", Locale.US);
  private static final int LIST_LIMIT = 8;
  /** A field asked of more events than this is answered for the next ones only. */
  private static final int EACH_LIMIT = 3;
  private static final String NOTHING = "Nothing ";
  /** A series with more occurrences than this in a listing is summarised by its rule and first and last date. */
  private static final int DATES_LISTED = 6;
  /**
   * The words schedule questions are asked in, whatever the calendar: a slip in one ("febuary",
   * "anythign happening") is mended before the question is read.
   */
  private static final List<String> TIME_WORDS = timeWords();
  /**
   * The word before "calendar": whose it is ("the MSAN calendar"). Not before "schedule": "the
   * Summer Institute schedule" is the event's.
   */
  private static final Pattern CALENDAR_OWNER = Pattern.compile("\\b(\\p{L}+)\\s+(?=calendar\\b)",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern PAST_TENSE = Pattern.compile("\\b(was|were|did|happened|took place|went)\\b",
      Pattern.CASE_INSENSITIVE);

  /**
   * The fields that describe events of a kind as much as one event (how long they last, where and
   * for whom they are), unlike those of one event's date and RSVPs (places left, the deadline).
   */
  private static final Set<EventField> DESCRIBED = EnumSet.of(EventField.DURATION, EventField.CAPACITY,
      EventField.WHERE, EventField.AUDIENCE, EventField.ABOUT, EventField.FORMAT);

  /** How a calendar answer weighs against the documents'. */
  enum Standing {
    /** The calendar answers: the question names an event or asks about the calendar itself. */
    CALENDAR,
    /** The documents are asked first; this answer stands only when they have none. */
    FALLBACK
  }

  /** A calendar answer: its text, with [n] citing events.get(n-1). */
  record ScheduleReply(String text, List<CalendarEvent> events, boolean answered, Standing standing) {
    static ScheduleReply of(String text, List<CalendarEvent> events) {
      return new ScheduleReply(text, List.copyOf(events), true, Standing.CALENDAR);
    }

    ScheduleReply fallback() {
      return new ScheduleReply(text, events, answered, Standing.FALLBACK);
    }

    ScheduleReply unanswered() {
      return new ScheduleReply(text, events, false, standing);
    }
  }

  private final TextAnalysis analysis;
  private final ZoneId networkZone;
  private final EventFacts facts;
  private final Predicate<String> usedThroughout;
  private volatile Vocabulary cached;

  private record Vocabulary(EventCalendar calendar, CalendarVocabulary words) {}

  /**
   * @param usedThroughout whether the documents use a term (analysed, as {@link TextAnalysis#terms}
   *     gives it) throughout, as the network's own name; asked only of the documents' acronyms
   */
  ScheduleAnswerer(TextAnalysis analysis, ZoneId networkZone, Attendance attendance, Predicate<String> usedThroughout) {
    this.analysis = analysis;
    this.networkZone = networkZone;
    this.facts = new EventFacts(networkZone, attendance);
    this.usedThroughout = usedThroughout;
  }

  /** The calendar's answer, or empty when the question is not about the calendar. */
  Optional<ScheduleReply> answer(String question, EventCalendar calendar, LocalDate today) {
    if (calendar.all().isEmpty()) {
      return Optional.empty();
    }
    CalendarVocabulary vocabulary = vocabulary(calendar);
    String text = vocabulary.correctedWords(QuestionWords.correctAll(
        QuestionWords.correctQuestionWords(QuestionWords.expandShorthand(question, vocabulary::writes), analysis::isStopWord,
            analysis::isEnglishWord), TIME_WORDS,
        word -> analysis.isEnglishWord(word) || vocabulary.writes(word)));
    List<int[]> titleRuns = vocabulary.titleRuns(text);
    TimeExpressions.Reading time = TimeExpressions.read(text, today, titleRuns);
    Optional<CalendarVocabulary.Group> relatedEvent = Optional.empty();
    if (time.relation() != null) {
      EventField.Asked relatedAsked = EventField.read(time.relatedText());
      List<String> relatedTopic = topic(relatedAsked.rest(), vocabulary);
      CalendarVocabulary.Match related = vocabulary.match(relatedTopic);
      // "What comes after the kick-off" names an event after the word, "before new year's" a time;
      // "who looks after the money on the steering committee" and "how soon after a trip must
      // receipts be in for a travel grant" say more there than any event's name and no time: their
      // words are the question's.
      boolean namesOnlyEvents = related.names() && lacking(related.best().get(0), relatedTopic).stream()
          .allMatch(vocabulary::knows);
      // "… before everybody gets together face to face" says a format: the in-person events; "after
      // 2027-03-15", "before Oct 5", "after new year's" a time.
      boolean saysTimeOrFormat = relatedAsked.format() != null
          || TimeExpressions.read(time.relatedText(), today).aboutTime()
          || Arrays.stream(time.relatedText().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")).anyMatch(TIME_WORDS::contains);
      if (namesOnlyEvents && names(related, relatedTopic, time.relatedText(), vocabulary)) {
        relatedEvent = Optional.of(related.best().get(0));
      } else if (!saysTimeOrFormat && !relatedTopic.stream().allMatch(vocabulary::knows)) {
        time = TimeExpressions.read(text, today, titleRuns, false);
      }
    }
    EventField.Asked asked = EventField.read(time.rest(), vocabulary.titles());
    List<String> naming = modifierWords(text).stream().flatMap(word -> analysis.terms(word).stream())
        .map(vocabulary::corrected).toList();
    // "What's on the Pathways calendar": the word before "calendar" says whose it is, not which events.
    List<String> owners = CALENDAR_OWNER.matcher(text).results().flatMap(found -> analysis.terms(found.group(1)).stream())
        .map(vocabulary::corrected).toList();
    List<Set<String>> topicSlots = analysis.questionSlots(asked.rest()).stream()
        .filter(slot -> slot.size() == 1 || !namesTheNetwork(slot, naming, vocabulary))
        .filter(slot -> oneWordAlternatives(slot, vocabulary).noneMatch(owners::contains))
        .toList();
    List<String> topic = topicSlots.stream()
        .flatMap(slot -> slot.stream().flatMap(alternative -> Slots.terms(alternative).stream()))
        .map(vocabulary::corrected).distinct().toList();
    CalendarVocabulary.Match match = vocabulary.match(topic);
    // "The superintendents meeting": words said as an event's name, before an event noun, mean the
    // event called by them while it is ahead ("anything for directors" may be any event for them);
    // once it is past, "the next mentor meeting" may be one the documents describe.
    List<String> known = topic.stream().filter(vocabulary::knows).toList();
    Optional<CalendarVocabulary.Group> called = known.isEmpty() || !naming.containsAll(known) ? Optional.empty()
        : match.calledBy(known).filter(group -> group.occurrences().stream().anyMatch(event -> event.isUpcoming(today)));
    if (called.isPresent()) {
      match = match.narrowedTo(called.get());
    } else if (match.best().size() > 1) {
      // "The Summer Leadership Institute" is the event of that title, not the info night whose
      // audience ("families considering the Summer Leadership Institute") says the same words.
      List<CalendarVocabulary.Group> titled = match.best().stream().filter(group -> group.titleWrittenIn(text)).toList();
      if (titled.size() == 1) {
        match = match.narrowedTo(titled.get(0));
      }
    }
    Predicate<CalendarEvent> format = format(asked.format(), vocabulary);
    TimeExpressions.Window window = window(time, calendar, today);
    boolean pastTense = PAST_TENSE.matcher(text).find();

    if (relatedEvent.isPresent()) {
      Predicate<CalendarEvent> wanted = format.and(named(topic, vocabulary));
      return Optional.of(relative(time.relation(), time.direction(), relatedEvent.get(), calendar, today, wanted));
    }
    if (names(match, topic, text, vocabulary)) {
      CalendarVocabulary.Group group = match.best().get(0);
      List<String> lacking = lacking(group, topic);
      boolean saysMoreThanTheTitle = !lacking.isEmpty();
      // "How much is the summit?" asks an amount, which no field of an event holds.
      boolean asksWhatNoFieldHolds = asked.fields().isEmpty()
          && AnswerType.of(text).filter(ScheduleAnswerer::noFieldHolds).isPresent();
      if (!asksWhatNoFieldHolds && (!asked.fields().isEmpty() || !saysMoreThanTheTitle)) {
        ScheduleReply reply = about(group, asked, window, time, pastTense, today, calendar, saysMoreThanTheTitle);
        // "Where is the network office?" names only where an event is held, not the event: it asks
        // about the place, which the documents may describe; the calendar answers if they don't.
        boolean placeOnly = topic.stream().noneMatch(group.nameTerms()::contains) && !time.aboutTime();
        // "When is the data coaching institute?" shares "data coach" with Data Coach Office Hours
        // but says more than its title: it may be about something else the documents describe.
        boolean saysMore = saysMoreThanTheTitle && !time.aboutTime();
        return Optional.of(match.calendarWide() || placeOnly || saysMore ? reply.fallback() : reply);
      }
      // The question names an event but asks for something no field holds ("the dress code"):
      // the documents may say; if not, the calendar says it doesn't.
      CalendarEvent event = pick(group, TimeExpressions.Direction.NONE, false, today);
      String described = facts.describe(event, event.when(networkZone), !event.isUpcoming(today), rule(event));
      if (saysMoreThanTheTitle && !event.description().isEmpty() && analysis.terms(event.description()).containsAll(lacking)) {
        // "Is lunch provided at the orientation?" and its description says "Lunch provided.": it says.
        return Optional.of(ScheduleReply.of(described + " [1]", List.of(event)).fallback());
      }
      return Optional.of(ScheduleReply.of("The calendar doesn't say that about " + event.title() + ". What it gives: "
          + described + " [1]", List.of(event)).unanswered().fallback());
    }
    asked = asked.forListing();
    format = format(asked.format(), vocabulary);
    // Words no event has, in a question that asks for events in time ("the next network event"):
    // about the calendar, though the documents, which may know those words, are asked first.
    List<String> modifierWords = modifierWords(text);
    // Each such word with what it stands for: "MSAN" is no event's, though "student" and "network"
    // of its name may be.
    boolean unknownOnly = !topicSlots.isEmpty() && topicSlots.stream().allMatch(slot -> slot.stream()
            .map(Slots::terms).noneMatch(terms -> terms.stream().map(vocabulary::corrected).allMatch(vocabulary::knows))
            && oneWordAlternatives(slot, vocabulary).anyMatch(naming::contains))
        && (time.direction() != TimeExpressions.Direction.NONE || window != null);
    // "What network events are coming up?": a word every event has (the network's name in each
    // series) tells none apart; the question is about them all.
    boolean everyEvents = !topic.isEmpty() && topic.stream().allMatch(term -> vocabulary.knows(term) && !vocabulary.discriminates(term));
    boolean generic = topic.isEmpty() || unknownOnly || everyEvents;
    boolean byTopic = !generic && match.share() >= CalendarVocabulary.NAMED_SHARE && match.unmatched().isEmpty();
    if (!generic && !byTopic) {
      return Optional.empty();
    }
    // Without event words, a time alone ("what will the 2020-21 school year look like?") is asked
    // of the documents first, the calendar's listing for it standing only when they don't answer;
    // a direction, a calendar word or an event noun makes it a question about the calendar.
    boolean aboutCalendar = time.direction() != TimeExpressions.Direction.NONE || time.asksCalendar()
        || asked.format() != null || !asked.fields().isEmpty() || !asked.nouns().isEmpty()
        || byTopic && namesKind(topic, match, vocabulary);
    boolean documentsFirst = !aboutCalendar;
    if (documentsFirst && window == null) {
      return Optional.empty();
    }
    List<CalendarVocabulary.Group> groups = byTopic ? namedFirst(match.best(), topic, vocabulary)
        : asked.format() == null ? namedFirst(vocabulary.groups(), analysis.terms(EventField.kindNouns(asked.nouns())), vocabulary)
        : vocabulary.groups();
    ScheduleReply reply = listing(groups, byTopic, asked, time, window, format, pastTense, calendar, today);
    if (documentsFirst) {
      return Optional.of(reply.fallback());
    }
    if (byTopic && groups.size() < match.best().size() && reply.text().startsWith(NOTHING)) {
      // "The next mentor meeting" when the mentors' kick-off is past: the documents may describe a
      // meeting the calendar doesn't hold ("monthly, the second Tuesday"); the calendar's
      // "nothing is scheduled" stands when they don't.
      return Optional.of(reply.fallback());
    }
    if (unknownOnly) {
      // "The next finance committee meeting" where the calendar has none: say so before what it has.
      String named = String.join(" ", modifierWords.stream().filter(word -> {
        List<String> terms = analysis.terms(word);
        return !terms.isEmpty() && topic.containsAll(terms);
      }).distinct().toList());
      return Optional.of(new ScheduleReply("No event on the calendar is called “" + named + "”. " + reply.text(),
          reply.events(), reply.answered(), Standing.FALLBACK));
    }
    if (byTopic && !time.aboutTime() && !time.asksCalendar()) {
      // Several events share the words ("the network"): the question may be about what they share.
      return Optional.of(reply.fallback());
    }
    if (!byTopic && groups.size() < vocabulary.groups().size()
        && (reply.events().isEmpty() || reply.text().startsWith(NOTHING))) {
      // "the next convening" prefers events called convenings, but is any event when none is ahead.
      reply = listing(vocabulary.groups(), false, asked, time, window, format, pastTense, calendar, today);
    }
    if (!time.aboutTime() && !time.asksCalendar() && asked.fields().stream().anyMatch(DESCRIBED::contains)) {
      // "How long are the virtual convenings?", "how many people should be on a team": what is asked
      // of events in general, at no time, the documents may describe; the calendar answers if not.
      return Optional.of(reply.fallback());
    }
    return Optional.of(reply);
  }

  /**
   * Whether the match names one event: most of the question's calendar words are its words, and
   * when the question has other words too, it says enough of the event's title. Other words are
   * also those only other events have: "who's the data privacy officer" asks of an officer, which
   * is only the stem of the board meeting's office, not of the Data Privacy Training Webinar.
   */
  private boolean names(CalendarVocabulary.Match match, List<String> topic, String question,
      CalendarVocabulary vocabulary) {
    if (!match.names()) {
      return false;
    }
    if (lacking(match.best().get(0), topic).isEmpty()) {
      return true;
    }
    List<String> said = analysis.terms(question).stream().map(vocabulary::corrected).toList();
    return vocabulary.titleCoverage(match.best().get(0), said) >= CalendarVocabulary.NAMED_TITLE_COVERAGE;
  }

  /**
   * Whether a slot of the documents' acronym and what it stands for is the network's own name,
   * which says whose events they all are, not which: one the documents use throughout ("What BRIC
   * events are there in February?", "the MSAN calendar"), or one said before an event noun that
   * only an event's venue has ("the next TRYLN event" and "TRYLN Central Office"; "the next Easton
   * event" still asks the place).
   */
  private boolean namesTheNetwork(Set<String> slot, List<String> naming, CalendarVocabulary vocabulary) {
    if (slot.stream().flatMap(alternative -> Slots.terms(alternative).stream()).map(vocabulary::corrected)
        .anyMatch(term -> naming.contains(term) && vocabulary.onlyPlaces(term))) {
      return true;
    }
    return slot.stream().map(Slots::terms).filter(terms -> terms.size() == 1).map(terms -> terms.get(0))
        .anyMatch(term -> analysis.isAcronym(term) && usedThroughout.test(term));
  }

  /** The slot's alternatives of one term ("msan", not "minority student achievement network"), mended against the calendar. */
  private static Stream<String> oneWordAlternatives(Set<String> slot, CalendarVocabulary vocabulary) {
    return slot.stream().map(Slots::terms).filter(terms -> terms.size() == 1).map(terms -> vocabulary.corrected(terms.get(0)));
  }

  /** The question's words the event doesn't have: words no event has, or only other events. */
  private static List<String> lacking(CalendarVocabulary.Group group, List<String> topic) {
    return topic.stream().filter(term -> !group.terms().contains(term)).toList();
  }

  /**
   * The events the question's own words single out ("the next webinar after …": webinars), when
   * some events have them and others don't; otherwise any event.
   */
  private Predicate<CalendarEvent> named(List<String> topic, CalendarVocabulary vocabulary) {
    List<String> terms = topic.stream().filter(vocabulary::discriminates).toList();
    List<String> series = vocabulary.groups().stream().filter(g -> terms.stream().anyMatch(g.terms()::contains))
        .map(CalendarVocabulary.Group::seriesId).toList();
    return series.isEmpty() ? event -> true : event -> series.contains(event.seriesId());
  }

  /** Each of the one or two words right before an event noun, as written ("network" in "the next network event"). */
  private static List<String> modifierWords(String question) {
    List<String> words = new ArrayList<>();
    Matcher before = EventField.EVENT_MODIFIERS.matcher(question);
    while (before.find()) {
      words.addAll(Arrays.asList(before.group(1).split("\\s+")));
    }
    return words;
  }

  /**
   * Whether the question's words the calendar knows are the kind of the events they match ("list
   * the webinars"): the calendar's own event noun, which asks for events as "meetings" does.
   */
  private boolean namesKind(List<String> topic, CalendarVocabulary.Match match, CalendarVocabulary vocabulary) {
    List<String> known = topic.stream().filter(vocabulary::knows).toList();
    return !known.isEmpty() && match.best().stream()
        .allMatch(group -> analysis.terms(group.first().kind()).containsAll(known));
  }

  /**
   * Of the events, those whose names (title, series) have one of the words, when some do; else all:
   * "mentor" names the Mentor Cohort Kickoff, not an event for "first-year mentors", and "the
   * next convening" prefers events called convenings. A word every event has tells none apart.
   */
  private static List<CalendarVocabulary.Group> namedFirst(List<CalendarVocabulary.Group> groups, List<String> words,
      CalendarVocabulary vocabulary) {
    List<String> terms = words.stream().filter(vocabulary::discriminates).toList();
    List<CalendarVocabulary.Group> naming = groups.stream()
        .filter(g -> terms.stream().anyMatch(g.nameTerms()::contains)).toList();
    return naming.isEmpty() ? groups : naming;
  }

  /**
   * Kinds of answer the calendar has no field for: an amount, a phone number, an email, a web
   * address, a person to ask ("who do I ask about the webinar": its audience is a field, whom to
   * ask is none).
   */
  private static boolean noFieldHolds(AnswerType type) {
    return type == AnswerType.MONEY || type == AnswerType.PHONE || type == AnswerType.EMAIL || type == AnswerType.LINK
        || type == AnswerType.PERSON || type == AnswerType.CONTACT;
  }

  /**
   * One event the question names: the fields asked, or all it has.
   *
   * @param saysMore whether the question has words beyond the event's ("a refund if I cancel my
   *     institute registration on July 5"): a day the event is not on may be a day of something
   *     the documents tell of, so they are asked first
   */
  private ScheduleReply about(CalendarVocabulary.Group group, EventField.Asked asked, TimeExpressions.Window window,
      TimeExpressions.Reading time, boolean pastTense, LocalDate today, EventCalendar calendar, boolean saysMore) {
    Set<EventField> fields = asked.fields();
    if (window != null) {
      List<CalendarEvent> inWindow = group.occurrences().stream()
          .filter(e -> !e.start().firstDay().isAfter(window.last()) && !e.lastDay().isBefore(window.first())).toList();
      if (inWindow.isEmpty()) {
        CalendarEvent nearest = pick(group, TimeExpressions.Direction.NONE, pastTense, today);
        // "When is the 2028 spring institute?" of "Spring Literacy Institute 2027": the event without
        // the year its title names is what is not on the calendar then.
        String title = group.first().title();
        String named = CalendarVocabulary.withoutYear(title);
        String notOn = named.isEmpty() || named.equals(title) ? title + " is not on the calendar for " + window.label() + ". "
            : "No " + named + " is on the calendar for " + window.label() + ". The nearest: ";
        ScheduleReply notThen = ScheduleReply.of(notOn + facts.describe(nearest, nearest.when(networkZone), !nearest.isUpcoming(today), rule(nearest)) + " [1]",
            List.of(nearest));
        return saysMore ? notThen.fallback() : notThen;
      }
      List<CalendarEvent> held = inWindow.stream().filter(e -> !e.cancelled()).toList();
      Optional<CalendarEvent> chosen = switch (time.direction()) {
        case FIRST -> held.stream().findFirst();
        case NEXT -> held.stream().filter(e -> e.isUpcoming(today)).findFirst();
        case LAST -> pastTense ? held.stream().filter(e -> !e.isUpcoming(today)).reduce((a, b) -> b)
            : held.stream().reduce((a, b) -> b);
        default -> Optional.empty();
      };
      if (chosen.isPresent()) {
        return one(chosen.get(), asked, time, today, calendar);
      }
      if (inWindow.size() > 1 && fields.stream().allMatch(f -> f == EventField.WHEN || f == EventField.DAY)) {
        return ScheduleReply.of(window.heading() + "\n" + lines(inWindow, today), inWindow);
      }
      return one(inWindow.get(0), asked, time, today, calendar);
    }
    return one(pick(group, time.direction(), pastTense, today), asked, time, today, calendar);
  }

  private ScheduleReply one(CalendarEvent event, EventField.Asked asked, TimeExpressions.Reading time, LocalDate today,
      EventCalendar calendar) {
    EventFacts.Said said = said(event, asked, time, today, calendar);
    ScheduleReply reply = ScheduleReply.of(said.text() + " [1]", List.of(event));
    if (said.answered()) {
      return reply;
    }
    // What the calendar lacks, the documents may give ("the 2-day kick-off"): they are asked first;
    // but RSVPs are taken here, by the calendar's deadline and capacity, which no document overrides,
    // and the calendar is where staff date events: where it gives the month only, a document's own
    // schedule ("May 2032 · Spring Forum") would read as the day asked for.
    boolean calendars = asked.fields().stream().allMatch(f -> f == EventField.DEADLINE || f == EventField.CAPACITY
        || f == EventField.PLACES_LEFT || f == EventField.DAY);
    return calendars ? reply.unanswered() : reply.unanswered().fallback();
  }

  /**
   * The occurrence meant: the next one that takes place, or the last one when asked about the
   * past; a single event is itself.
   */
  private static CalendarEvent pick(CalendarVocabulary.Group group, TimeExpressions.Direction direction,
      boolean pastTense, LocalDate today) {
    List<CalendarEvent> all = group.occurrences();
    if (all.size() == 1) {
      return all.get(0);
    }
    Optional<CalendarEvent> next = all.stream().filter(e -> e.isUpcoming(today) && !e.cancelled()).findFirst();
    Optional<CalendarEvent> last = all.stream().filter(e -> !e.isUpcoming(today) && !e.cancelled())
        .reduce((a, b) -> b);
    if (direction == TimeExpressions.Direction.FIRST) {
      return all.stream().filter(e -> !e.cancelled()).findFirst().orElse(all.get(0));
    }
    if (direction == TimeExpressions.Direction.LAST && !pastTense && next.isPresent()) {
      // "When's the last huddle?" of a series still running: its final occurrence.
      return all.stream().filter(e -> !e.cancelled()).reduce((a, b) -> b).orElseThrow();
    }
    boolean backwards = direction == TimeExpressions.Direction.LAST || pastTense && direction != TimeExpressions.Direction.NEXT;
    return (backwards ? last.or(() -> next) : next.or(() -> last)).orElse(all.get(0));
  }

  /**
   * Events (of a kind, in a window, next or last) when no single event is named.
   *
   * @param named the groups are those the question's words name ("the coaching sessions")
   */
  private ScheduleReply listing(List<CalendarVocabulary.Group> groups, boolean named, EventField.Asked asked,
      TimeExpressions.Reading time, TimeExpressions.Window window, Predicate<CalendarEvent> format, boolean pastTense,
      EventCalendar calendar, LocalDate today) {
    Predicate<CalendarEvent> chosen = e -> groups.stream().anyMatch(g -> g.seriesId().equals(e.seriesId()));
    Predicate<CalendarEvent> filter = chosen.and(format);
    String what = noun(asked.format());
    if (window != null) {
      List<CalendarEvent> in = calendar.between(window.first(), window.last()).stream().filter(filter)
          .filter(e -> time.direction() != TimeExpressions.Direction.UPCOMING || e.isUpcoming(today)).toList();
      if (time.direction() == TimeExpressions.Direction.NEXT || time.direction() == TimeExpressions.Direction.LAST
          || time.direction() == TimeExpressions.Direction.FIRST) {
        Optional<CalendarEvent> one = switch (time.direction()) {
          case NEXT -> in.stream().filter(e -> e.isUpcoming(today) && !e.cancelled()).findFirst();
          case FIRST -> in.stream().filter(e -> !e.cancelled()).findFirst();
          default -> in.stream().filter(e -> !(pastTense && e.isUpcoming(today)) && !e.cancelled())
              .reduce((a, b) -> b);
        };
        if (one.isPresent()) {
          return asked.fields().isEmpty() ? single(one.get(), time.direction(), what, today)
              : one(one.get(), asked, time, today, calendar);
        }
      }
      List<CalendarEvent> firsts = firstOfEachSeries(in.stream().filter(e -> !e.cancelled()).toList());
      if (!asked.fields().isEmpty() && firsts.size() == 1) {
        return one(firsts.get(0), asked, time, today, calendar);
      }
      if (in.isEmpty()) {
        List<CalendarEvent> otherFormat = asked.format() == null ? List.of() : calendar.between(window.first(), window.last())
            .stream().filter(chosen).filter(e -> !e.cancelled()).toList();
        // "Anything virtual in May?" where no event of that kind is in May, but a webinar is, or a
        // meeting on Teams: those are held online too, and are what was asked.
        List<CalendarEvent> online = asked.format() == null || asked.format().equals(EventField.IN_PERSON_FORMAT) ? List.of()
            : otherFormat.stream().filter(CalendarEvent::isOnline)
                .filter(e -> time.direction() != TimeExpressions.Direction.UPCOMING || e.isUpcoming(today)).toList();
        if (!online.isEmpty()) {
          return list(window.heading(), online, today);
        }
        if (!otherFormat.isEmpty()) {
          // "Is the January convening virtual?": none is, and the one there is says how it is held.
          ScheduleReply held = list(window.heading(), otherFormat, today);
          return ScheduleReply.of("No " + what + " is on the network's calendar for " + window.label() + ". What is:\n"
              + held.text(), held.events());
        }
        return ScheduleReply.of(NOTHING + "is on the network's calendar for " + window.label() + ". "
            + nextHint(calendar, today, filter), calendar.next(today, filter).stream().toList());
      }
      // "Anything tomorrow?" and an event known only as "some time in November": it may be then, or not.
      List<CalendarEvent> maybe = in.stream().filter(e -> onlyItsMonthIn(e, window)).toList();
      if (!maybe.isEmpty()) {
        return withMonthOnly(window, in.stream().filter(e -> !maybe.contains(e)).toList(), maybe, today);
      }
      if (in.stream().allMatch(CalendarEvent::cancelled)) {
        // Only what was called off: nothing takes place then.
        return ScheduleReply.of(NOTHING + "is on the network's calendar for " + window.label() + ": "
            + String.join("; ", in.stream().map(e -> e.title() + " " + CalendarEvent.on(e.when(networkZone))).toList())
            + (in.size() == 1 ? " has" : " have") + " been cancelled. [1]", List.of(in.get(0)));
      }
      return list(window.heading(), in, today);
    }
    switch (time.direction()) {
      case FIRST -> {
        Optional<CalendarEvent> first = calendar.all().stream().filter(filter).filter(e -> !e.cancelled()).findFirst();
        if (first.isPresent()) {
          return asked.fields().isEmpty() ? single(first.get(), TimeExpressions.Direction.FIRST, what, today)
              : one(first.get(), asked, time, today, calendar);
        }
      }
      case NEXT -> {
        Optional<CalendarEvent> next = calendar.next(today, filter);
        if (next.isEmpty()) {
          return nothingAhead(calendar, today, what, filter);
        }
        return asked.fields().isEmpty() ? single(next.get(), time.direction(), what, today)
            : one(next.get(), asked, time, today, calendar);
      }
      case LAST -> {
        Optional<CalendarEvent> last = calendar.last(today, filter);
        if (last.isEmpty()) {
          return ScheduleReply.of("No " + what + " has taken place yet. " + nextHint(calendar, today, filter),
              calendar.next(today, filter).stream().toList());
        }
        return asked.fields().isEmpty() ? single(last.get(), time.direction(), what, today)
            : one(last.get(), asked, time, today, calendar);
      }
      default -> { }
    }
    if (asked.fields().equals(EnumSet.of(EventField.COUNT)) && time.direction() == TimeExpressions.Direction.NONE) {
      // "How many webinars are there?": the events of that kind, counted, past and ahead; one
      // series alone says how many times it meets (EventFacts).
      List<CalendarEvent> held = calendar.all().stream().filter(filter).filter(e -> !e.cancelled()).toList();
      int seriesCount = firstOfEachSeries(held).size();
      if (seriesCount > 1) {
        String noun = asked.nouns().strip();
        return list("The network's calendar has " + seriesCount + (noun.isEmpty() ? " of them" : " " + noun) + ":",
            held, today);
      }
    }
    List<CalendarEvent> upcoming = calendar.upcoming(today).stream().filter(filter).toList();
    if (!asked.fields().isEmpty() && time.direction() == TimeExpressions.Direction.NONE) {
      // "How many spots are left?": the events that have what is asked.
      List<CalendarEvent> having = upcoming.stream().filter(e -> has(e, asked.fields())).toList();
      List<CalendarEvent> firsts = firstOfEachSeries(having);
      if (!firsts.isEmpty()) {
        // "Where is the board meeting?" with a winter and a spring one: each answers, soonest first.
        return eachOf(firsts, asked, time, today, calendar);
      }
      if (firsts.isEmpty() && !upcoming.isEmpty()) {
        CalendarEvent next = calendar.next(today, filter).orElse(upcoming.get(0));
        return one(next, asked, time, today, calendar);
      }
    }
    if (named && upcoming.isEmpty() && !asked.fields().isEmpty() && time.direction() == TimeExpressions.Direction.NONE) {
      // "What time do the coaching sessions start?" when all of them are past: what each one's last gave.
      List<CalendarEvent> past = new ArrayList<>(calendar.all().stream().filter(filter).filter(e -> !e.cancelled()).toList());
      Collections.reverse(past);
      List<CalendarEvent> lasts = firstOfEachSeries(past);
      if (!lasts.isEmpty()) {
        return eachOf(lasts, asked, time, today, calendar);
      }
    }
    if (upcoming.isEmpty()) {
      return nothingAhead(calendar, today, what, filter);
    }
    return list("Coming up:", upcoming, today);
  }

  /** What the calendar says of the fields asked of the event, in the zone asked in, with its series. */
  private EventFacts.Said said(CalendarEvent event, EventField.Asked asked, TimeExpressions.Reading time, LocalDate today,
      EventCalendar calendar) {
    return facts.answer(event, asked, time.zone(), today, rule(event), calendar.series(event.seriesId()));
  }

  /** The field asked of one event, or of each of the first {@link #EACH_LIMIT}. */
  private ScheduleReply eachOf(List<CalendarEvent> events, EventField.Asked asked, TimeExpressions.Reading time,
      LocalDate today, EventCalendar calendar) {
    return events.size() == 1 ? one(events.get(0), asked, time, today, calendar)
        : each(events.subList(0, Math.min(events.size(), EACH_LIMIT)), asked, time, today, calendar);
  }

  /** The field asked of each event, one after the other, each citing its own event. */
  private ScheduleReply each(List<CalendarEvent> events, EventField.Asked asked, TimeExpressions.Reading time,
      LocalDate today, EventCalendar calendar) {
    List<String> texts = new ArrayList<>();
    boolean answered = true;
    for (CalendarEvent event : events) {
      EventFacts.Said said = said(event, asked, time, today, calendar);
      texts.add(said.text() + " [" + (texts.size() + 1) + "]");
      answered &= said.answered();
    }
    ScheduleReply reply = ScheduleReply.of(String.join("\n", texts), events);
    return answered ? reply : reply.unanswered().fallback();
  }

  private static boolean has(CalendarEvent event, Set<EventField> fields) {
    for (EventField field : fields) {
      boolean has = switch (field) {
        case CAPACITY, PLACES_LEFT -> event.capacity() != null;
        case DEADLINE -> event.rsvpDeadline() != null;
        case AUDIENCE -> !event.audience().isEmpty();
        case WHERE -> !event.location().isEmpty();
        case ABOUT -> !event.description().isEmpty();
        case TIME -> event.start().precision() == 2;
        case STATUS -> event.cancelled();
        default -> true;
      };
      if (!has) {
        return false;
      }
    }
    return true;
  }

  private ScheduleReply single(CalendarEvent event, TimeExpressions.Direction direction, String what, LocalDate today) {
    boolean over = !event.isUpcoming(today);
    String lead = switch (direction) {
      case FIRST -> "The first " + what + (over ? " was the " : " is the ");
      case LAST -> over ? "The most recent " + what + " was the " : "The last " + what + " is the ";
      default -> over ? "The most recent " + what + " was the " : "The next " + what + " is the ";
    };
    return ScheduleReply.of(lead + facts.summary(event, networkZone, today) + " [1]", List.of(event));
  }

  /** "What comes after the kick-off?", "What's on before the board meeting?". */
  private ScheduleReply relative(TimeExpressions.Relation relation, TimeExpressions.Direction direction,
      CalendarVocabulary.Group anchorGroup, EventCalendar calendar, LocalDate today, Predicate<CalendarEvent> wanted) {
    CalendarEvent anchor = pick(anchorGroup, TimeExpressions.Direction.NONE, false, today);
    List<CalendarEvent> others = calendar.all().stream().filter(wanted)
        .filter(e -> !e.seriesId().equals(anchor.seriesId())).toList();
    String when = anchor.when(networkZone);
    if (relation == TimeExpressions.Relation.AFTER) {
      List<CalendarEvent> after = others.stream().filter(e -> e.start().firstDay().isAfter(anchor.lastDay())).toList();
      if (after.isEmpty()) {
        return ScheduleReply.of("Nothing is on the calendar after " + anchor.title() + " (" + when + "). [1]", List.of(anchor));
      }
      Optional<CalendarEvent> next = after.stream().filter(e -> !e.cancelled()).findFirst();
      if (next.isPresent() && (direction == TimeExpressions.Direction.NEXT || direction == TimeExpressions.Direction.FIRST)) {
        // "The next webinar after the kick-off": one event.
        return ScheduleReply.of("After " + anchor.title() + " (" + when + "), the next one is "
            + facts.summary(next.get(), networkZone, today) + " [1]", List.of(next.get()));
      }
      return list("After " + anchor.title() + " (" + when + "):", after, today);
    }
    List<CalendarEvent> before = new ArrayList<>(others.stream()
        .filter(e -> e.lastDay().isBefore(anchor.start().firstDay())).toList());
    if (before.isEmpty()) {
      return ScheduleReply.of("Nothing is on the calendar before " + anchor.title() + " (" + when + "). [1]", List.of(anchor));
    }
    Optional<CalendarEvent> last = before.stream().filter(e -> !e.cancelled()).reduce((a, b) -> b);
    if (last.isPresent() && (direction == TimeExpressions.Direction.LAST || direction == TimeExpressions.Direction.NEXT)) {
      // "The last meeting before the institute": one event.
      return ScheduleReply.of("Before " + anchor.title() + " (" + when + "), the last one is "
          + facts.summary(last.get(), networkZone, today) + " [1]", List.of(last.get()));
    }
    // The nearest ones before it, in calendar order.
    List<CalendarEvent> nearest = lastSeries(before, LIST_LIMIT);
    return list("Before " + anchor.title() + " (" + when + "):", nearest, today);
  }

  /** The events of the last {@code limit} series to appear, every occurrence kept. */
  private static List<CalendarEvent> lastSeries(List<CalendarEvent> events, int limit) {
    List<String> series = new ArrayList<>();
    for (int i = events.size() - 1; i >= 0 && series.size() < limit; i--) {
      if (!series.contains(events.get(i).seriesId())) {
        series.add(events.get(i).seriesId());
      }
    }
    return events.stream().filter(e -> series.contains(e.seriesId())).toList();
  }

  /** A titled list, each series on one line with its dates, cancelled ones marked. */
  private ScheduleReply list(String heading, List<CalendarEvent> events, LocalDate today) {
    Map<String, List<CalendarEvent>> bySeries = new LinkedHashMap<>();
    for (CalendarEvent event : events) {
      bySeries.computeIfAbsent(event.seriesId(), id -> new ArrayList<>()).add(event);
    }
    List<String> lines = new ArrayList<>();
    List<CalendarEvent> cited = new ArrayList<>();
    // A series is listed where its line's date falls: the first occurrence that is on, not one
    // called off before it ("CRT Coaches PLC — November 18 (not on November 4)" after November 13).
    Map<CalendarEvent, Integer> order = new HashMap<>();
    for (int i = 0; i < events.size(); i++) {
      order.putIfAbsent(events.get(i), i);
    }
    List<List<CalendarEvent>> inOrder = bySeries.values().stream()
        .sorted(Comparator.comparingInt(series -> order.get(firstOn(series)))).toList();
    for (List<CalendarEvent> series : inOrder) {
      if (cited.size() == LIST_LIMIT) {
        lines.add("…and " + (bySeries.size() - LIST_LIMIT) + " more: see /events.");
        break;
      }
      CalendarEvent first = firstOn(series);
      cited.add(first);
      lines.add("- " + line(series, today) + " [" + cited.size() + "]");
    }
    return ScheduleReply.of(heading + "\n" + String.join("\n", lines), cited);
  }

  /** The series' first occurrence that is not cancelled, or its first when all are. */
  private static CalendarEvent firstOn(List<CalendarEvent> series) {
    return series.stream().filter(e -> !e.cancelled()).findFirst().orElse(series.get(0));
  }

  /** Whether the event is known only by its month, and the window holds only part of that month. */
  private static boolean onlyItsMonthIn(CalendarEvent event, TimeExpressions.Window window) {
    return event.start() instanceof EventTime.Month month
        && (window.first().isAfter(month.firstDay()) || window.last().isBefore(month.lastDay()));
  }

  /** The events dated in the window, then those known only by a month it is part of, which may fall in it. */
  private ScheduleReply withMonthOnly(TimeExpressions.Window window, List<CalendarEvent> dated, List<CalendarEvent> maybe,
      LocalDate today) {
    ScheduleReply listed = dated.isEmpty()
        ? ScheduleReply.of(NOTHING + "is dated for " + window.label() + ".", List.of()) : list(window.heading(), dated, today);
    List<CalendarEvent> cited = new ArrayList<>(listed.events());
    StringBuilder text = new StringBuilder(listed.text())
        .append(maybe.size() == 1 ? "\nKnown only by its month, so it may fall then:" : "\nKnown only by their month, so they may fall then:");
    for (CalendarEvent event : maybe) {
      cited.add(event);
      text.append("\n- ").append(line(List.of(event), today)).append(" [").append(cited.size()).append(']');
    }
    return ScheduleReply.of(text.toString(), cited);
  }

  private String lines(List<CalendarEvent> events, LocalDate today) {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      lines.add("- " + line(List.of(events.get(i)), today) + " [" + (i + 1) + "]");
    }
    return String.join("\n", lines);
  }

  /** "Data Office Hours — Tuesdays December 1, 8, 15 and 29, 2026, 3:00–4:00 PM (not December 22)". */
  private String line(List<CalendarEvent> occurrences, LocalDate today) {
    CalendarEvent first = occurrences.get(0);
    List<CalendarEvent> held = occurrences.stream().filter(e -> !e.cancelled()).toList();
    List<CalendarEvent> called = occurrences.stream().filter(CalendarEvent::cancelled).toList();
    String past = !occurrences.get(occurrences.size() - 1).isUpcoming(today) ? " (past)" : "";
    if (occurrences.size() == 1 || held.size() <= 1 && called.size() <= 1) {
      CalendarEvent event = held.isEmpty() ? first : held.get(0);
      return event.title() + " — " + event.when(networkZone) + (event.cancelled() ? " (cancelled)" : past)
          + (held.size() == 1 && called.size() == 1 ? " (not on " + MONTH_DAY.format(called.get(0).start().firstDay()) + ")" : "");
    }
    String time = held.get(0).startTime(networkZone).isPresent()
        ? ", " + held.get(0).when(networkZone).replaceFirst("^[^,]+, [^,]+, \\d{4}, ", "") : "";
    String dates;
    if (held.size() > DATES_LISTED) {
      LocalDate from = held.get(0).start().firstDay();
      boolean twoYears = from.getYear() != held.get(held.size() - 1).start().firstDay().getYear();
      dates = rule(first) + ", " + MONTH_DAY.format(from) + (twoYears ? ", " + from.getYear() : "") + " – "
          + MONTH_DAY.format(held.get(held.size() - 1).start().firstDay()) + ", "
          + held.get(held.size() - 1).start().firstDay().getYear() + " (" + held.size() + " times)";
    } else {
      dates = dates(held.stream().map(e -> e.start().firstDay()).toList());
    }
    String skipped = called.isEmpty() ? ""
        : " (not on " + String.join(", ", called.stream().map(e -> MONTH_DAY.format(e.start().firstDay())).toList()) + ")";
    return first.title() + " — " + dates + time + skipped + past;
  }

  /** "December 1, 8 and 15, 2026", "November 24, December 1 and 8, 2026". */
  private static String dates(List<LocalDate> days) {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < days.size(); i++) {
      LocalDate day = days.get(i);
      boolean sameMonth = i > 0 && YearMonth.from(days.get(i - 1)).equals(YearMonth.from(day));
      parts.add(sameMonth ? String.valueOf(day.getDayOfMonth()) : MONTH_DAY.format(day));
    }
    String joined = parts.size() == 1 ? parts.get(0)
        : String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    return joined + ", " + days.get(days.size() - 1).getYear();
  }

  private static String rule(CalendarEvent event) {
    return event.recurrence() == null ? "" : event.recurrence().rule();
  }

  /** Never a wrong "next": say nothing is scheduled and show what happened last. */
  private ScheduleReply nothingAhead(EventCalendar calendar, LocalDate today, String what, Predicate<CalendarEvent> filter) {
    List<CalendarEvent> recent = firstOfEachSeries(calendar.past(today).stream().filter(filter).toList()).stream()
        .limit(3).toList();
    String text = NOTHING + "is scheduled after today (" + TODAY.format(today) + ") in the network's calendar"
        + (what.equals("event") ? "" : " for " + what + "s") + ".";
    if (!recent.isEmpty()) {
      text += " The most recent " + (recent.size() == 1 ? "one was" : "ones were") + ":\n" + lines(recent, today);
    }
    return ScheduleReply.of(text, recent);
  }

  private static List<CalendarEvent> firstOfEachSeries(List<CalendarEvent> events) {
    Map<String, CalendarEvent> first = new LinkedHashMap<>();
    events.forEach(e -> first.putIfAbsent(e.seriesId(), e));
    return List.copyOf(first.values());
  }

  private String nextHint(EventCalendar calendar, LocalDate today, Predicate<CalendarEvent> filter) {
    return calendar.next(today, filter)
        .map(e -> "The next one is the " + e.title() + ", " + e.when(networkZone) + ". [1]")
        .orElse("Nothing further is scheduled.");
  }

  /** The days asked about: the question's own window, or a month named without its year, resolved. */
  private static TimeExpressions.Window window(TimeExpressions.Reading time, EventCalendar calendar, LocalDate today) {
    if (time.window() != null || time.bareMonth() == null) {
      return time.window();
    }
    YearMonth month = resolve(time.bareMonth(), calendar, today);
    return new TimeExpressions.Window(month.atDay(1), month.atEndOfMonth(), EventTime.monthName(month));
  }

  /** A month named without a year means its next occurrence with events, else its most recent one. */
  private static YearMonth resolve(Month month, EventCalendar calendar, LocalDate today) {
    List<YearMonth> candidates = calendar.all().stream()
        .map(e -> YearMonth.from(e.start().firstDay()))
        .filter(m -> m.getMonth() == month)
        .distinct()
        .sorted()
        .toList();
    YearMonth now = YearMonth.from(today);
    return candidates.stream().filter(m -> !m.isBefore(now)).findFirst()
        .or(() -> candidates.stream().max(Comparator.naturalOrder()))
        .orElse(YearMonth.of(now.getMonth().compareTo(month) <= 0 ? now.getYear() : now.getYear() + 1, month));
  }

  /**
   * "Online" means held online; a format word that is also one of the calendar's kinds
   * ("virtual" where events are of kind virtual, apart from webinars) means that kind.
   */
  private Predicate<CalendarEvent> format(String format, CalendarVocabulary vocabulary) {
    if (format == null) {
      return event -> true;
    }
    if (format.equals(EventField.IN_PERSON_FORMAT)) {
      return CalendarEvent::isInPerson;
    }
    List<String> word = analysis.terms(format);
    boolean isKind = vocabulary.groups().stream().anyMatch(g -> analysis.terms(g.first().kind()).equals(word));
    return isKind ? event -> analysis.terms(event.kind()).equals(word) : CalendarEvent::isOnline;
  }

  private static String noun(String format) {
    return format == null ? "event" : format + " event";
  }

  /** The question's words that may name an event, spelling slips mended against the calendar's words. */
  private List<String> topic(String rest, CalendarVocabulary vocabulary) {
    return analysis.questionTerms(rest).stream().map(vocabulary::corrected).distinct().toList();
  }

  private static List<String> timeWords() {
    List<String> words = new ArrayList<>(TimeExpressions.monthAndWeekdayNames());
    words.replaceAll(word -> word.toLowerCase(Locale.ROOT));
    words.addAll(List.of("tomorrow", "today", "tonight", "weekend", "month", "year", "week", "next", "upcoming",
        "anything", "something", "happening", "scheduled", "schedule", "calendar", "event", "events", "meeting",
        "meetings", "session", "sessions",
        // The words of what is asked of an event (EventField): "rsvp deadlin" asks a deadline.
        "deadline", "register", "registration", "capacity", "location", "venue", "address", "cancelled", "canceled",
        "postponed", "audience", "duration", "agenda"));
    return List.copyOf(words);
  }

  private CalendarVocabulary vocabulary(EventCalendar calendar) {
    Vocabulary current = cached;
    if (current == null || current.calendar() != calendar) {
      current = new Vocabulary(calendar, new CalendarVocabulary(calendar, analysis));
      cached = current;
    }
    return current.words();
  }
}
