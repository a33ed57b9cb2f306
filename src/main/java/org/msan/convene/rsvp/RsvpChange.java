package org.msan.convene.rsvp;

import java.util.List;

/**
 * What one RSVP did.
 *
 * @param previous the member's earlier RSVP, or null for a first answer
 * @param promoted members moved off the waitlist because this change freed places; they are told
 */
public record RsvpChange(Rsvp rsvp, Rsvp previous, List<Rsvp> promoted) {

  public RsvpChange {
    promoted = List.copyOf(promoted);
  }
}
