package org.msan.convene.events;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.apache.lucene.search.spell.LuceneLevenshteinDistance;
import org.apache.lucene.search.spell.StringDistance;
import org.msan.convene.knowledge.Problem;
import org.msan.convene.knowledge.TextNormalizer;

/** The convening calendar: every event that loaded, in order, and the problems of those that did not. */
public final class EventCalendar {

  private static final StringDistance SIMILARITY = new LuceneLevenshteinDistance();
  /**
   * How similar an id must be to be suggested for a mistyped one: at most a quarter of its letters
   * wrong ("open-webinr", "mdn-kcikoff" pass). Ids of one network share prefixes like "mdn-", so a
   * looser bound suggests ids that only share those.
   */
  private static final float CLOSE_ENOUGH = 0.75f;

  private final List<CalendarEvent> events;
  private final List<Problem> problems;
  private final List<Problem> unreadable;

  public EventCalendar(List<CalendarEvent> events, List<Problem> problems) {
    this(events, problems, List.of());
  }

  /**
   * @param problems those of events and fields, which leave one event or field out
   * @param unreadable those of files that could not be read to their end, which may leave out many
   */
  public EventCalendar(List<CalendarEvent> events, List<Problem> problems, List<Problem> unreadable) {
    this.events = events.stream().sorted(CalendarEvent.CHRONOLOGICAL).toList();
    this.unreadable = List.copyOf(unreadable);
    List<Problem> all = new ArrayList<>(unreadable);
    all.addAll(problems);
    this.problems = List.copyOf(all);
  }

  public List<CalendarEvent> all() {
    return events;
  }

  /** Every problem, those of files read in part first. */
  public List<Problem> problems() {
    return problems;
  }

  /** The problems of calendar files that could not be read to their end: their later events are missing. */
  public List<Problem> unreadable() {
    return unreadable;
  }

  public Optional<CalendarEvent> byId(String id) {
    return events.stream().filter(e -> e.id().equals(id)).findFirst();
  }

  /**
   * The event a member names by its id, or, when no id is that, by the start of ids ("/event
   * pl-meetup-20270316" for the id an exported calendar made of the UID
   * "pl-meetup-20270316@pncsa.org") or words of its title ("/event office hours"): the events of
   * the one title found, its first from {@code today} on that is not cancelled (its last when all
   * are past). Empty when what is named fits several titles.
   */
  public Optional<CalendarEvent> byIdOrTitle(String named, LocalDate today) {
    Optional<CalendarEvent> byId = byId(named);
    List<String> words = TextNormalizer.plainWords(named);
    if (byId.isPresent() || words.isEmpty()) {
      return byId;
    }
    String idStart = named.strip().toLowerCase(Locale.ROOT) + "-";
    List<CalendarEvent> byIdStart = events.stream().filter(e -> e.id().startsWith(idStart)).toList();
    List<CalendarEvent> titled = oneTitle(byIdStart) ? byIdStart
        : events.stream().filter(e -> TextNormalizer.plainWords(e.title()).containsAll(words)).toList();
    if (!oneTitle(titled)) {
      return Optional.empty();
    }
    return titled.stream().filter(e -> e.isUpcoming(today) && !e.cancelled()).findFirst()
        .or(() -> Optional.of(titled.get(titled.size() - 1)));
  }

  /** Occurrences of a series, or events of one title, are one thing a member names. */
  private static boolean oneTitle(List<CalendarEvent> events) {
    return events.stream().map(e -> TextNormalizer.plainWords(e.title())).distinct().count() == 1;
  }

  /**
   * The events with a recurring series once, in their order: the series' first occurrence in the
   * list that takes place (the next one, of upcoming events), or its first when all are cancelled,
   * where that occurrence falls, not where a cancelled one before it would.
   */
  public static List<CalendarEvent> oneOfEachSeries(List<CalendarEvent> events) {
    Map<String, CalendarEvent> shown = new HashMap<>();
    for (CalendarEvent event : events) {
      CalendarEvent seen = shown.get(event.seriesId());
      if (seen == null || seen.cancelled() && !event.cancelled()) {
        shown.put(event.seriesId(), event);
      }
    }
    return events.stream().filter(event -> shown.get(event.seriesId()) == event).toList();
  }

  /** Events not over yet, soonest first. */
  public List<CalendarEvent> upcoming(LocalDate today) {
    return events.stream().filter(e -> e.isUpcoming(today)).toList();
  }

  /** Events that are over, most recent first. */
  public List<CalendarEvent> past(LocalDate today) {
    return events.stream().filter(e -> !e.isUpcoming(today))
        .sorted(CalendarEvent.CHRONOLOGICAL.reversed()).toList();
  }

  /** The soonest event not over yet that passes the filter; a cancelled one is never next. */
  public Optional<CalendarEvent> next(LocalDate today, Predicate<CalendarEvent> filter) {
    return upcoming(today).stream().filter(e -> !e.cancelled()).filter(filter).findFirst();
  }

  /** The most recent event that took place and passes the filter; a cancelled one did not take place. */
  public Optional<CalendarEvent> last(LocalDate today, Predicate<CalendarEvent> filter) {
    return past(today).stream().filter(e -> !e.cancelled()).filter(filter).findFirst();
  }

  /** Events that may take place in the month: those starting in it, and longer ones running through it. */
  public List<CalendarEvent> in(YearMonth month) {
    return between(month.atDay(1), month.atEndOfMonth());
  }

  /** Events that may take place between two days, both included, soonest first. */
  public List<CalendarEvent> between(LocalDate first, LocalDate last) {
    return events.stream()
        .filter(e -> !e.start().firstDay().isAfter(last) && !e.lastDay().isBefore(first))
        .toList();
  }

  /** Every occurrence of a series (one event for a single one), soonest first. */
  public List<CalendarEvent> series(String seriesId) {
    return events.stream().filter(e -> e.seriesId().equals(seriesId)).toList();
  }

  /**
   * "There is no event 'x'.", the ids close enough to be what was meant, if any, and where the
   * list is — which differs between Discord and the command line.
   *
   * @param whereListed a sentence saying where to see the events
   */
  public String noSuchEvent(String eventId, String whereListed) {
    List<String> close = closestIds(eventId.strip(), 3);
    return "There is no event '" + eventId.strip() + "'. "
        + (close.isEmpty() ? "" : "Did you mean " + String.join(", ", close) + "? ") + whereListed;
  }

  /**
   * Ids close to a mistyped one, for "did you mean", most similar first: by the edit distance of
   * Lucene's spell checker ({@link LuceneLevenshteinDistance}: two swapped letters are one edit),
   * relative to the longer id; none when no id is {@link #CLOSE_ENOUGH}.
   */
  public List<String> closestIds(String id, int limit) {
    return events.stream().map(CalendarEvent::id)
        .filter(candidate -> SIMILARITY.getDistance(id, candidate) >= CLOSE_ENOUGH)
        .sorted(Comparator.comparingDouble((String candidate) -> SIMILARITY.getDistance(id, candidate)).reversed())
        .limit(limit).toList();
  }
}
