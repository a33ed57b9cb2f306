package org.msan.convene.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An FAQ as staff write one: each question in bold, its answer on the next lines, short answers first ("No."). */
final class FaqAnswersTest {

  @TempDir static Path knowledge;
  @TempDir static Path data;
  private static FolderAnswers folder;

  @BeforeAll
  static void open() throws Exception {
    Files.writeString(knowledge.resolve("mentoring.md"), """
        # New Teacher Mentor Program

        Every first- and second-year teacher in a member district is paired with a trained mentor.

        ## FAQ

        **Can a mentor work in the same building as the mentee?**
        Yes, but only if no mentor from a neighboring district is available.

        **Do mentors get PD hours?**
        Yes. Mentors earn 30 clock hours of professional development for a full year.

        **Can paraprofessionals be mentored through the program?**
        No. The program is for licensed teachers only. Paraprofessionals can join
        the Para Pathways workshops instead.

        **What if my mentee leaves the district mid-year?**
        You keep the first installment. Contact Dr. Okafor to be re-matched.

        | Placement | Hours | Paid? |
        |---|---|---|
        | Job shadow | 4 to 8 hours | No |
        | Internship | 90 hours per semester | Optional |
        """);
    folder = new FolderAnswers(knowledge, data);
  }

  @AfterAll
  static void close() throws Exception {
    folder.close();
  }

  @Test
  @DisplayName("Each bold question heads its entry, as a heading does: the member who asks it gets its answer, and no other entry")
  void entryAnsweredWhole() {
    Answer paras = folder.ask("can paraprofessionals be mentored?");
    Answer leaves = folder.ask("what do I do if my mentee leaves mid year");

    assertThat(paras.answered()).isTrue();
    assertThat(paras.text()).isEqualTo("No. The program is for licensed teachers only. Paraprofessionals can join the Para "
        + "Pathways workshops instead. [1]");
    assertThat(paras.sources().get(0).section()).isEqualTo("FAQ › Can paraprofessionals be mentored through the program?");
    assertThat(leaves.text()).isEqualTo("You keep the first installment. Contact Dr. Okafor to be re-matched. [1]");
    assertThat(folder.ask("do mentors get pd hours").text()).startsWith("Yes. Mentors earn 30 clock hours")
        .doesNotContain("same building");
    assertThat(folder.ask("is a mentor allowed in the mentee's building").text())
        .as("a yes or no to another question than the member's is quoted under its question")
        .startsWith("Can a mentor work in the same building as the mentee? Yes, but only if");
  }

  @Test
  @DisplayName("An FAQ heading's \"Yes.\" or \"No.\" is quoted under its question when the member asks another, "
      + "as \"is the office open\" of \"Is the office closed?\"")
  void yesOrNoUnderItsQuestion(@TempDir Path ownKnowledge, @TempDir Path ownData) throws Exception {
    Files.writeString(ownKnowledge.resolve("faq.md"), """
        # Member FAQ

        ## Is the cooperative office closed over winter break?

        Yes. The office is closed December 21 through January 1 and reopens January 4.

        ## Can charter schools join the cooperative?

        No. Membership is open to public school districts only.
        """);
    try (FolderAnswers own = new FolderAnswers(ownKnowledge, ownData)) {
      assertThat(own.ask("is the office open over winter break").text())
          .startsWith("Is the cooperative office closed over winter break? Yes. The office is closed");
      assertThat(own.ask("can charter schools join").text()).startsWith("No. Membership is open");
    }
  }
}
