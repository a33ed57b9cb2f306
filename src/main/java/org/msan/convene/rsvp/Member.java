package org.msan.convene.rsvp;

import java.util.Objects;

/** Who is acting: a Discord user (or a console user), by id and the name others see. */
public record Member(String id, String displayName) {

  public Member {
    Objects.requireNonNull(id, "id");
    displayName = displayName == null || displayName.isBlank() ? id : displayName;
  }
}
