package org.msan.convene.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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

  @Test
  @DisplayName("Its meaning weighs the passage's own similarity with its closest sentence's")
  void meaningOfPassageAndSentence() {
    assertThat(withSimilarities(0.6, 0.2).meaning()).isCloseTo(0.5, within(1e-9));
    assertThat(new Hit(FAQ, 1, 0.4, List.of(), Set.of(), Set.of(), Set.of()).meaning()).isCloseTo(0.4, within(1e-9));
  }

  private static final Passage CONTACT = new Passage("faq.md#1", "faq.md", "Member FAQ", "faq", "", List.of("Reimbursements"), 0,
      "Harold Pettigrew, our Business Manager, handles all reimbursements. Email him at hpettigrew@orpc.org. "
          + "Reimbursements are normally paid within 30 days.");

  @Test
  @DisplayName("Of the sentences that give what is asked, the closest; one that says \"him\" comes with the sentence naming him")
  void preferredSentenceWithWhomItMeans() {
    Hit hit = new Hit(CONTACT, 1, 0.4, List.of(0.3, 0.4, 0.6), Set.of(), Set.of(), Set.of());

    assertThat(hit.closestSentence()).contains("Reimbursements are normally paid within 30 days.");
    assertThat(hit.closestSentence(sentence -> sentence.contains("@")))
        .contains("Harold Pettigrew, our Business Manager, handles all reimbursements. Email him at hpettigrew@orpc.org.");
    assertThat(hit.closestSentence(sentence -> sentence.contains("$"))).contains("Reimbursements are normally paid within 30 days.");
  }
}
