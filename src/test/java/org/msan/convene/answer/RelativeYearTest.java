package org.msan.convene.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.msan.convene.knowledge.TextAnalysis;

final class RelativeYearTest {

  private static final TextAnalysis ANALYSIS = new TextAnalysis();

  @Test
  @DisplayName("This and next year are school years from today (August to July), said by a text that names them")
  void schoolYearsFromToday() {
    LocalDate february = LocalDate.of(2027, 2, 10);
    RelativeYear next = RelativeYear.in("when are next year's dues due", february).orElseThrow();
    assertThat(next.schoolYear()).isEqualTo(2027);
    assertThat(next.heldTerms("Dues for the 2027–28 year are due by April 30.", ANALYSIS)).isNotEmpty();
    assertThat(next.heldTerms("Dues for 2026–27 are due by April 30, 2027.", ANALYSIS)).isEmpty();
    assertThat(RelativeYear.in("what's on this school year", LocalDate.of(2026, 9, 1)).orElseThrow().schoolYear())
        .isEqualTo(2026);
    assertThat(RelativeYear.in("what happened in the last year of the grant", february)).isEmpty();
    assertThat(RelativeYear.in("is there funding for the next year of the pilot", february)).isEmpty();
  }
}
