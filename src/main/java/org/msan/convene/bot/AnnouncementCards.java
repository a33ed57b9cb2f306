package org.msan.convene.bot;

import java.time.Clock;
import org.msan.convene.events.CalendarEvent;
import org.msan.convene.rsvp.RsvpService;

/** The public card of an event, with its counts as they are now: posted by /announce, redrawn on RSVP changes. */
public final class AnnouncementCards {

  private final RsvpService rsvps;
  private final Clock clock;

  public AnnouncementCards(RsvpService rsvps, Clock clock) {
    this.rsvps = rsvps;
    this.clock = clock;
  }

  /**
   * Whether the event's cards still need to follow its RSVPs: it is in the calendar and not over.
   * A card of a removed or past event keeps what it last showed.
   */
  public boolean follows(String eventId) {
    return rsvps.calendarEvent(eventId).filter(event -> event.isUpcoming(java.time.LocalDate.now(clock))).isPresent();
  }

  /** @param channelId where to post it, or null for where the command was run */
  public Reply.Announcement card(String eventId, String channelId) {
    CalendarEvent event = rsvps.event(eventId);
    return new Reply.Announcement(event.id(), channelId,
        EventCards.card(event, rsvps.counts(event.id()), rsvps.isClosed(event.id()), clock.getZone()),
        EventCards.buttons(event));
  }
}
