package org.msan.convene.cli;

import java.util.List;
import java.util.stream.Collectors;
import org.msan.convene.events.EventCalendar;
import org.msan.convene.knowledge.Problem;

/**
 * What a long-running command's ready line says of the knowledge folder's problems: how many, and
 * which calendar files could be read only up to an error, as their later events are missing from
 * the answers, the page and the feed. The problems themselves are {@code check}'s to list; the log
 * has them only at INFO ({@link org.msan.convene.knowledge.ProblemLog}).
 */
final class ReadyProblems {

  private ReadyProblems() {}

  /**
   * "" when there is none; otherwise "; 2 problems in the knowledge folder (…)", to end the ready line.
   *
   * @param documentProblems the problems of the documents, if the command read them; the
   *     calendar's are counted here
   */
  static String of(List<Problem> documentProblems, EventCalendar calendar) {
    int problems = documentProblems.size() + calendar.problems().size();
    if (problems == 0) {
      return "";
    }
    String readInPart = calendar.unreadable().stream()
        .map(problem -> problem.line() > 0 ? problem.path() + " is read only up to line " + problem.line()
            : problem.path() + " cannot be read")
        .distinct().collect(Collectors.joining(", "));
    return "; " + Counts.of(problems, "problem") + " in the knowledge folder"
        + (readInPart.isEmpty() ? "" : "; events may be missing: " + readInPart)
        + " (convene check lists them)";
  }
}
