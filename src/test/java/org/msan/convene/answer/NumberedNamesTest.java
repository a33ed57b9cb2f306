package org.msan.convene.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.msan.convene.knowledge.TextAnalysis;

final class NumberedNamesTest {

  private final TextAnalysis analysis = new TextAnalysis();

  @Test
  @DisplayName("A passage that numbers the thing asked, but never by the question's number, does not cover it")
  void otherNumber() {
    NumberedNames asked = NumberedNames.in("When are applications due for cohort 8?", analysis);

    assertThat(NumberedNames.in("Applications for Cohort 7 were due April 18, 2025.", analysis).cover(asked)).isFalse();
    assertThat(NumberedNames.in("Cohorts 7 and 8 apply in March.", analysis).cover(asked)).isTrue();
    // A passage that numbers no cohort may still say it.
    assertThat(NumberedNames.in("Applications are due in March.", analysis).cover(asked)).isTrue();
    assertThat(NumberedNames.in("Open to grades 3-8.", analysis).cover(NumberedNames.in("can grade 5 apply", analysis)))
        .isTrue();
    assertThat(NumberedNames.in("Open to grades 3-8.", analysis).cover(NumberedNames.in("can grade 9 apply", analysis)))
        .isFalse();
  }

  @Test
  @DisplayName("Dates, times, decimals and counts name nothing")
  void notNames() {
    assertThat(NumberedNames.in("It opens May 3 at 8:30, under Procedure 6.3, for 41,000 students.", analysis).numbers())
        .isEmpty();
  }

  @Test
  @DisplayName("A Roman numeral after a capitalised word numbers it as a digit does: \"Welding II\" is welding 2")
  void romanNumerals() {
    NumberedNames table = NumberedNames.in("Welding I: $85. Welding II / Fabrication: $120.", analysis);

    assertThat(table.numbers()).containsEntry("weld", java.util.Set.of(1, 2));
    assertThat(NumberedNames.in("MOTION: raise the Welding I fee to $95.", analysis)
        .cover(NumberedNames.in("what is the fee for welding 2", analysis))).isFalse();
    assertThat(table.cover(NumberedNames.in("what is the fee for welding 2", analysis))).isTrue();
    assertThat(NumberedNames.in("the mentor I had said so", analysis).numbers()).doesNotContainKey("mentor");
    assertThat(NumberedNames.in("THE MEETING I MISSED", analysis).numbers()).isEmpty();
  }
}
