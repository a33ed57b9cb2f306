package org.msan.convene.events;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One convening, webinar or meeting of the calendar; for a recurring series, one occurrence of it.
 *
 * @param id stable slug that RSVPs refer to; an occurrence's id ends with its date
 * @param end null when the documents give none
 * @param capacity people including guests, or null for no limit
 * @param rsvpDeadline last day RSVPs are taken, or null for "until the event starts"
 * @param source the document it came from (a knowledge file or a URL)
 * @param file the calendar file it was read from, relative to the knowledge folder
 * @param cancelled true when the calendar says it is called off (iCalendar STATUS:CANCELLED, EXDATE)
 * @param recurrence the series this is an occurrence of, or null for a single event
 */
public record CalendarEvent(
    String id,
    String title,
    EventTime start,
    EventTime end,
    String kind,
    String series,
    String description,
    String location,
    String audience,
    Integer capacity,
    LocalDate rsvpDeadline,
    String source,
    String file,
    boolean cancelled,
    Recurrence recurrence) {

  /**
   * The series an occurrence belongs to, and what it takes to write the series back as iCalendar.
   *
   * @param seriesId the id shared by every occurrence (an occurrence's id is {@code seriesId-yyyy-mm-dd})
   * @param rule how often it repeats, in words ("weekly on Tuesdays")
   * @param rrule the series' RRULE value as its calendar file gives it ("FREQ=WEEKLY;BYDAY=TU"), or empty
   *     when its dates are listed (RDATE)
   * @param original the start the series gives this occurrence (its RECURRENCE-ID), in UTC when the
   *     series is written in UTC; null when unknown (then its start)
   * @param overridden true when the calendar file changes this occurrence on its own (a VEVENT with
   *     RECURRENCE-ID: moved, retitled or cancelled), rather than the series' rule and EXDATE
   */
  public record Recurrence(String seriesId, String rule, String rrule, EventTime original, boolean overridden) {

    public Recurrence {
      Objects.requireNonNull(seriesId, "seriesId");
      rule = rule == null ? "" : rule;
      rrule = rrule == null ? "" : rrule;
    }

    /** A series known by its id and its rule in words only. */
    public Recurrence(String seriesId, String rule) {
      this(seriesId, rule, "", null, false);
    }
  }

  /** Soonest first; within a month, an event known only by its month comes before dated ones. */
  public static final Comparator<CalendarEvent> CHRONOLOGICAL = Comparator
      .comparing((CalendarEvent e) -> e.start().firstDay().withDayOfMonth(1))
      // An event known only by its month comes first in its month; the rest by day, then day-long before timed.
      .thenComparing(e -> !(e.start() instanceof EventTime.Month))
      .thenComparing(e -> e.start().firstDay())
      .thenComparingInt(e -> e.start().precision())
      .thenComparing(e -> e.start() instanceof EventTime.Moment m ? m.at().toInstant() : null,
          Comparator.nullsFirst(Comparator.naturalOrder()))
      .thenComparing(CalendarEvent::id);

  /** Where online meetings say they are: a link or a meeting service rather than a place. */
  private static final Pattern ONLINE_LOCATION = Pattern.compile(
      "https?://|\\b(online|virtual|zoom|teams meeting|microsoft teams|webex|google meet)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern ONLINE_KIND = Pattern.compile("\\b(virtual|online|webinar|remote)\\b",
      Pattern.CASE_INSENSITIVE);

  /** What a calendar writes where a place is not decided yet: "TBD", "TBA", "to be announced". */
  private static final Pattern UNDECIDED = Pattern.compile("(?i)tb[ad]\\.?|to be (determined|decided|announced|confirmed)");

  public CalendarEvent {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(start, "start");
    kind = kind == null ? "" : kind;
    series = series == null ? "" : series;
    description = description == null ? "" : description;
    // "TBD" is a place not given yet: no place to say the event is "at".
    location = location == null || UNDECIDED.matcher(location.strip()).matches() ? "" : location;
    audience = audience == null ? "" : audience;
    source = source == null ? "" : source;
    file = file == null ? "" : file;
  }

  /** A single event, neither cancelled nor recurring. */
  public CalendarEvent(String id, String title, EventTime start, EventTime end, String kind, String series,
      String description, String location, String audience, Integer capacity, LocalDate rsvpDeadline, String source,
      String file) {
    this(id, title, start, end, kind, series, description, location, audience, capacity, rsvpDeadline, source, file,
        false, null);
  }

  /** The id that groups this event with the rest of its series; its own id when it is single. */
  public String seriesId() {
    return recurrence == null ? id : recurrence.seriesId();
  }

  /** The last day the event may still be going on. */
  public LocalDate lastDay() {
    return end != null ? end.lastDay() : start.lastDay();
  }

  /** Upcoming until it is over: a month-only event stays upcoming until its month ends. */
  public boolean isUpcoming(LocalDate today) {
    return !lastDay().isBefore(today);
  }

  /** Held online: its kind says so (virtual, webinar) or its location is a link or a meeting service. */
  public boolean isOnline() {
    return ONLINE_KIND.matcher(kind).find() || ONLINE_LOCATION.matcher(location).find();
  }

  /** Held in a place: its kind says in person, or it has a location that is not an online one. */
  public boolean isInPerson() {
    String flat = kind.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    return flat.contains("inperson") || flat.contains("facetoface") || !isOnline() && !location.isEmpty();
  }

  /** How long it lasts, when both ends are times; days are counted by {@link #days()}. */
  public Optional<Duration> duration() {
    if (start instanceof EventTime.Moment from && end instanceof EventTime.Moment to
        && from.at().toLocalDate().equals(to.at().withZoneSameInstant(from.at().getZone()).toLocalDate())) {
      return Optional.of(Duration.between(from.at(), to.at()));
    }
    return Optional.empty();
  }

  /** The number of calendar days it spans, when both ends are known to the day. */
  public Optional<Integer> days() {
    // A month gives no count of days; a time without an end gives no length at all.
    if (start.precision() == 0 || end != null && end.precision() == 0 || end == null && start.precision() == 2) {
      return Optional.empty();
    }
    return Optional.of((int) (lastDay().toEpochDay() - start.firstDay().toEpochDay()) + 1);
  }

  public String when(ZoneId networkZone) {
    return WhenText.describe(start, end, networkZone);
  }

  /**
   * A when ({@link #when}) after a verb: "on Friday, May 8, 2026", but "some time in May 2026" as
   * it is, as a month gives no day to be on.
   */
  public static String on(String when) {
    return when.startsWith("some time") ? when : "on " + when;
  }

  /** A day as members read it everywhere: "Friday, January 8, 2027" (an RSVP deadline, the last day of an event). */
  public static String day(LocalDate day) {
    return WhenText.day(day);
  }

  /** When it is on another zone's clocks, the zone named: "Thursday, January 21, 2027, 9:00–11:00 AM Central Time". */
  public String whenIn(ZoneId zone) {
    if (!(start instanceof EventTime.Moment from)) {
      return when(zone);
    }
    EventTime shownEnd = end instanceof EventTime.Moment to ? new EventTime.Moment(to.at().withZoneSameInstant(zone)) : end;
    String text = WhenText.describe(new EventTime.Moment(from.at().withZoneSameInstant(zone)), shownEnd, zone);
    return text + " " + zone.getDisplayName(java.time.format.TextStyle.FULL, Locale.US);
  }

  /** The starting time alone, "1:00 PM", with its zone named when it is not the network's; empty for a day or month. */
  public Optional<String> startTime(ZoneId networkZone) {
    return start instanceof EventTime.Moment moment ? Optional.of(WhenText.clock(moment.at(), networkZone)) : Optional.empty();
  }

  /** The starting time on another zone's clocks, "3:00 PM", the zone not named; empty for a day or month. */
  public Optional<String> startTimeIn(ZoneId zone) {
    return start instanceof EventTime.Moment moment
        ? Optional.of(WhenText.clock(moment.at().withZoneSameInstant(zone), zone)) : Optional.empty();
  }

  /** The ending time alone, like {@link #startTime}. */
  public Optional<String> endTime(ZoneId networkZone) {
    return end instanceof EventTime.Moment moment ? Optional.of(WhenText.clock(moment.at(), networkZone)) : Optional.empty();
  }
}
