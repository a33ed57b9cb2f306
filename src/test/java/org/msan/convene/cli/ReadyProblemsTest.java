package org.msan.convene.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.msan.convene.events.EventCalendar;
import org.msan.convene.knowledge.Problem;

final class ReadyProblemsTest {

  @Test
  @DisplayName("A ready line counts the folder's problems and names a calendar file read only up to its error")
  void namesACalendarReadInPart() {
    Problem syntax = new Problem("events.yaml", 18, "not valid YAML");
    Problem field = new Problem("events.yaml", 4, "capacity must be a whole number of people");

    assertThat(ReadyProblems.of(List.of(), new EventCalendar(List.of(), List.of()))).isEmpty();
    assertThat(ReadyProblems.of(List.of(), new EventCalendar(List.of(), List.of(field))))
        .isEqualTo("; 1 problem in the knowledge folder (convene check lists them)");
    assertThat(ReadyProblems.of(List.of(new Problem("guide.pdf", 0, "not a PDF")),
        new EventCalendar(List.of(), List.of(field), List.of(syntax, new Problem("shared.ics", 0, "not valid")))))
        .isEqualTo("; 4 problems in the knowledge folder; events may be missing: events.yaml is read only up to line 18, "
            + "shared.ics cannot be read (convene check lists them)");
  }
}
