package org.msan.convene.bot;

import java.time.Clock;
import java.util.List;
import org.msan.convene.events.CalendarEvent;
import org.msan.convene.rsvp.RsvpService;

/** {@code /event event}: one event's card with Going / Maybe / Can't go buttons. */
public final class EventCommand implements BotCommand {

  public static final String EVENT = "event";

  private final RsvpService rsvps;
  private final Clock clock;

  public EventCommand(RsvpService rsvps, Clock clock) {
    this.rsvps = rsvps;
    this.clock = clock;
  }

  @Override
  public boolean forAnyServer() {
    return true;
  }

  @Override
  public String name() {
    return "event";
  }

  @Override
  public String description() {
    return "One event, with RSVP buttons";
  }

  @Override
  public List<OptionSpec> options() {
    return List.of(OptionSpec.event(EVENT, "The event"));
  }

  @Override
  public Reply handle(CommandRequest request) {
    CalendarEvent event = rsvps.event(request.get(EVENT));
    return Reply.embed(EventCards.card(event, rsvps.counts(event.id()), rsvps.isClosed(event.id()), clock.getZone()))
        .withButtons(EventCards.buttons(event));
  }
}
