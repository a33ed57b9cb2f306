package org.msan.convene.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

final class SentencesTest {

  @Test
  @DisplayName("A policy's lettered and numbered clauses are list items, each whole, as bullets are")
  void clausesAreListItems() {
    List<Sentences.Sentence> sentences = Sentences.of("""
        BRIC reimburses districts at the following rates:
        (a) $95 per half-day; the rate since 2025. It is paid monthly.
        b) $180 per full day.
        (iv) Claims filed late are not paid.
        3) Keep the payroll record.
        - Bring a laptop. And a charger.
        Membership runs from July 1. Dues are due September 30.""");

    assertThat(sentences).extracting(Sentences.Sentence::text).containsExactly(
        "BRIC reimburses districts at the following rates:",
        "(a) $95 per half-day; the rate since 2025. It is paid monthly.",
        "b) $180 per full day.",
        "(iv) Claims filed late are not paid.",
        "3) Keep the payroll record.",
        "- Bring a laptop. And a charger.",
        "Membership runs from July 1.",
        "Dues are due September 30.");
    assertThat(sentences).extracting(Sentences.Sentence::listItem)
        .containsExactly(false, true, true, true, true, true, false, false);
    assertThat(Sentences.withoutListMarker("(a) $95 per half-day;")).isEqualTo("$95 per half-day;");
    assertThat(Sentences.isListItem("(Jan–March) office hours")).isFalse();
    assertThat(Sentences.isListItem("(A) Goggles are worn at all times.")).isTrue();
    assertThat(Sentences.isListItem("(II) Gloves are worn at the forge.")).isTrue();
  }
}
