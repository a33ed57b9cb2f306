package org.msan.convene.rsvp;

/** An RSVP that the rules refuse (closed, past the deadline, bad value, unknown event); the message is for the member. */
public final class RsvpException extends RuntimeException {

  public RsvpException(String message) {
    super(message);
  }
}
