package org.msan.convene.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

final class SourceTest {

  private static Source source(String title, String section) {
    return new Source(1, "faq.md", title, section, 0, "", "", "");
  }

  @Test
  @DisplayName("A first heading that restates the title, in its words or spelling out its acronym, is said once")
  void headingThatRestatesTheTitle() {
    assertThat(source("GLEC Frequently Asked Questions",
        "Great Lakes Equity Collaborative — Frequently Asked Questions › Membership").label())
        .isEqualTo("GLEC Frequently Asked Questions › Membership");
    assertThat(source("ORPC Member FAQ", "Member FAQ › Can the consortium help with licensure?").label())
        .isEqualTo("ORPC Member FAQ › Can the consortium help with licensure?");
    assertThat(source("Member FAQ", "Member FAQ").label()).isEqualTo("Member FAQ");
  }

  @Test
  @DisplayName("Headings that say more than the title are kept, in order")
  void headingsThatSayMore() {
    assertThat(source("The Strategy", "Lever 1: Empower School Communities › We will do that through").label())
        .isEqualTo("The Strategy › Lever 1: Empower School Communities › We will do that through");
    assertThat(source("GLEC Handbook", "Great Lakes Travel › Mileage").label())
        .isEqualTo("GLEC Handbook › Great Lakes Travel › Mileage");
    assertThat(source("Handbook", "").label()).isEqualTo("Handbook");
    // Short words alone restate nothing; an acronym is one the title writes in capitals.
    assertThat(source("Handbook", "FAQ › Dues").label()).isEqualTo("Handbook › FAQ › Dues");
    assertThat(source("Summer Institute Guide", "Day 1 › Morning").label()).isEqualTo("Summer Institute Guide › Day 1 › Morning");
    assertThat(source("Guide to Membership", "Travel Options").label()).isEqualTo("Guide to Membership › Travel Options");
  }
}
