package org.msan.convene.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

final class ChunkerTest {

  private final Chunker chunker = new Chunker();

  @Test
  @DisplayName("Each section becomes its own passage with the document title and heading path")
  void passagesNeverMixSections() {
    SourceDocument doc = new SourceDocument("guide.md", "Guide", "network", "https://x", "", List.of(
        new Section(List.of("Guide"), "Intro."),
        new Section(List.of("Guide", "Cost"), "It costs $10."),
        new Section(List.of("Guide", "Cost", "Discounts"), "Groups pay less.")));

    List<Passage> passages = chunker.passages(doc);

    assertThat(passages).extracting(Passage::text).containsExactly("Intro.", "It costs $10.", "Groups pay less.");
    assertThat(passages).extracting(Passage::section).containsExactly("", "Cost", "Cost › Discounts");
    assertThat(passages).extracting(Passage::id).containsExactly("guide.md#0", "guide.md#1", "guide.md#2");
    assertThat(passages.get(1).title()).isEqualTo("Guide");
    assertThat(passages.get(0).ownHeading()).isEqualTo("Guide");
  }

  @Test
  @DisplayName("A long section is split at sentence boundaries into passages near the target size")
  void longSectionsSplitAtSentences() {
    String sentence = "Teams meet every month to review what they learned from students and families. ";
    String text = sentence.repeat(40).strip();
    SourceDocument doc = new SourceDocument("long.md", "Long", "", "", "", List.of(new Section(List.of("Part"), text)));

    List<Passage> passages = chunker.passages(doc);

    assertThat(passages).hasSizeGreaterThan(3);
    for (Passage passage : passages) {
      assertThat(passage.text()).endsWith("families.").startsWith("Teams");
      assertThat(passage.text().length()).isLessThanOrEqualTo(Chunker.TARGET_CHARS);
      assertThat(passage.headings()).containsExactly("Part");
    }
    assertThat(String.join(" ", passages.stream().map(Passage::text).toList())).isEqualTo(text);
  }

  @Test
  @DisplayName("A title or an initial before a name does not end a sentence; a period before a capital otherwise does")
  void titlesAndInitials() {
    assertThat(Chunker.sentences("Contact Dr. Aisha Benning, Research Director. Mrs. Lee and John F. Kennedy agree. "
        + "We met in Ohio. Then we left. Yes. Members pay nothing. See Amy. She knows."))
        .containsExactly("Contact Dr. Aisha Benning, Research Director. ", "Mrs. Lee and John F. Kennedy agree. ",
            "We met in Ohio. ", "Then we left. ", "Yes. ", "Members pay nothing. ", "See Amy. ", "She knows.");
  }
}
