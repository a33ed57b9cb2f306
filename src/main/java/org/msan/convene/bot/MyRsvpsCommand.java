package org.msan.convene.bot;

import java.time.ZoneId;
import java.util.List;
import org.msan.convene.events.CalendarService;
import org.msan.convene.rsvp.Rsvp;
import org.msan.convene.rsvp.RsvpService;

/** {@code /myrsvps}: the member's own RSVPs, only to them. */
public final class MyRsvpsCommand implements BotCommand {

  private final RsvpService rsvps;
  private final CalendarService calendars;
  private final ZoneId zone;

  public MyRsvpsCommand(RsvpService rsvps, CalendarService calendars, ZoneId zone) {
    this.rsvps = rsvps;
    this.calendars = calendars;
    this.zone = zone;
  }

  @Override
  public String name() {
    return "myrsvps";
  }

  @Override
  public String description() {
    return "Your RSVPs";
  }

  @Override
  public boolean repliesPrivately() {
    return true;
  }

  @Override
  public Reply handle(CommandRequest request) {
    List<Rsvp> mine = rsvps.mine(request.userId());
    if (mine.isEmpty()) {
      return Reply.privately("You haven't RSVPed to anything yet. See /events.");
    }
    StringBuilder text = new StringBuilder("Your RSVPs:\n");
    for (Rsvp rsvp : mine) {
      var event = calendars.current().byId(rsvp.eventId());
      text.append("- ").append(event.map(e -> "**" + e.title() + "** (" + e.when(zone) + ")").orElse(rsvp.eventId()))
          .append(": ").append(RsvpReplies.statusWord(rsvp.status(), rsvp.waitlisted()));
      if (rsvp.guests() > 0) {
        text.append(", +").append(rsvp.guests());
      }
      if (!rsvp.note().isEmpty()) {
        text.append(" — ").append(rsvp.note());
      }
      text.append('\n');
    }
    return Reply.privately(text.toString().strip());
  }
}
