package org.msan.convene.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Questions of two parts, the second leaving its subject to the first, on a calendar and documents. */
final class MultiPartAnswersTest {

  private static final LocalDate TODAY = LocalDate.of(2027, 2, 10);

  @TempDir static Path knowledge;
  @TempDir static Path data;
  private static FolderAnswers folder;

  @BeforeAll
  static void open() throws Exception {
    Files.writeString(knowledge.resolve("events.yaml"), """
        events:
          - id: family-night
            title: Family Literacy Night
            start: 2027-02-25T18:00
            capacity: 120
            rsvp_deadline: 2027-02-19
          - id: spring-institute
            title: Spring Newcomer Institute
            start: 2027-03-22
            rsvp_deadline: 2027-03-05
        """);
    Files.writeString(knowledge.resolve("programs.md"), """
        # Programs

        ## Harvest Camp

        Harvest Camp is a two-week outdoor program for middle graders new to farming. The sending
        district is billed $310 per camper. Camper registration closes May 7, 2027.

        ## Interpreters

        The interpreter pool has 41 trained interpreters covering 27 languages.
        """);
    folder = new FolderAnswers(knowledge, data);
  }

  @AfterAll
  static void close() throws Exception {
    folder.close();
  }

  @Test
  @DisplayName("\"… and when does registration close?\" is the registration of the part before, not every event's RSVP deadline")
  void aFieldLeftToThePartBefore() {
    Answer camp = folder.ask("How much is Harvest Camp per camper and when does registration close?", TODAY);

    assertThat(camp.text()).contains("$310", "May 7, 2027").doesNotContain("Family Literacy Night");
  }

  @Test
  @DisplayName("A listing asked on its own stays the calendar's")
  void aListingOnItsOwn() {
    Answer deadlines = folder.ask("how many interpreters are in the pool and when do rsvps close", TODAY);

    assertThat(deadlines.text()).contains("41", "February 19", "March 5");
  }
}
