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
  @DisplayName("The network's acronym, which most of its documents use, asks for all its events, also where one title has it")
  void eventsOfTheNetwork() throws Exception {
    Files.writeString(knowledge.resolve("about.md"), """
        # About us

        The Bluestem Regional Induction Consortium (BRIC) supports new teachers in nine districts.
        """);
    Files.writeString(knowledge.resolve("handbook.md"), """
        # Mentoring handbook

        BRIC mentors meet their new teachers every two weeks.
        """);
    Files.writeString(knowledge.resolve("stipends.md"), """
        # Stipends

        BRIC pays each mentor $1,200 a year.
        """);
    Files.writeString(knowledge.resolve("events.yaml"), """
        events:
          - id: office-hours
            title: Mentor Office Hours
            start: 2027-01-14T15:45
          - id: board
            title: BRIC Governing Board Meeting
            start: 2027-02-11T18:00
          - id: seminar
            title: New Teacher Seminar 3
            start: 2027-02-17T16:30
        """);
    LocalDate today = LocalDate.of(2027, 1, 12);
    try (FolderAnswers folder = new FolderAnswers(knowledge, data)) {
      assertThat(folder.ask("What BRIC events are there in February 2027?", today).text())
          .contains("BRIC Governing Board Meeting", "New Teacher Seminar 3");
      assertThat(folder.ask("What's on the BRIC calendar this week?", today).text()).contains("Mentor Office Hours");
      assertThat(folder.ask("When is the next BRIC board meeting?", today).text())
          .startsWith("BRIC Governing Board Meeting is Thursday, February 11, 2027");
    }
  }

  @Test
  @DisplayName("A word every event's title has (\"network\") singles none out: \"what network events are coming up\" lists them")
  void wordOfEveryEvent() throws Exception {
    Files.writeString(knowledge.resolve("about.md"), """
        # About us

        The network brings district teams together four times a year.
        """);
    Files.writeString(knowledge.resolve("events.yaml"), """
        events:
          - id: kickoff
            title: Network Kick-off
            start: 2027-02-06
          - id: webinar
            title: Network Webinar on Attendance
            start: 2027-03-04T15:00
        """);
    try (FolderAnswers folder = new FolderAnswers(knowledge, data)) {
      assertThat(folder.ask("What network events are coming up?", TODAY).text())
          .contains("Network Kick-off", "Network Webinar on Attendance");
    }
  }

  @Test
  @DisplayName("An acronym no event has, said before \"events\" or \"calendar\", gets the calendar's events, though its name's words are theirs")
  void acronymNoEventHas() throws Exception {
    Files.writeString(knowledge.resolve("about.md"), """
        # About MSAN

        The Minority Student Achievement Network (MSAN) is a coalition of school districts.
        """);
    Files.writeString(knowledge.resolve("strategy.md"), """
        # District strategy

        Every school sets goals for student growth.
        """);
    Files.writeString(knowledge.resolve("network.md"), """
        # Midwest District Network

        District teams meet four times a year.
        """);
    Files.writeString(knowledge.resolve("events.yaml"), """
        events:
          - id: kickoff
            title: Network Kick-off for Student Leaders
            start: 2027-02-06
          - id: webinar
            title: Webinar on Attendance
            start: 2027-03-04T15:00
        """);
    try (FolderAnswers folder = new FolderAnswers(knowledge, data)) {
      assertThat(folder.ask("What MSAN events are coming up?", TODAY).text())
          .startsWith("No event on the calendar is called “MSAN”.")
          .contains("Network Kick-off for Student Leaders", "Webinar on Attendance");
      assertThat(folder.ask("What's on the MSAN calendar in March?", TODAY).text()).contains("Webinar on Attendance");
    }
  }

  @Test
  @DisplayName("The word before \"calendar\" says whose it is, not which events: \"the Pathways calendar this week\"")
  void calendarOwner() throws Exception {
    Files.writeString(knowledge.resolve("guide.md"), """
        # CTE Pathways guide

        Pathways students take a shared lab course each semester.
        """);
    Files.writeString(knowledge.resolve("events.yaml"), """
        events:
          - id: board
            title: Pathways Advisory Board Meeting
            start: 2027-04-08T18:30
          - id: webinar
            title: Teacher Externship Info Webinar
            start: 2027-02-04T16:00
        """);
    try (FolderAnswers folder = new FolderAnswers(knowledge, data)) {
      assertThat(folder.ask("What's on the Pathways calendar this week?", TODAY).text())
          .contains("Teacher Externship Info Webinar").doesNotContain("Nothing");
    }
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
