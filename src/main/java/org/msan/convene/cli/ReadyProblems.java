package org.msan.convene.cli;

import java.util.stream.Collectors;
import org.msan.convene.events.EventCalendar;

/**
 * What a long-running command's ready line says of the knowledge folder's problems: how many, and
 * which calendar files could be read only up to an error, as their later events are missing from
 * the answers, the page and the feed. The problems themselves are {@code check}'s to list; the log
 * has them only at INFO ({@link org.msan.convene.knowledge.ProblemLog}).
 */
final class ReadyProblems {

  private ReadyProblems() {}

  /** "" when there is none; otherwise "; 2 problems in the knowledge folder (…)", to end the ready line. */
  static String of(int problems, EventCalendar calendar) {
    if (problems == 0) {
      return "";
    }
    String readInPart = calendar.unreadable().stream()
        .map(problem -> problem.path() + (problem.line() > 0 ? " up to line " + problem.line() : ""))
        .distinct().collect(Collectors.joining(", "));
    return "; " + problems + (problems == 1 ? " problem" : " problems") + " in the knowledge folder"
        + (readInPart.isEmpty() ? "" : "; missing events: calendar read only from " + readInPart)
        + " (convene check lists them)";
  }
}
