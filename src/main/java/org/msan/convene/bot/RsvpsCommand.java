package org.msan.convene.bot;

import java.util.List;
import org.msan.convene.events.CalendarEvent;
import org.msan.convene.rsvp.Rsvp;
import org.msan.convene.rsvp.RsvpService;

/** {@code /rsvps event} (coordinators): counts by status, then each member with guests and note. */
public final class RsvpsCommand extends CoordinatorEventCommand {

  private final RsvpService rsvps;

  public RsvpsCommand(RsvpService rsvps) {
    this.rsvps = rsvps;
  }

  @Override
  public String name() {
    return "rsvps";
  }

  @Override
  public String description() {
    return "Who is coming to an event (coordinators)";
  }

  @Override
  public Reply handle(CommandRequest request) {
    CalendarEvent event = rsvps.event(request.get(EVENT));
    List<Rsvp> roster = rsvps.roster(event.id());
    StringBuilder text = new StringBuilder("**").append(event.title()).append("**: ")
        .append(rsvps.counts(event.id()).summary());
    if (event.capacity() != null) {
      text.append(" (capacity ").append(event.capacity()).append(')');
    }
    if (rsvps.isClosed(event.id())) {
      text.append(" · RSVPs closed");
    }
    for (Rsvp rsvp : roster) {
      text.append("\n- ").append(rsvp.displayName()).append(": ")
          .append(RsvpReplies.statusWord(rsvp.status(), rsvp.waitlisted()));
      if (rsvp.guests() > 0) {
        text.append(", +").append(rsvp.guests());
      }
      if (!rsvp.note().isEmpty()) {
        text.append(" — ").append(rsvp.note());
      }
    }
    if (roster.isEmpty()) {
      text.append("\nNo RSVPs yet.");
    }
    return Reply.privately(text.toString());
  }
}
