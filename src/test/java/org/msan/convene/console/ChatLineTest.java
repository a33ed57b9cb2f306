package org.msan.convene.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

final class ChatLineTest {

  @Test
  @DisplayName("A slash command is read as Discord shows it, with quoted and unquoted values")
  void parsesCommands() {
    assertThat(ChatLine.parse("/rsvp event:mdn-kickoff status:going guests:1 note:vegetarian meal please"))
        .isEqualTo(new ChatLine.Command("rsvp", Map.of("event", "mdn-kickoff", "status", "going", "guests", "1",
            "note", "vegetarian meal please")));
    assertThat(ChatLine.parse("/rsvp note:\"time: 9am, room B\" event:x"))
        .isEqualTo(new ChatLine.Command("rsvp", Map.of("note", "time: 9am, room B", "event", "x")));
    assertThat(ChatLine.parse("/myrsvps")).isEqualTo(new ChatLine.Command("myrsvps", Map.of()));
  }

  @Test
  @DisplayName("A value typed before any name:value is kept apart, unquoted, for the session to place")
  void bareValues() {
    assertThat(ChatLine.parse("/notifications off")).isEqualTo(new ChatLine.Command("notifications", Map.of(), "off"));
    assertThat(ChatLine.parse("/rsvp mdn-kickoff status:going"))
        .isEqualTo(new ChatLine.Command("rsvp", Map.of("status", "going"), "mdn-kickoff"));
    assertThat(ChatLine.parse("/ask \"What is MSAN?\"")).isEqualTo(new ChatLine.Command("ask", Map.of(), "What is MSAN?"));
    assertThat(ChatLine.parse("/events when:past")).isEqualTo(new ChatLine.Command("events", Map.of("when", "past"), ""));
  }

  @Test
  @DisplayName("Presses, questions, !quit and malformed lines are told apart")
  void otherLines() {
    assertThat(ChatLine.parse("!press rsvp:x:going")).isEqualTo(new ChatLine.Press("rsvp:x:going"));
    assertThat(ChatLine.parse("When is the kick-off?")).isEqualTo(new ChatLine.Question("When is the kick-off?"));
    assertThat(ChatLine.parse("!submit teach:1 hello")).isInstanceOf(ChatLine.Invalid.class);
    assertThat(ChatLine.parse("/rsvp event:a event:b")).isInstanceOf(ChatLine.Invalid.class);
    assertThat(ChatLine.parse("/Bad!")).isInstanceOf(ChatLine.Invalid.class);
    assertThat(ChatLine.parse("!press")).isInstanceOf(ChatLine.Invalid.class);
    assertThat(ChatLine.parse(" !quit ")).isEqualTo(new ChatLine.Quit());
    assertThat(ChatLine.parse("!exit")).isEqualTo(new ChatLine.Quit());
    assertThat(ChatLine.parse("!quitting now")).isInstanceOf(ChatLine.Question.class);
  }
}
