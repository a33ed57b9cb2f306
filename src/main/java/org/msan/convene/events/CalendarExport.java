package org.msan.convene.events;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import net.fortuna.ical4j.model.component.VEvent;
import org.msan.convene.database.Database;

/**
 * The calendar as iCalendar files: one event's (for "Add to calendar") and the whole network's
 * feed ({@code /calendar.ics}). In: an event id, or nothing for the feed; out: the file's bytes, or
 * for an event known only by its month the reason there is none. Every entry carries a SEQUENCE
 * that rises when its content changes, kept in the database, so the two stay in step.
 */
public final class CalendarExport {

  /** The feed keeps events this many days after they end, so a calendar still shows recent ones. */
  public static final int PAST_DAYS = 90;

  /** One event's file, or why there is none. */
  public sealed interface EventFile permits Ready, NoDay {
    CalendarEvent event();
  }

  /** The file of an event, or of the whole series an occurrence belongs to. */
  public record Ready(CalendarEvent event, String fileName, byte[] content) implements EventFile {}

  /** An event known only by its month (or ending in a month): it can't be put on a day. */
  public record NoDay(CalendarEvent event) implements EventFile {}

  /**
   * The whole calendar, with what HTTP caching needs.
   *
   * @param etag a strong entity tag of the content, quotes included
   * @param lastModified when this content was first served by this process, to the second
   */
  public record Feed(byte[] content, String etag, Instant lastModified) {}

  private final CalendarService calendars;
  private final PublishedSequences sequences;
  private final Clock clock;
  private final Clock today;
  private EventCalendar feedCalendar;
  private String feedName;
  private LocalDate feedDay;
  private Feed feed;

  /** @param clock today, in the network's zone (its zone), and when a change was seen */
  public CalendarExport(CalendarService calendars, Database database, Clock clock) {
    this(calendars, database, clock, clock);
  }

  /**
   * @param clock the wall clock: when a change was seen (SEQUENCE, DTSTAMP, Last-Modified)
   * @param today which days the feed covers ({@code --today}), in the network's zone (its zone)
   */
  public CalendarExport(CalendarService calendars, Database database, Clock clock, Clock today) {
    this.calendars = Objects.requireNonNull(calendars, "calendars");
    this.sequences = new PublishedSequences(database, clock);
    this.clock = Objects.requireNonNull(clock, "clock");
    this.today = Objects.requireNonNull(today, "today");
  }

  /** The file for an event (a whole series for an occurrence); empty when the calendar has no such id. */
  public Optional<EventFile> event(String eventId) {
    EventCalendar calendar = calendars.current();
    Optional<CalendarEvent> found = calendar.byId(eventId.strip());
    if (found.isEmpty()) {
      return Optional.empty();
    }
    CalendarEvent event = found.get();
    if (!IcsWriter.placeable(event)) {
      return Optional.of(new NoDay(event));
    }
    List<CalendarEvent> entry = calendar.series(event.seriesId()).stream().filter(IcsWriter::placeable).toList();
    List<VEvent> components = IcsWriter.components(entry);
    IcsWriter.Revision revision = sequences.revise(Map.of(event.seriesId(), IcsWriter.contentHash(components)))
        .get(event.seriesId());
    IcsWriter.revise(components, revision);
    return Optional.of(new Ready(event, event.seriesId() + ".ics",
        IcsWriter.write(List.of(components), null, null)));
  }

  /**
   * Every event and series with a known day that is upcoming or ended in the last {@link #PAST_DAYS}
   * days, cancelled ones included (so calendars remove them). Built again only when the calendar
   * is reloaded or the day changes.
   *
   * @param calendarName what a subscribed calendar is called in members' calendar apps
   */
  public synchronized Feed feed(String calendarName) {
    EventCalendar calendar = calendars.current();
    LocalDate day = LocalDate.now(today);
    if (feed != null && calendar == feedCalendar && day.equals(feedDay) && calendarName.equals(feedName)) {
      return feed;
    }
    LocalDate from = day.minusDays(PAST_DAYS);
    Map<String, List<CalendarEvent>> entries = new LinkedHashMap<>();
    for (CalendarEvent event : calendar.all()) {
      if (IcsWriter.placeable(event)) {
        entries.computeIfAbsent(event.seriesId(), id -> new ArrayList<>()).add(event);
      }
    }
    entries.values().removeIf(entry -> entry.stream().allMatch(e -> e.lastDay().isBefore(from)));
    Map<String, List<VEvent>> components = new LinkedHashMap<>();
    Map<String, String> hashes = new LinkedHashMap<>();
    entries.forEach((id, entry) -> {
      List<VEvent> written = IcsWriter.components(entry);
      components.put(id, written);
      hashes.put(id, IcsWriter.contentHash(written));
    });
    Map<String, IcsWriter.Revision> revisions = sequences.revise(hashes);
    components.forEach((id, written) -> IcsWriter.revise(written, revisions.get(id)));
    byte[] content = IcsWriter.write(List.copyOf(components.values()), calendarName, clock.getZone());
    String etag = "\"" + hash(content) + "\"";
    Instant lastModified;
    if (feed != null && feed.etag().equals(etag)) {
      lastModified = feed.lastModified();
    } else {
      // Later than any Last-Modified served before, so If-Modified-Since never hides a change.
      Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
      lastModified = feed != null && !now.isAfter(feed.lastModified()) ? feed.lastModified().plusSeconds(1) : now;
    }
    feed = new Feed(content, etag, lastModified);
    feedCalendar = calendar;
    feedDay = day;
    feedName = calendarName;
    return feed;
  }

  private static String hash(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content), 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Whether the event has a calendar file: its days are known (not a month alone). */
  public static boolean hasDays(CalendarEvent event) {
    return IcsWriter.placeable(event);
  }

  /** The UID an event or series has in every file and in the feed. */
  public static String uid(CalendarEvent event) {
    return IcsWriter.uid(event.seriesId());
  }
}
