package org.msan.convene.answer;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.msan.convene.events.CalendarEvent;
import org.msan.convene.events.EventCalendar;
import org.msan.convene.knowledge.TextAnalysis;

/**
 * Answers questions about the calendar relative to today: the next or last event (of a kind), what
 * happens in a month, when a named event is, and what an event is about. Says "some time in October
 * 2019" for an event known by its month: it never makes a day up.
 */
final class ScheduleAnswerer {

  private static final DateTimeFormatter TODAY = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.US);
  /** Words of event titles too common to name one event on their own. */
  private static final Set<String> GENERIC_TITLE_TERMS = Set.of(
      "network", "conven", "virtual", "person", "face", "1", "2", "dai", "day", "webinar", "team", "in");
  private static final int LIST_LIMIT = 5;
  private static final Pattern WHERE =
      Pattern.compile("\\b(where|location|venue|place)\\b", Pattern.CASE_INSENSITIVE);
  private static final Set<String> DIRECTION_WORDS = Set.of("next", "upcom", "come", "up", "last", "previou",
      "recent", "latest", "soon", "futur", "todai", "now");
  private static final Set<String> CALENDAR_WORDS = Set.of("next", "upcom", "come", "up", "last", "previou",
      "recent", "latest", "event", "schedul", "calendar", "network", "midwest", "district", "msan", "soon",
      "futur", "remain", "on", "plan", "agenda", "program", "2019", "2020", "20", "year", "now", "todai", "dai");

  private final TextAnalysis analysis;
  private final ZoneId networkZone;

  ScheduleAnswerer(TextAnalysis analysis, ZoneId networkZone) {
    this.analysis = analysis;
    this.networkZone = networkZone;
  }

  /** The calendar's answer, or empty when the question is not about the calendar. */
  Optional<ScheduleReply> answer(String question, EventCalendar calendar, LocalDate today) {
    if (calendar.all().isEmpty()) {
      return Optional.empty();
    }
    ScheduleQuestion asked = ScheduleQuestion.read(question, today);
    Optional<CalendarEvent> named = named(question, calendar);
    Predicate<CalendarEvent> ofKind = kindFilter(asked.kind());
    boolean asksAboutAnEvent = asked.asksContent() && (asked.kind() != null || asked.aboutTime());
    if (named.isPresent() && (asked.asksWhen() || asked.aboutTime() || asksAboutAnEvent)) {
      return Optional.of(about(named.get(), asked, today));
    }
    YearMonth month = asked.month() != null ? asked.month() : resolve(asked.monthWithoutYear(), calendar, today);
    if (month != null) {
      List<CalendarEvent> inMonth = calendar.in(month).stream().filter(ofKind).toList();
      if (inMonth.size() == 1 && asked.asksContent()) {
        return Optional.of(about(inMonth.get(0), asked, today));
      }
      if (asked.direction() == ScheduleQuestion.Direction.NONE || !inMonth.isEmpty()) {
        return Optional.of(inMonth(month, inMonth, calendar, today, ofKind));
      }
    }
    boolean aboutCalendar = asked.kind() != null || asked.asksWhen() || onlyCalendarWords(question);
    return switch (asked.direction()) {
      case NEXT -> aboutCalendar ? Optional.of(next(calendar, today, asked.kind(), ofKind)) : Optional.empty();
      case LAST -> aboutCalendar ? Optional.of(last(calendar, today, asked.kind(), ofKind)) : Optional.empty();
      case UPCOMING -> aboutCalendar ? Optional.of(upcoming(calendar, today, asked.kind(), ofKind)) : Optional.empty();
      case NONE -> asked.asksWhen() && asked.kind() != null && !"convening".equals(asked.kind())
          ? Optional.of(allOfKind(calendar, today, asked.kind(), ofKind)) : Optional.empty();
    };
  }

  /** "What's coming up?", "What's next for the network?": nothing asked but the calendar. */
  private boolean onlyCalendarWords(String question) {
    return CALENDAR_WORDS.containsAll(analysis.questionTerms(question));
  }

  /**
   * The event the question names: one whose title holds at least half of the question's words,
   * including a word only that kind of event has ("kick-off", "review").
   */
  private Optional<CalendarEvent> named(String question, EventCalendar calendar) {
    List<String> asked = analysis.questionTerms(question).stream().filter(t -> !DIRECTION_WORDS.contains(t)).toList();
    CalendarEvent best = null;
    double bestShare = 0;
    for (CalendarEvent event : calendar.all()) {
      Set<String> title = new HashSet<>(analysis.terms(event.title() + " " + event.id().replace('-', ' ')));
      List<String> matched = asked.stream().filter(title::contains).toList();
      boolean distinctive = matched.stream().anyMatch(t -> !GENERIC_TITLE_TERMS.contains(t));
      double share = asked.isEmpty() ? 0 : (double) matched.size() / asked.size();
      if (distinctive && share >= 0.5 && share > bestShare) {
        best = event;
        bestShare = share;
      }
    }
    return Optional.ofNullable(best);
  }

  private ScheduleReply about(CalendarEvent event, ScheduleQuestion asked, LocalDate today) {
    StringBuilder text = new StringBuilder(event.title()).append(": ").append(event.when(networkZone));
    if (!event.location().isEmpty()) {
      text.append(", ").append(event.location());
    }
    text.append(event.isUpcoming(today) ? "." : " (already past).");
    if (!event.description().isEmpty()) {
      text.append(' ').append(event.description());
    }
    if (event.location().isEmpty() && WHERE.matcher(asked.question()).find()) {
      text.append(" The documents don't say where it will be held yet.");
    }
    return ScheduleReply.of(text.append(" [1]").toString(), List.of(event));
  }

  private ScheduleReply next(EventCalendar calendar, LocalDate today, String kind, Predicate<CalendarEvent> ofKind) {
    Optional<CalendarEvent> next = calendar.next(today, ofKind);
    if (next.isEmpty()) {
      return nothingAhead(calendar, today, kind, ofKind);
    }
    CalendarEvent event = next.get();
    String text = "The next " + noun(kind) + " is the " + event.title() + ", " + event.when(networkZone)
        + (event.location().isEmpty() ? "" : ", " + event.location()) + ". [1]";
    return ScheduleReply.of(text, List.of(event));
  }

  private ScheduleReply last(EventCalendar calendar, LocalDate today, String kind, Predicate<CalendarEvent> ofKind) {
    Optional<CalendarEvent> last = calendar.last(today, ofKind);
    if (last.isEmpty()) {
      return ScheduleReply.of("No " + noun(kind) + " has taken place yet. " + nextHint(calendar, today, ofKind),
          calendar.next(today, ofKind).stream().toList());
    }
    CalendarEvent event = last.get();
    return ScheduleReply.of("The most recent " + noun(kind) + " was the " + event.title() + ", "
        + event.when(networkZone) + ". [1]", List.of(event));
  }

  private ScheduleReply upcoming(EventCalendar calendar, LocalDate today, String kind, Predicate<CalendarEvent> ofKind) {
    List<CalendarEvent> upcoming = calendar.upcoming(today).stream().filter(ofKind).limit(LIST_LIMIT).toList();
    if (upcoming.isEmpty()) {
      return nothingAhead(calendar, today, kind, ofKind);
    }
    return ScheduleReply.of("Coming up:\n" + lines(upcoming), upcoming);
  }

  private ScheduleReply allOfKind(EventCalendar calendar, LocalDate today, String kind, Predicate<CalendarEvent> ofKind) {
    List<CalendarEvent> upcoming = calendar.upcoming(today).stream().filter(ofKind).limit(LIST_LIMIT).toList();
    if (!upcoming.isEmpty()) {
      return ScheduleReply.of("Coming up (" + plural(kind) + "):\n" + lines(upcoming), upcoming);
    }
    return nothingAhead(calendar, today, kind, ofKind);
  }

  /** Never a wrong "next": say nothing is scheduled and show what happened last. */
  private ScheduleReply nothingAhead(EventCalendar calendar, LocalDate today, String kind, Predicate<CalendarEvent> ofKind) {
    List<CalendarEvent> recent = calendar.past(today).stream().filter(ofKind).limit(3).toList();
    String text = "Nothing is scheduled after today (" + TODAY.format(today) + ") in the network's calendar"
        + (kind == null ? "" : " for " + plural(kind)) + ".";
    if (!recent.isEmpty()) {
      text += " The most recent " + (recent.size() == 1 ? "one was" : "ones were") + ":\n" + lines(recent);
    }
    return ScheduleReply.of(text, recent);
  }

  private ScheduleReply inMonth(YearMonth month, List<CalendarEvent> events, EventCalendar calendar, LocalDate today,
      Predicate<CalendarEvent> ofKind) {
    String name = month.getMonth().getDisplayName(TextStyle.FULL, Locale.US) + " " + month.getYear();
    if (events.isEmpty()) {
      return ScheduleReply.of("Nothing is on the network's calendar for " + name + ". " + nextHint(calendar, today, ofKind),
          calendar.next(today, ofKind).stream().toList());
    }
    return ScheduleReply.of("In " + name + ":\n" + lines(events), events);
  }

  private String nextHint(EventCalendar calendar, LocalDate today, Predicate<CalendarEvent> ofKind) {
    return calendar.next(today, ofKind)
        .map(e -> "The next one is the " + e.title() + ", " + e.when(networkZone) + ". [1]")
        .orElse("Nothing further is scheduled.");
  }

  private String lines(List<CalendarEvent> events) {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      CalendarEvent event = events.get(i);
      lines.add("- " + event.title() + " — " + event.when(networkZone) + " [" + (i + 1) + "]");
    }
    return String.join("\n", lines);
  }

  /** A month named without a year means its next occurrence with events, else its most recent one. */
  private static YearMonth resolve(Month month, EventCalendar calendar, LocalDate today) {
    if (month == null) {
      return null;
    }
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

  private static Predicate<CalendarEvent> kindFilter(String kind) {
    if (kind == null) {
      return event -> true;
    }
    if (kind.equals("convening")) {
      return event -> event.title().toLowerCase(Locale.ROOT).matches(".*\\b(convening|kick-off|kickoff)\\b.*");
    }
    return event -> event.kind().equalsIgnoreCase(kind);
  }

  private static String noun(String kind) {
    if (kind == null) {
      return "event";
    }
    return switch (kind) {
      case "convening", "webinar" -> kind;
      case "in-person" -> "in-person convening";
      default -> kind + " event";
    };
  }

  private static String plural(String kind) {
    return noun(kind) + "s";
  }

  /** A calendar answer: its text, with [n] citing events.get(n-1). */
  record ScheduleReply(String text, List<CalendarEvent> events) {
    static ScheduleReply of(String text, List<CalendarEvent> events) {
      return new ScheduleReply(text, List.copyOf(events));
    }
  }
}
