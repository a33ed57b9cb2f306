package org.msan.convene.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

final class SeasonsNamedTest {

  @Test
  @DisplayName("A question names a season, but not \"fall\" as a verb; autumn is fall")
  void asked() {
    assertThat(SeasonsNamed.asked("when is the spring superintendents retreat").seasons()).containsExactly("spring");
    assertThat(SeasonsNamed.asked("Is the autumn session online?").seasons()).containsExactly("fall");
    assertThat(SeasonsNamed.asked("what if the meeting falls on a holiday").isEmpty()).isTrue();
    assertThat(SeasonsNamed.asked("does it fall on a Monday").isEmpty()).isTrue();
    assertThat(SeasonsNamed.asked("When does the deadline fall?").isEmpty()).isTrue();
    assertThat(SeasonsNamed.asked("Which day does the holiday fall?").isEmpty()).isTrue();
    assertThat(SeasonsNamed.asked("when is the fall retreat").seasons()).containsExactly("fall");
    assertThat(SeasonsNamed.asked("what's due in fall 2027").seasons()).containsExactly("fall");
  }

  @Test
  @DisplayName("A passage about another season does not cover the one asked; one that names none may")
  void cover() {
    SeasonsNamed spring = SeasonsNamed.asked("when is the spring retreat");

    assertThat(SeasonsNamed.inPassage("Friday Notes\nSUPERINTENDENTS' FALL RETREAT", "The retreat is October 21.")
        .cover(spring)).isFalse();
    assertThat(SeasonsNamed.inPassage("Coaches", "The fall retreat is October 21.").cover(spring)).isFalse();
    assertThat(SeasonsNamed.inPassage("Retreats", "The Fall Retreat is in October, the Spring Retreat in April.")
        .cover(spring)).isTrue();
    assertThat(SeasonsNamed.inPassage("Coaches", "Students who fall behind get tutoring.").cover(spring)).isTrue();
    assertThat(SeasonsNamed.inPassage("Coaches", "The retreat is April 9.").cover(spring)).isTrue();
    assertThat(SeasonsNamed.inPassage("Fall Retreat", "").cover(SeasonsNamed.asked("where is the retreat"))).isTrue();
    assertThat(SeasonsNamed.inPassage("Fall 2026 Newsletter", "Save the date: spring retreat, April 9.").cover(spring))
        .isTrue();
  }
}
