package org.msan.convene.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Of two passages with all the question's words and an answer of the kind asked, the one closer
 * in meaning as a whole comes first ({@link org.msan.convene.knowledge.Hit#meaning}): a table row
 * that repeats the question's words is not the passage about the thing.
 */
final class RankingByMeaningTest {

  @TempDir static Path knowledge;
  @TempDir static Path data;
  private static FolderAnswers folder;

  @BeforeAll
  static void open() throws Exception {
    Files.writeString(knowledge.resolve("family-nights.md"), """
        ---
        title: Family Learning Nights 2025–26
        ---
        # 2025–26 schedule

        Family Learning Nights are held on a Thursday evening each month at a member high school.

        - Date: September 18, 2025; Host school: Port Alden Elementary; Topic: Reading together at home
        - Date: January 15, 2026; Host school: Wexford Middle School; Topic: Math games for families
        - Date: March 12, 2026; Host school: Sable Creek High School; Topic: Summer programs and the STEM Bridge Camp
        """);
    Files.writeString(knowledge.resolve("stem-camp-faq.md"), """
        ---
        title: Summer STEM Bridge Camp 2026 – FAQ
        ---
        # Summer STEM Bridge Camp 2026 – FAQ

        The Summer STEM Bridge Camp is a four-week, hands-on science and engineering camp for middle school students.

        ## When is camp?

        Camp runs Monday, June 22 through Thursday, July 16, 2026. Camp meets Monday through Thursday only, from 9:00 a.m. to 2:30 p.m.

        ## Where is camp held?

        Camp is held at the Port Alden Technical Center, 40 Harbor Road.
        """);
    folder = new FolderAnswers(knowledge, data);
  }

  @AfterAll
  static void close() throws Exception {
    folder.close();
  }

  @Test
  @DisplayName("\"The dates of the camp\" come from the camp's page, not from a schedule row whose topic names the camp")
  void thePassageAboutTheThingComesFirst() {
    Answer dates = folder.ask("What are the dates of the 2026 Summer STEM Bridge Camp?");

    assertThat(dates.answered()).isTrue();
    assertThat(dates.text()).startsWith("Camp runs Monday, June 22 through Thursday, July 16, 2026.")
        .doesNotContain("March 12");
    assertThat(folder.ask("When is the Family Learning Night on math games?").text()).contains("January 15, 2026");
  }
}
