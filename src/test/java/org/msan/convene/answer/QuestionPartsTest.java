package org.msan.convene.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

final class QuestionPartsTest {

  @Test
  @DisplayName("A question asking two things is split where a new question starts; one thing stays whole")
  void splitsAtANewQuestion() {
    assertThat(QuestionParts.split("When is the kickoff and how much does it cost to join?"))
        .containsExactly("When is the kickoff", "how much does it cost to join?");
    assertThat(QuestionParts.split("what's the mission? who founded it")).containsExactly("what's the mission", "who founded it");
    assertThat(QuestionParts.split("What are the goals and values of MSAN?")).containsExactly("What are the goals and values of MSAN?");
    assertThat(QuestionParts.split("Who should apply and why?")).containsExactly("Who should apply and why?");
    assertThat(QuestionParts.split("when is the summer institute and where is it"))
        .containsExactly("when is the summer institute", "where is it");
    assertThat(QuestionParts.split("Who is the executive director, and by what date must all items be returned?"))
        .containsExactly("Who is the executive director", "by what date must all items be returned?");
    assertThat(QuestionParts.split("What does the program cost and for whom is it meant?")).hasSize(2);
    assertThat(QuestionParts.split("Who decides what to fund and by when?")).hasSize(1);
  }

  @Test
  @DisplayName("A part that refers back carries what the part before it is about, not what it asked")
  void referringBack() {
    assertThat(QuestionParts.searched("how much does it cost", "When is the kickoff?"))
        .isEqualTo("how much does it cost (the kickoff)");
    assertThat(QuestionParts.searched("where is it", "How many days does the retreat last"))
        .isEqualTo("where is it (days does the retreat last)");
    assertThat(QuestionParts.searched("who should apply", "When is the kickoff")).isEqualTo("who should apply");
    // Without what the part before asked, its preposition too: "which city" would ask a place again.
    assertThat(QuestionParts.withTopicOf("what should I bring", "In which city is the summer institute"))
        .isEqualTo("what should I bring (city is the summer institute)");
  }
}
