package org.msan.convene.bot;

import java.util.List;
import java.util.Locale;
import org.msan.convene.events.CalendarEvent;
import org.msan.convene.rsvp.Rsvp;
import org.msan.convene.rsvp.RsvpChange;
import org.msan.convene.rsvp.RsvpStatus;

/** The words of an RSVP confirmation and of the message a promoted member gets. */
final class RsvpReplies {

  private RsvpReplies() {}

  static Reply confirmation(CalendarEvent event, RsvpChange change) {
    Rsvp rsvp = change.rsvp();
    String what = switch (rsvp.status()) {
      case GOING -> rsvp.waitlisted() ? "You're on the waitlist for " : "You're going to ";
      case MAYBE -> "You're a maybe for ";
      case NOT_GOING -> "You can't go to ";
    };
    StringBuilder text = new StringBuilder(what).append("**").append(event.title()).append("**");
    if (rsvp.guests() > 0) {
      text.append(" with ").append(rsvp.guests()).append(rsvp.guests() == 1 ? " guest" : " guests");
    }
    text.append('.');
    if (rsvp.waitlisted()) {
      text.append(" The event is full; I'll tell you if a place frees up.");
    }
    if (!rsvp.note().isEmpty()) {
      text.append(" Note: ").append(rsvp.note());
    }
    if (change.previous() != null && change.previous().status() != rsvp.status()) {
      text.append(" (changed from ").append(change.previous().status().label().toLowerCase(Locale.ROOT))
          .append(")");
    } else if (change.previous() != null) {
      text.append(" (updated)");
    }
    return Reply.privately(text.toString());
  }

  static String statusWord(RsvpStatus status, boolean waitlisted) {
    return waitlisted ? "waitlisted" : status.label().toLowerCase(Locale.ROOT);
  }
}
