package org.msan.convene.bot;

import org.msan.convene.events.CalendarEvent;
import org.msan.convene.rsvp.Member;
import org.msan.convene.rsvp.RsvpService;

/** {@code /rsvp-close event} and {@code /rsvp-open event} (coordinators): stop or restart RSVPs. */
public final class RsvpLockCommand extends CoordinatorEventCommand {

  private final RsvpService rsvps;
  private final boolean close;

  private RsvpLockCommand(RsvpService rsvps, boolean close) {
    this.rsvps = rsvps;
    this.close = close;
  }

  public static RsvpLockCommand close(RsvpService rsvps) {
    return new RsvpLockCommand(rsvps, true);
  }

  public static RsvpLockCommand open(RsvpService rsvps) {
    return new RsvpLockCommand(rsvps, false);
  }

  @Override
  public String name() {
    return close ? "rsvp-close" : "rsvp-open";
  }

  @Override
  public String description() {
    return close ? "Stop taking RSVPs for an event (coordinators)" : "Take RSVPs for an event again (coordinators)";
  }

  @Override
  public Reply handle(CommandRequest request) {
    CalendarEvent event = rsvps.event(request.get(EVENT));
    boolean changed = rsvps.setClosed(event.id(), close, new Member(request.userId(), request.displayName()));
    String state = close ? "closed" : "open";
    return Reply.privately(changed ? "RSVPs for **" + event.title() + "** are now " + state + "."
        : "RSVPs for **" + event.title() + "** were already " + state + ".");
  }
}
