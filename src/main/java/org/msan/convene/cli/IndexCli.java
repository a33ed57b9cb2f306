package org.msan.convene.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.msan.convene.Convene;
import org.msan.convene.knowledge.IndexReport;
import org.msan.convene.knowledge.PassageIndex;
import org.msan.convene.knowledge.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code index}: brings the index up to date with the knowledge folder and says what it did. */
@Command(name = "index", mixinStandardHelpOptions = true,
    description = "Build or refresh the index of the knowledge folder.")
final class IndexCli implements Callable<Integer> {

  private final CommonOptions global = new CommonOptions(() -> this.spec);
  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    boolean terminal = System.console() != null;
    try (Convene convene = global.convene()) {
      IndexReport report = convene.index().refresh(convene.folder(),
          terminal ? new ProgressBar(spec.commandLine().getErr()) : PassageIndex.Progress.NONE);
      for (Problem problem : report.problems()) {
        out.println("skipped " + problem);
      }
      out.println("Indexed " + report.summary());
    }
    return 0;
  }
}
