package org.msan.convene.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

final class YearsNamedTest {

  @Test
  @DisplayName("School years and calendar years are read in every form; amounts and long numbers are not years")
  void read() {
    assertThat(YearsNamed.in("the windows for 2026–27 and 2028-2029").schoolYears()).containsExactlyInAnyOrder(2026, 2028);
    assertThat(YearsNamed.in("in 2027, $2,019 and 20,250 students").years()).containsExactly(2027);
    assertThat(YearsNamed.in("2019-20 and 2019-2021").schoolYears()).containsExactly(2019);
  }

  @Test
  @DisplayName("A text covers the years asked when it names them, or none at all")
  void cover() {
    YearsNamed asked = YearsNamed.in("When are the testing windows for 2026–27?");

    assertThat(YearsNamed.in("Guidelines 2025–26: testing from February 23 to March 13, 2026").cover(asked)).isFalse();
    assertThat(YearsNamed.in("Applications open September 1, 2026").cover(asked)).isTrue();
    assertThat(YearsNamed.in("Guidelines 2026–27").cover(YearsNamed.in("Is the seal offered in 2027?"))).isTrue();
    assertThat(YearsNamed.in("Guidelines 2026–27: testing in February").cover(asked)).isTrue();
    assertThat(YearsNamed.in("Testing runs from February 22, 2027").cover(asked)).isTrue();
    assertThat(YearsNamed.in("Testing runs each February").cover(asked)).isTrue();
    assertThat(YearsNamed.in("Applications for the 2026 cohort close March 6, 2026.")
        .cover(YearsNamed.in("When do applications for the 2026 cohort close?"))).isTrue();
    assertThat(YearsNamed.in("The 2024 institute was in June 2024.")
        .cover(YearsNamed.in("When is the 2025 institute?"))).isFalse();
  }

  @Test
  @DisplayName("\"Last year\" is the school year before today's, or a text that says it tells of a past year")
  void lastYear() {
    LocalDate today = LocalDate.of(2026, 12, 2);
    String asked = "How many applications did the grant receive last year?";

    assertThat(YearsNamed.coversLastYear(asked, "The total pool for 2026-27 is $210,000.", today)).isFalse();
    assertThat(YearsNamed.coversLastYear(asked, "In 2025–26, 318 students completed 1,962 sessions.", today)).isTrue();
    assertThat(YearsNamed.coversLastYear(asked, "Last year the panel funded 14 of 41 applications.", today)).isTrue();
    assertThat(YearsNamed.coversLastYear(asked, "Applications open September 1, 2026.", today)).isFalse();
    assertThat(YearsNamed.coversLastYear("How many applications are funded?", "The pool for 2026-27.", today)).isTrue();
    assertThat(YearsNamed.coversLastYear(asked, "In 2023-24 the panel funded 9.", LocalDate.of(2025, 6, 1))).isTrue();
    assertThat(YearsNamed.coversLastYear(asked, "In 2022-23 the panel funded 9.", LocalDate.of(2025, 6, 1))).isFalse();
    assertThat(YearsNamed.coversLastYear(asked, "The 2024–25 panel funded 9.", today)).isFalse();
    assertThat(YearsNamed.coversLastYear(asked, "In 2025 the panel funded 9.", LocalDate.of(2026, 3, 1))).isTrue();
    assertThat(YearsNamed.coversLastYear("What happens in the last year of the grant?", "The grant ends in 2028.", today))
        .isTrue();
  }
}
