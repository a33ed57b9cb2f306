package org.msan.convene.events;

/** How many people (guests included) have said they are going to an event, for "how many places are left". */
@FunctionalInterface
public interface Attendance {

  /** Nobody yet: for answers without an RSVP store. */
  Attendance NONE = eventId -> 0;

  int peopleGoing(String eventId);
}
