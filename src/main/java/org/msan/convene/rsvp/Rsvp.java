package org.msan.convene.rsvp;

import java.time.Instant;

/**
 * One member's RSVP to one event.
 *
 * @param waitlisted true while a "going" answer waits for a place
 */
public record Rsvp(
    String eventId,
    String userId,
    String displayName,
    RsvpStatus status,
    int guests,
    String note,
    boolean waitlisted,
    Instant updatedAt) {

  /** People this RSVP brings: the member and their guests. */
  public int people() {
    return 1 + guests;
  }
}
