package org.msan.convene.events;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Objects;

/**
 * One convening, webinar or meeting of the calendar.
 *
 * @param id stable slug that RSVPs refer to
 * @param end null when the documents give none
 * @param capacity people including guests, or null for no limit
 * @param rsvpDeadline last day RSVPs are taken, or null for "until the event starts"
 * @param source the document it came from (a knowledge file or a URL)
 * @param file the calendar file it was read from, relative to the knowledge folder
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
    String file) {

  /** Soonest first; within a month, an event known only by its month comes before dated ones. */
  public static final Comparator<CalendarEvent> CHRONOLOGICAL = Comparator
      .comparing((CalendarEvent e) -> e.start().firstDay().withDayOfMonth(1))
      .thenComparingInt(e -> e.start().precision())
      .thenComparing(e -> e.start().firstDay())
      .thenComparing(e -> e.start() instanceof EventTime.Moment m ? m.at().toInstant() : null,
          Comparator.nullsFirst(Comparator.naturalOrder()))
      .thenComparing(CalendarEvent::id);

  public CalendarEvent {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(start, "start");
    kind = kind == null ? "" : kind;
    series = series == null ? "" : series;
    description = description == null ? "" : description;
    location = location == null ? "" : location;
    audience = audience == null ? "" : audience;
    source = source == null ? "" : source;
    file = file == null ? "" : file;
  }

  /** The last day the event may still be going on. */
  public LocalDate lastDay() {
    return end != null ? end.lastDay() : start.lastDay();
  }

  /** Upcoming until it is over: a month-only event stays upcoming until its month ends. */
  public boolean isUpcoming(LocalDate today) {
    return !lastDay().isBefore(today);
  }

  public String when(ZoneId networkZone) {
    String from = start.describe(networkZone);
    if (end == null || end.equals(start)) {
      return from;
    }
    return from + " to " + end.describe(networkZone).replace("some time in ", "");
  }
}
