package org.msan.convene.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

final class AnswerTest {

  private static Source source(int rank, String path) {
    return new Source(rank, path, path, "", 1.0, "", "", "");
  }

  @Test
  @DisplayName("Citations are numbered in the order the text gives them, the sources with them, uncited ones last")
  void citationsInOrder() {
    Answer answer = new Answer("q", true, "Launching in Fall 2019. [1]\n\n$20,000 per team. [5] See [1] and [3].",
        Answer.EXTRACTIVE, List.of(source(1, "a.md"), source(2, "b.md"), source(3, "c.md"), source(4, "d.md"),
            source(5, "e.md")), 0);

    Answer ordered = answer.withCitationsInOrder();

    assertThat(ordered.text()).isEqualTo("Launching in Fall 2019. [1]\n\n$20,000 per team. [2] See [1] and [3].");
    assertThat(ordered.sources()).extracting(Source::rank, Source::path).containsExactly(
        tuple(1, "a.md"), tuple(2, "e.md"),
        tuple(3, "c.md"), tuple(4, "b.md"),
        tuple(5, "d.md"));
    assertThat(new Answer("q", true, "A [2] and a footnote [9].", Answer.EXTRACTIVE,
        List.of(source(1, "a.md"), source(2, "b.md")), 0).withCitationsInOrder().text())
        .as("a number no source has is left as written").isEqualTo("A [1] and a footnote [9].");
    Answer several = new Answer("q", true, "Both say so [2, 1]. And [2].", Answer.LLM,
        List.of(source(1, "a.md"), source(2, "b.md")), 0);
    assertThat(several.withCitationsInOrder()).as("a mark citing several is not renumbered, so nothing is")
        .isSameAs(several);
  }
}
