package org.msan.convene.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

final class QuestionWordsTest {

  private static final Set<String> REAL = Set.of("were", "then", "why");

  private static String corrected(String question) {
    return QuestionWords.correctFirst(question, REAL::contains);
  }

  @Test
  @DisplayName("A mistyped question word is read as the one it is a letter short of, before one a letter off")
  void droppedLetterFirst() {
    assertThat(corrected("wher is the institute held")).isEqualTo("where is the institute held");
    assertThat(corrected("wen is the kickoff")).isEqualTo("when is the kickoff");
    assertThat(corrected("wat does it cost")).isEqualTo("what does it cost");
    assertThat(corrected("whem is it")).isEqualTo("when is it");
  }

  @Test
  @DisplayName("A slip of a question word contracted without its apostrophe (\"wats\" for \"whats\") is read as the contraction")
  void contractedQuestionWord() {
    assertThat(corrected("wats the fee for welding 2")).isEqualTo("what's the fee for welding 2");
    assertThat(corrected("wheres the retreat")).isEqualTo("where's the retreat");
    assertThat(corrected("whys it closed")).isEqualTo("why's it closed");
    assertThat(corrected("whose job is it")).isEqualTo("whose job is it");
  }

  @Test
  @DisplayName("The word after \"how\" mistyped is the one it is a slip of; a real word stays (\"how may I\")")
  void howWords() {
    java.util.Set<String> english = Set.of("were", "may", "fair");
    assertThat(QuestionWords.correctHowWord("how mnay students are there", english::contains))
        .isEqualTo("how many students are there");
    assertThat(QuestionWords.correctHowWord("how ofen do they meet", english::contains)).isEqualTo("how often do they meet");
    assertThat(QuestionWords.correctHowWord("how may I register?", english::contains)).isEqualTo("how may I register?");
    assertThat(QuestionWords.correctHowWord("how were they chosen", english::contains)).isEqualTo("how were they chosen");
  }

  @Test
  @DisplayName("The auxiliary before the question's subject mistyped is the one it is a slip of, a real word too (\"dose\"); other words stay")
  void auxiliaries() {
    assertThat(QuestionWords.correctAuxiliary("what dose FERPA stnad for")).isEqualTo("what does FERPA stnad for");
    assertThat(QuestionWords.correctAuxiliary("where cna we park")).isEqualTo("where can we park");
    assertThat(QuestionWords.correctAuxiliary("what time the doors open")).isEqualTo("what time the doors open");
    assertThat(QuestionWords.correctAuxiliary("what dues are owed")).isEqualTo("what dues are owed");
    assertThat(QuestionWords.correctAuxiliary("who was the first director")).isEqualTo("who was the first director");
  }

  @Test
  @DisplayName("A real word stays as written")
  void realWordsStay() {
    assertThat(corrected("were the fees paid")).isEqualTo("were the fees paid");
    assertThat(corrected("Where is it")).isEqualTo("Where is it");
  }

  @Test
  @DisplayName("Any slip one edit from an expected word is mended, a real word never")
  void expectedWords() {
    java.util.List<String> words = java.util.List.of("february", "anything", "happening");
    assertThat(QuestionWords.correctAll("anythign hapening in febuary", words, REAL::contains))
        .isEqualTo("anything happening in february");
    assertThat(QuestionWords.correctAll("were they happy", words, REAL::contains)).isEqualTo("were they happy");
  }

  @Test
  @DisplayName("Chat shorthand is read as its words, at the start of a question too; a word in capitals is a name")
  void shorthand() {
    assertThat(QuestionWords.expandShorthand("Mtg tmrw in Springfield, MO?")).isEqualTo("meeting tomorrow in Springfield, MO?");
    assertThat(QuestionWords.expandShorthand("when r applications due")).isEqualTo("when are applications due");
  }

  @Test
  @DisplayName("A question word's contraction typed without its apostrophe is read as the contraction")
  void contractionsWithoutApostrophes() {
    assertThat(QuestionWords.expandShorthand("whens the grant app due")).isEqualTo("when's the grant app due");
    assertThat(QuestionWords.expandShorthand("wheres the retreat")).isEqualTo("where's the retreat");
  }

  @Test
  @DisplayName("A negated contraction is written out, its \"not\" kept: \"isnt\", \"doesn't\", \"can't\", \"WON'T\"")
  void negatedContractions() {
    assertThat(QuestionWords.expandShorthand("what isnt covered")).isEqualTo("what is not covered");
    assertThat(QuestionWords.expandShorthand("why doesn't it cover summer")).isEqualTo("why does not it cover summer");
    assertThat(QuestionWords.expandShorthand("we can't come, and it WON'T run")).isEqualTo("we can not come, and it Will not run");
    assertThat(QuestionWords.expandShorthand("the isntitute canteen")).isEqualTo("the isntitute canteen");
    assertThat(QuestionWords.expandShorthand("as is their wont, no cant")).isEqualTo("as is their wont, no cant");
  }

  @Test
  @DisplayName("Chat shorthand the documents write as it stands means itself: \"hr\" is the HR office, not an hour")
  void shorthandTheDocumentsWrite() {
    assertThat(QuestionWords.expandShorthand("whats the phone number for hr", word -> word.equals("hr")))
        .isEqualTo("what's the phone number for hr");
    assertThat(QuestionWords.expandShorthand("how many pd hrs", word -> false)).isEqualTo("how many pd hours");
  }
}
