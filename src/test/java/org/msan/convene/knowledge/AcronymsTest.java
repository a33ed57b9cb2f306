package org.msan.convene.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

final class AcronymsTest {

  @Test
  @DisplayName("A definition in parentheses gives the words its letters begin, minor words allowed")
  void definitions() {
    assertThat(Acronyms.in(List.of(
        "Teams join the Regional Practitioner Council (RPC) each fall.",
        "They learn the Leading for Equity (LFE) framework.",
        "Read the strategic plan (PDF) first.")))
        .containsEntry("rpc", "regional practitioner council")
        .containsEntry("lfe", "leading for equity")
        .doesNotContainKey("pdf");
  }

  @Test
  @DisplayName("A name's last word may stand outside its letters (\"… Mentoring Program (NTIM)\"), never a two-letter acronym's")
  void lastWordOutsideTheLetters() {
    assertThat(Acronyms.in(List.of(
        "Welcome to the New Teacher Induction & Mentoring Program (NTIM)!",
        "Ask the Data Exchange Office (DE) first.")))
        .containsEntry("ntim", "new teacher induction & mentoring")
        .doesNotContainKey("de");
  }

  @Test
  @DisplayName("An acronym in capitals is the one name the documents write with its initials, never a guess between two")
  void acronymsWithoutDefinition() {
    assertThat(Acronyms.in(List.of("The Youth Writing Project hosts us.", "Apply to YWP by June.")))
        .containsEntry("ywp", "youth writing project");
    assertThat(Acronyms.in(List.of("The Youth Writing Project and the Young Women's Program.", "Apply to YWP.")))
        .doesNotContainKey("ywp");
  }

  @Test
  @DisplayName("The acronym and the name it stands for are one synonym group")
  void synonymRules() {
    assertThat(Acronyms.asSynonyms(java.util.Map.of("ywp", "youth writing project"), word -> false))
        .isEqualTo("youth writing project, ywp\n");
    TextAnalysis analysis = new TextAnalysis();
    analysis.useAcronyms(java.util.Map.of("ywp", "youth writing project"), analysis.acronymWords(java.util.List.of("ywp")));
    // Either way, the acronym and the name are one slot; the name is said only as a whole.
    assertThat(analysis.questionSlots("what does ywp do")).containsExactly(java.util.Set.of("ywp", "youth write project"));
    assertThat(analysis.questionSlots("what does the youth writing project do"))
        .containsExactly(java.util.Set.of("ywp", "youth write project"));
    // An acronym that is also a word stays that word where the question writes it.
    analysis.useAcronyms(java.util.Map.of("sold", "science of learning and development"),
        analysis.acronymWords(java.util.List.of("sold")));
    assertThat(analysis.questionSlots("are tickets sold out")).doesNotContain(java.util.Set.of("sold",
        "scienc learn develop"));
    assertThat(analysis.questionSlots("what is the science of learning and development"))
        .anyMatch(slot -> slot.contains("sold"));
  }
}
