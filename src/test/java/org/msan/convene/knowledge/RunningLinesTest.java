package org.msan.convene.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

final class RunningLinesTest {

  @Test
  @DisplayName("Headers, footers and page numbers printed on every page go; headings and figures at a page's edge stay")
  void runningLinesOnly() {
    String text = RunningLines.removed(List.of(
        "Guide Page 1 of 3\nSection 2\nFirst page text.\nAlliance · 1\n",
        "Guide Page 2 of 3\nSection 4\nSecond page text.\n40\nAlliance · 2\n",
        "Guide Page 3 of 3\nSection 6\nThird page text.\n3\n"));

    assertThat(text).doesNotContain("Guide Page", "Alliance ·").doesNotContain("\n3\n");
    assertThat(text).contains("Section 2", "Section 4", "Section 6", "First page text.", "\n40\n");
  }

  @Test
  @DisplayName("One page keeps all but its own page number")
  void onePage() {
    assertThat(RunningLines.removed(List.of("Title\nBody text.\n2025\n1\n"))).isEqualTo("Title\nBody text.\n2025\n");
  }
}
