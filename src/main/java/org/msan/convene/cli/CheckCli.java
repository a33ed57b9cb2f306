package org.msan.convene.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.msan.convene.Convene;
import org.msan.convene.events.EventCalendar;
import org.msan.convene.knowledge.Synonyms;
import org.msan.convene.knowledge.TextAnalysis;
import org.msan.convene.knowledge.KnowledgeFolder;
import org.msan.convene.knowledge.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code check}: reads every file of the knowledge folder and lists each problem with its line. */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = {"Validate the knowledge folder and print each problem; exit 1 if any.",
        "Checks front matter, the calendar, synonyms and unreadable files, each problem with its "
        + "file and line."})
final class CheckCli implements Callable<Integer> {

  private final CommonOptions global = new CommonOptions(() -> this.spec);
  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    try (Convene convene = global.convene()) {
      return check(convene.folder(), convene.calendars().current(), spec.commandLine().getOut());
    }
  }

  /** Reads each file as {@code index} would, and the calendar and synonyms as questions would; no index, no model. */
  private static int check(KnowledgeFolder folder, EventCalendar calendar, PrintWriter out) {
    List<Problem> problems = new ArrayList<>();
    int documents = 0;
    for (String path : folder.documentFiles()) {
      KnowledgeFolder.ReadResult read = folder.read(path);
      if (read.ok()) {
        documents++;
        problems.addAll(read.warnings());
      } else {
        problems.add(read.problem());
      }
    }
    // A probe of its own: the problems are reported here, not logged as a question's analyzer would.
    problems.addAll(Synonyms.apply(folder, new TextAnalysis()));
    problems.addAll(calendar.problems());
    problems.forEach(out::println);
    int events = calendar.all().size();
    String fine = Counts.of(documents, "document") + " and " + Counts.of(events, "event");
    out.println(problems.isEmpty() ? "OK: " + fine + ", no problems."
        : Counts.of(problems.size(), "problem") + "; " + fine + " are in use.");
    return problems.isEmpty() ? 0 : 1;
  }
}
