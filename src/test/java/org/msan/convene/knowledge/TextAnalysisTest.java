package org.msan.convene.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

final class TextAnalysisTest {

  private final TextAnalysis analysis = new TextAnalysis();

  @Test
  @DisplayName("Negations are terms, not stop words: a no-show fee is no fee the table shows")
  void negationsAreKept() {
    assertThat(analysis.terms("a $25 no-show fee")).contains("no", "show", "fee");
    assertThat(analysis.terms("who does not attend")).contains("not", "attend");
    assertThat(analysis.isStopWord("no")).isFalse();
    assertThat(analysis.isStopWord("the")).isTrue();
  }

  @Test
  @DisplayName("A question is searched on what it is about: its filler and answer form are dropped")
  void questionTerms() {
    assertThat(analysis.questionTerms("How big should a district team be?")).containsExactly("district", "team");
    assertThat(analysis.questionTerms("What's the price?")).containsExactly("price");
    assertThat(analysis.questionTerms("how many students are enrolled at Birchwood now"))
        .as("the present is every document's time").containsExactly("student", "enrol", "birchwood");
    assertThat(analysis.questionTerms("what's the dispatch number for getting a spare bus"))
        .as("\"getting\" is filler as \"get\" is").containsExactly("dispatch", "number", "spare", "bu");
    assertThat(analysis.questionTerms("which teachers got grants last year")).as("\"got\" says who received them")
        .contains("got");
  }

  @Test
  @DisplayName("Heading words keep question words and drop articles, pronouns, modals and prepositions")
  void headingWords() {
    assertThat(analysis.headingWords("What We Do")).containsExactly("what", "do");
    assertThat(analysis.headingWords("Who Should Apply")).containsExactly("who", "appli");
    assertThat(analysis.headingWords("Who can apply?")).containsExactly("who", "appli");
    assertThat(analysis.headingWords("What does MSAN stand for?")).doesNotContain("do");
  }
}
