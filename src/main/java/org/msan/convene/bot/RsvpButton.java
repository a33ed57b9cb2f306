package org.msan.convene.bot;

import org.msan.convene.events.CalendarEvent;
import org.msan.convene.rsvp.Member;
import org.msan.convene.rsvp.RsvpService;
import org.msan.convene.rsvp.RsvpStatus;

/**
 * Going / Maybe / Can't go on an event card: {@code rsvp:<eventId>:<status>}. Keeps the member's
 * guests and note from an earlier RSVP.
 */
public final class RsvpButton implements ButtonAction {

  public static final String PREFIX = "rsvp";

  private final RsvpService rsvps;

  public RsvpButton(RsvpService rsvps) {
    this.rsvps = rsvps;
  }

  @Override
  public String prefix() {
    return PREFIX;
  }

  @Override
  public Reply press(ButtonId id, CommandRequest request) {
    CalendarEvent event = rsvps.event(id.arg(0));
    RsvpStatus status = RsvpStatus.parse(id.arg(1))
        .orElseThrow(() -> new IllegalArgumentException("That button no longer does anything."));
    return RsvpReplies.confirmation(event,
        rsvps.rsvp(new Member(request.userId(), request.displayName()), event.id(), status, null, null));
  }
}
