package org.msan.convene.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A program the documents know by its acronym, asked about by it ("ESY"). */
final class ProgramAcronymAnswersTest {

  @TempDir Path knowledge;
  @TempDir Path data;

  @Test
  @DisplayName("A program asked by its acronym is what is asked about: an amount said of something else is not its fee")
  void amountOfAnotherProgram() throws Exception {
    Files.writeString(knowledge.resolve("handbook.md"), """
        ---
        title: Member District Handbook
        ---
        # Prairie Ridge Cooperative (PRC)

        ## Membership assessment

        Each member district pays an annual membership assessment of $38.50 per enrolled student.

        ## Summer services

        PRC operates Extended School Year (ESY) services for students whose IEP teams have determined ESY is needed.
        ESY 2027 runs June 14 through July 22 at Harlan Springs Middle School.
        """);
    try (FolderAnswers folder = new FolderAnswers(knowledge, data)) {
      Answer esy = folder.ask("How much does a district pay per student for ESY?");
      Answer membership = folder.ask("How much does a district pay per student for membership?");
      Answer when = folder.ask("When does ESY run?");

      assertThat(esy.answered()).isFalse();
      assertThat(esy.text()).startsWith(AnswerService.NOT_STATED);
      assertThat(membership.answered()).isTrue();
      assertThat(membership.text()).contains("$38.50 per enrolled student");
      assertThat(when.answered()).isTrue();
      assertThat(when.text()).contains("June 14 through July 22");
    }
  }

  @Test
  @DisplayName("\"What does BRIC stand for?\" is answered by the sentence that writes the name out beside it")
  void whatAnAcronymStandsFor() throws Exception {
    Files.writeString(knowledge.resolve("handbook.md"), """
        # Mentoring handbook

        ## Welcome

        BRIC mentors meet their new teachers every two weeks. BRIC pays each mentor $1,200 a year.

        ## About us

        The Bluestem Regional Induction Consortium (BRIC) supports new teachers in nine districts.
        """);
    try (FolderAnswers folder = new FolderAnswers(knowledge, data)) {
      Answer meaning = folder.ask("What does BRIC stand for?");

      assertThat(meaning.answered()).isTrue();
      assertThat(meaning.text()).startsWith("The Bluestem Regional Induction Consortium (BRIC)");
    }
  }
}
