package org.msan.convene.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The network's own name, as members put it before "event" ("the next TRYLN event"), read the same
 * in a process's first question as after its first search, when the documents' acronym is known.
 */
final class NetworkNameQuestionsTest {

  private static final LocalDate TODAY = LocalDate.of(2027, 2, 1);

  @TempDir Path knowledge;
  @TempDir Path data;

  private void write() throws Exception {
    Files.writeString(knowledge.resolve("about.md"), """
        # About us

        The Two Rivers Youth Leadership Network (TRYLN) connects the student councils of twelve districts.
        """);
    Files.writeString(knowledge.resolve("events.yaml"), """
        events:
          - id: mentor-training
            title: Mentor Training Day
            start: 2027-02-06T09:00
            location: Lehigh Crossing Middle School, Easton, PA
          - id: steering
            title: Steering Committee Meeting
            start: 2027-02-18T18:00
            location: TRYLN Central Office, Easton, PA
          - id: summit
            title: Two Rivers Youth Leadership Network Summit
            start: 2027-03-13T08:30
            location: Nazareth, PA
        """);
  }

  @Test
  @DisplayName("\"The next TRYLN event\" is the next event, in a process's first question as after its first search")
  void nextEventOfTheNetwork() throws Exception {
    write();
    try (FolderAnswers folder = new FolderAnswers(knowledge, data)) {
      assertThat(folder.ask("Who does the network connect?", TODAY).text()).contains("student councils");
      assertThat(folder.ask("What's the next TRYLN event coming up?", TODAY).text())
          .startsWith("The next event is the Mentor Training Day");
    }
    // A new process finds the index, and reads its acronyms before any search.
    try (FolderAnswers restarted = new FolderAnswers(knowledge, data)) {
      assertThat(restarted.ask("What's the next TRYLN event coming up?", TODAY).text())
          .startsWith("The next event is the Mentor Training Day");
    }
  }
}
