package org.msan.convene.bot;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.msan.convene.events.CalendarEvent;
import org.msan.convene.events.CalendarService;
import org.msan.convene.events.EventCalendar;
import org.msan.convene.rsvp.RsvpCounts;
import org.msan.convene.rsvp.RsvpService;

/** {@code /events [when]}: the calendar, soonest first, with each event's RSVP counts. */
public final class EventsCommand implements BotCommand {

  public static final String WHEN = "when";
  private static final int MAX_EVENTS = 15;

  private final CalendarService calendars;
  private final RsvpService rsvps;
  private final Clock clock;

  public EventsCommand(CalendarService calendars, RsvpService rsvps, Clock clock) {
    this.calendars = calendars;
    this.rsvps = rsvps;
    this.clock = clock;
  }

  @Override
  public boolean forAnyServer() {
    return true;
  }

  @Override
  public String name() {
    return "events";
  }

  @Override
  public String description() {
    return "The convening calendar with RSVP counts";
  }

  @Override
  public List<OptionSpec> options() {
    return List.of(OptionSpec.choice(WHEN, "Which events (default: upcoming)", false, List.of("upcoming", "past", "all")));
  }

  @Override
  public Reply handle(CommandRequest request) {
    LocalDate today = LocalDate.now(clock);
    EventCalendar calendar = calendars.current();
    String when = request.find(WHEN).orElse("upcoming");
    List<CalendarEvent> events = EventCalendar.oneOfEachSeries(switch (when) {
      case "past" -> calendar.past(today);
      case "all" -> calendar.all();
      default -> calendar.upcoming(today);
    });
    if (events.isEmpty()) {
      String text = when.equals("upcoming") ? "Nothing is scheduled after today. Try /events when:past." : "No events.";
      return Reply.text(text);
    }
    List<CalendarEvent> shown = events.subList(0, Math.min(MAX_EVENTS, events.size()));
    Map<String, RsvpCounts> counts = rsvps.countsOf(shown.stream().map(CalendarEvent::id).toList());
    StringBuilder text = new StringBuilder();
    for (CalendarEvent event : shown) {
      text.append("- ").append(EventCards.line(event, counts.getOrDefault(event.id(), RsvpCounts.NONE), clock.getZone()))
          .append('\n');
    }
    if (events.size() > shown.size()) {
      text.append("…and ").append(events.size() - shown.size()).append(" more.\n");
    }
    String title = switch (when) {
      case "past" -> "Past events, most recent first";
      case "all" -> "All events";
      default -> "Upcoming events";
    };
    // One "📅 title" button per line (at most 15, within Discord's 25): each gives that event's calendar file.
    return Reply.embed(new Reply.Embed(title, text.toString().strip(), "", List.of(),
        "/event <id> for details and RSVP buttons · 📅 adds one to your calendar"))
        .withButtons(shown.stream().map(e -> AddToCalendarButton.button(e, "📅 " + e.title())).toList());
  }
}
