package org.msan.convene.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

final class ClippedWordsTest {

  private static final Predicate<String> STOP = Set.of("the", "a", "for", "of", "and", "to", "do", "when", "how",
      "many", "what", "is", "we", "get", "if", "are", "on")::contains;

  @Test
  @DisplayName("The words no document has are those to read out, each once, stop words aside")
  void unknownWords() {
    Predicate<String> known = Set.of("pay", "daily", "special")::contains;

    assertThat(ClippedWords.unknown("whats the daily pay for a special ed sub, sub?", known, STOP))
        .containsExactly("whats", "ed", "sub");
    assertThat(ClippedWords.unknown("does the session end at 3 pm", known, STOP)).doesNotContain("pm");
  }

  @Test
  @DisplayName("A clipped word is read as the longer word the passages write most often")
  void clipped() {
    List<String> passages = List.of(
        "Substitutes are paid on the 20th of the following month. A substitute may work in any district.",
        "The subject of the seminar is literacy.");

    assertThat(ClippedWords.expanded("when do subs get paid", List.of("subs"), passages, STOP))
        .contains("when do substitutes get paid");
    assertThat(ClippedWords.expanded("is there a para sub", List.of("para"), passages, STOP)).isEmpty();
  }

  @Test
  @DisplayName("A plural clipping (\"subs\") is read as a word the passages write in the plural, before one written more often that only starts alike")
  void pluralClipping() {
    List<String> passages = List.of(
        "Submit the enrollment form by October 1. Submit receipts within 30 days. Submit questions to the office.",
        "Substitutes in the pool are not eligible for the wellness program.");

    assertThat(ClippedWords.expanded("do subs get the wellness perks", List.of("subs"), passages, STOP))
        .contains("do substitutes get the wellness perks");
    assertThat(ClippedWords.expanded("where do i sub", List.of("sub"), passages, STOP))
        .contains("where do i submit");
  }

  @Test
  @DisplayName("A word is no clipping of a longer word's inflection (\"camp\" is not \"campuses\"), but may be of a derived one (\"info\", \"refs\")")
  void notAnInflection() {
    List<String> passages = List.of("Both campuses host a lab. For more information, call the office.",
        "Information sessions are held on both campuses. Referrals go to the counselor.");

    assertThat(ClippedWords.expanded("is there a summer camp", List.of("camp"), passages, STOP)).isEmpty();
    assertThat(ClippedWords.expanded("where do i get info", List.of("info"), passages, STOP))
        .contains("where do i get information");
    assertThat(ClippedWords.expanded("who gets the refs", List.of("refs"), passages, STOP))
        .contains("who gets the referrals");
  }

  @Test
  @DisplayName("A clipping stands for a thing: never for a verb's form the passages write (\"subs\" is not \"submitted\")")
  void notAVerbForm() {
    List<String> passages = List.of("Requests are submitted by the principal. Substitutes are submitted too.",
        "Sub requests submitted late are reviewed in the order submitted.");

    assertThat(ClippedWords.expanded("does the network pay for subs", List.of("subs"), passages, STOP))
        .contains("does the network pay for substitutes");
    assertThat(ClippedWords.expanded("does the network pay for subs", List.of("subs"), List.of(passages.get(1)), STOP))
        .isEmpty();
  }

  @Test
  @DisplayName("Initials stand for words written together: never across a cell's, a line's or a sentence's end")
  void initialsWithinOnePhrase() {
    List<String> table = List.of("- Data type: Grades; Kept for: Indefinitely\n- Data type: Attendance; Kept for: Five years",
        "Kept for: Indefinitely. Data is never sold.");

    assertThat(ClippedWords.expanded("who sees my kid's grades", List.of("kid"), table, STOP)).isEmpty();
    assertThat(ClippedWords.expanded("what is kid", List.of("kid"), List.of("Kept Indefinitely Data rules. Kept Indefinitely Data"), STOP))
        .contains("what is kept indefinitely data");
  }

  @Test
  @DisplayName("Initials are read as the words they begin, but a longer word comes first")
  void initials() {
    List<String> passages = List.of(
        "Each participant earns 18 professional development hours. Professional development is logged online.",
        "A student must have a grade point average of at least 2.5. Special education substitutes earn $160.",
        "Executive Director Dana Cole signs each employees' district form.");

    assertThat(ClippedWords.expanded("how many pd hours", List.of("pd"), passages, STOP))
        .contains("how many professional development hours");
    assertThat(ClippedWords.expanded("What GPA is needed", List.of("gpa"), passages, STOP))
        .contains("What grade point average is needed");
    assertThat(ClippedWords.expanded("pay for a special ed sub", List.of("ed"), passages, STOP))
        .contains("pay for a special education sub");
    // "Executive Director" is capitalised once; "employees' district" is neither capitalised nor seen twice.
    assertThat(ClippedWords.expanded("who is the ed", List.of("ed"), passages.subList(2, 3), STOP))
        .contains("who is the executive director");
    assertThat(ClippedWords.expanded("is the dist form online", List.of("ed"),
        List.of("Each employees' district form is signed."), STOP)).isEmpty();
  }
}
