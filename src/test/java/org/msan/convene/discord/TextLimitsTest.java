package org.msan.convene.discord;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

final class TextLimitsTest {

  @Test
  @DisplayName("A line end in the second half of the limit wins over a later sentence end")
  void linesFirst() {
    String text = "a".repeat(12) + "\n" + "Bb. " + "c".repeat(10);

    assertThat(TextLimits.split(text, 20)).containsExactly("a".repeat(12), "Bb. " + "c".repeat(10));
  }

  @Test
  @DisplayName("A line end early in the piece is passed over for a sentence end, so no piece is needlessly short")
  void noShortPieces() {
    String text = "Hi\nThe first sentence. The second one goes on.";

    assertThat(TextLimits.split(text, 30)).containsExactly("Hi\nThe first sentence.", "The second one goes on.");
  }

  @Test
  @DisplayName("Without a line or sentence end the cut is at a space; a word longer than the limit is cut in it")
  void wordsThenAnywhere() {
    assertThat(TextLimits.split("one two three four", 12)).containsExactly("one two", "three four");
    assertThat(TextLimits.split("x".repeat(25), 10)).containsExactly("x".repeat(10), "x".repeat(10), "x".repeat(5));
  }

  @Test
  @DisplayName("Empty text is one empty piece; a text within the limit is kept whole, stripped")
  void shortTexts() {
    assertThat(TextLimits.split("", 10)).containsExactly("");
    assertThat(TextLimits.split("  short  ", 10)).containsExactly("short");
  }

  @Test
  @DisplayName("Trimming keeps a text that fits, else cuts at a sentence and ends with …, within the limit")
  void trims() {
    assertThat(TextLimits.trim("Fits.", 10)).isEqualTo("Fits.");
    String trimmed = TextLimits.trim("First part. Second part is long.", 20);
    assertThat(trimmed).isEqualTo("First part.…").hasSizeLessThanOrEqualTo(20);
  }
}
