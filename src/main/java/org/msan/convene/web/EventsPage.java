package org.msan.convene.web;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import java.io.StringWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.msan.convene.events.CalendarEvent;
import org.msan.convene.events.CalendarExport;
import org.msan.convene.events.CalendarService;
import org.msan.convene.events.EventCalendar;
import org.msan.convene.events.EventTime;
import org.msan.convene.rsvp.RsvpCounts;
import org.msan.convene.rsvp.RsvpService;

/**
 * The public events page ({@code /}). In: the calendar, today, and RSVP counts; out: an HTML page
 * of the upcoming convenings, soonest first (a month-only one as "some time in …", a series once,
 * at its next session), each with its kind, location, places left and a link to its {@code .ics}.
 * It is rendered from {@code events.mustache}, which HTML-escapes every value from the calendar;
 * it shows counts only, never who answered.
 */
public final class EventsPage {

  /** Enough for a network's year; the feed and Discord have the rest. */
  static final int MAX_EVENTS = 100;
  /**
   * Soonest first: by first day (a month-only event on the first of its month, since it may be any
   * day of it), then by time. {@link CalendarEvent#CHRONOLOGICAL} puts every day-long event of a
   * month before its timed ones, whatever their days.
   */
  static final Comparator<CalendarEvent> SOONEST = Comparator
      .comparing((CalendarEvent e) -> e.start().firstDay())
      .thenComparingInt(e -> e.start().precision())
      .thenComparing(e -> e.start() instanceof EventTime.Moment m ? m.at().toInstant() : null,
          Comparator.nullsFirst(Comparator.naturalOrder()))
      .thenComparing(CalendarEvent::id);

  /** One convening as the page shows it; empty texts are left out. */
  public record Entry(String id, String title, String when, String repeats, String kind, String location,
      String placesLabel, String places, boolean cancelled, String icsPath) {

    /** A cancelled event's file takes it out of a calendar that has it. */
    public String icsLabel() {
      return cancelled ? "Remove from calendar" : "Add to calendar";
    }
  }

  /** What the template is given. */
  public record Model(String network, String today, String zone, List<Entry> events) {
    public boolean empty() {
      return events.isEmpty();
    }
  }

  private final CalendarService calendars;
  private final RsvpService rsvps;
  private final Clock clock;
  private final String network;
  private final Mustache template;

  /** @param clock today, in the network's zone (its zone) */
  public EventsPage(CalendarService calendars, RsvpService rsvps, Clock clock, String network) {
    this.calendars = Objects.requireNonNull(calendars, "calendars");
    this.rsvps = Objects.requireNonNull(rsvps, "rsvps");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.network = Objects.requireNonNull(network, "network");
    this.template = new DefaultMustacheFactory("org/msan/convene/web").compile("events.mustache");
  }

  /** The page as it is now. */
  public String render() {
    StringWriter html = new StringWriter();
    template.execute(html, model());
    return html.toString();
  }

  Model model() {
    LocalDate today = LocalDate.now(clock);
    List<CalendarEvent> shown = EventCalendar.oneOfEachSeries(calendars.current().upcoming(today)).stream()
        .sorted(SOONEST).toList();
    shown = shown.subList(0, Math.min(MAX_EVENTS, shown.size()));
    Map<String, RsvpCounts> counts = rsvps.countsOf(shown.stream().map(CalendarEvent::id).toList());
    List<Entry> entries = new ArrayList<>();
    for (CalendarEvent event : shown) {
      entries.add(entry(event, counts.getOrDefault(event.id(), RsvpCounts.NONE)));
    }
    return new Model(network, CalendarEvent.day(today),
        clock.getZone().getDisplayName(TextStyle.FULL, Locale.US), entries);
  }

  private Entry entry(CalendarEvent event, RsvpCounts counts) {
    String repeats = event.recurrence() == null ? "" : event.recurrence().rule();
    return new Entry(event.id(), event.title(), event.when(clock.getZone()), repeats, event.kind(), event.location(),
        event.capacity() == null ? "Going" : "Places", event.cancelled() ? "" : places(event, counts), event.cancelled(),
        CalendarExport.hasDays(event) ? "/events/" + event.id() + ".ics" : "");
  }

  /** "12 of 40 places left", "Full: new RSVPs join the waitlist", or for no limit "3 people"; guests count as people. */
  static String places(CalendarEvent event, RsvpCounts counts) {
    if (event.capacity() == null) {
      int people = counts.goingPeople();
      return people == 0 ? "No one yet" : people + (people == 1 ? " person" : " people");
    }
    int left = Math.max(0, event.capacity() - counts.goingPeople());
    if (left == 0) {
      return "Full: new RSVPs join the waitlist";
    }
    return left + " of " + event.capacity() + (left == 1 ? " place left" : " places left");
  }
}
