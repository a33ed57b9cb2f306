package org.msan.convene.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

final class HitTest {

  private static final Passage FAQ = new Passage("faq.md#0", "faq.md", "Member FAQ", "faq", "", List.of("Contacts"), 0,
      "Where is the office? The office is at 412 Harbor Street, Lake Harbor. Is parking free? Yes, in the north lot.");

  private static Hit withSimilarities(Double... similarities) {
    return new Hit(FAQ, 1, 0.4, List.of(similarities), Set.of(), Set.of(), Set.of());
  }

  @Test
  @DisplayName("A question the document asks, closest in meaning, comes with the sentence that answers it")
  void questionWithItsAnswer() {
    assertThat(withSimilarities(0.6, 0.3, 0.2, 0.1).closestSentence())
        .contains("Where is the office? The office is at 412 Harbor Street, Lake Harbor.");
  }

  @Test
  @DisplayName("A closest sentence that is no question comes alone")
  void sentenceAlone() {
    assertThat(withSimilarities(0.2, 0.3, 0.1, 0.6).closestSentence()).contains("Yes, in the north lot.");
    assertThat(withSimilarities(0.2, 0.1, 0.1).closestSentence()).isEmpty();
  }
}
