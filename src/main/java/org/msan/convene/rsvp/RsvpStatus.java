package org.msan.convene.rsvp;

import java.util.Locale;
import java.util.Optional;

/** A member's answer to an event. */
public enum RsvpStatus {
  GOING("going", "Going"),
  MAYBE("maybe", "Maybe"),
  NOT_GOING("not_going", "Can't go");

  private final String code;
  private final String label;

  RsvpStatus(String code, String label) {
    this.code = code;
    this.label = label;
  }

  /** As stored and as typed in commands and button ids: going, maybe, not_going. */
  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  /** Accepts the code, the label and a few ways people write them ("not going", "no", "yes"). */
  public static Optional<RsvpStatus> parse(String text) {
    String value = text.strip().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_').replace("’", "'");
    return switch (value) {
      case "going", "yes", "attending" -> Optional.of(GOING);
      case "maybe", "tentative" -> Optional.of(MAYBE);
      case "not_going", "notgoing", "no", "can't_go", "cant_go", "declined" -> Optional.of(NOT_GOING);
      default -> Optional.empty();
    };
  }
}
