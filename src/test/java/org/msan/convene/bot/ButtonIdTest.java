package org.msan.convene.bot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

final class ButtonIdTest {

  @Test
  @DisplayName("A button id survives encoding and parsing")
  void roundTrip() {
    ButtonId id = ButtonId.of("rsvp", "mdn-kickoff", "going");

    assertThat(id.encode()).isEqualTo("rsvp:mdn-kickoff:going");
    assertThat(ButtonId.parse(id.encode())).contains(id);
    assertThat(ButtonId.parse("fb:42:up").orElseThrow().args()).isEqualTo(List.of("42", "up"));
  }

  @Test
  @DisplayName("Ids longer than Discord's 100 characters or with empty parts are refused")
  void refusesBadIds() {
    assertThatThrownBy(() -> ButtonId.of("rsvp", "x".repeat(100), "going")).isInstanceOf(IllegalArgumentException.class);
    assertThat(ButtonId.parse("rsvp::going")).isEmpty();
    assertThat(ButtonId.parse("")).isEmpty();
    assertThat(ButtonId.parse("x".repeat(101))).isEmpty();
  }
}
