package org.msan.convene.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

final class LineBreakHyphensTest {

  private static final Set<String> WORDS = Set.of("teachers", "free", "ship", "ships", "install", "ing", "member",
      "meeting", "partnership");

  @Test
  @DisplayName("A word cut by the wrap joins; a prefix and a compound of a word keep the hyphen")
  void dictionary() {
    LineBreakHyphens hyphens = LineBreakHyphens.of("", WORDS::contains);

    assertThat(hyphens.keepsHyphen("teach", "ers")).isFalse();
    assertThat(hyphens.keepsHyphen("install", "ments")).isFalse();
    assertThat(hyphens.keepsHyphen("meet", "ing")).isFalse();
    assertThat(hyphens.keepsHyphen("onboard", "ing")).isFalse();
    assertThat(hyphens.keepsHyphen("Non", "member")).isTrue();
    assertThat(hyphens.keepsHyphen("gluten", "free")).isTrue();
    assertThat(hyphens.keepsHyphen("partner", "ships")).isFalse();
  }

  @Test
  @DisplayName("How the document writes the word elsewhere comes before the word list")
  void documentEvidence() {
    LineBreakHyphens hyphens = LineBreakHyphens.of(
        "Mentorship pairs meet monthly. Lunch is nut-free. Co-teaching is welcome.", WORDS::contains);

    assertThat(hyphens.keepsHyphen("mentor", "ship")).isFalse();
    assertThat(hyphens.keepsHyphen("nut", "free")).isTrue();
    assertThat(hyphens.keepsHyphen("co", "teaching")).isTrue();
  }
}
