package org.msan.convene.rsvp;

/** How many have answered each way; {@code goingPeople} counts guests, {@code waitlisted} is outside it. */
public record RsvpCounts(int going, int goingPeople, int maybe, int notGoing, int waitlisted) {

  public static final RsvpCounts NONE = new RsvpCounts(0, 0, 0, 0, 0);

  public String summary() {
    String text = going + " going" + (goingPeople > going ? " (" + goingPeople + " people)" : "")
        + ", " + maybe + " maybe, " + notGoing + " can't go";
    return waitlisted > 0 ? text + ", " + waitlisted + " waitlisted" : text;
  }
}
