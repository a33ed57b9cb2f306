package org.msan.convene.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.msan.convene.events.EventCalendar;
import org.msan.convene.knowledge.Problem;

class ReadyProblemsTest {

  @Test
  @DisplayName("A ready line counts the folder's problems and names a calendar file read only up to its error")
  void namesACalendarReadInPart() {
    Problem syntax = new Problem("events.yaml", 18, "not valid YAML");
    Problem field = new Problem("events.yaml", 4, "capacity must be a whole number of people");

    assertThat(ReadyProblems.of(0, new EventCalendar(List.of(), List.of()))).isEmpty();
    assertThat(ReadyProblems.of(1, new EventCalendar(List.of(), List.of(field))))
        .isEqualTo("; 1 problem in the knowledge folder (convene check lists them)");
    assertThat(ReadyProblems.of(2, new EventCalendar(List.of(), List.of(field), List.of(syntax))))
        .isEqualTo("; 2 problems in the knowledge folder; missing events: calendar read only from "
            + "events.yaml up to line 18 (convene check lists them)");
  }
}
