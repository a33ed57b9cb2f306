package org.msan.convene.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import org.msan.convene.Convene;
import org.msan.convene.answer.QuestionLog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code gaps}: questions members asked that went unanswered or got a 👎, most frequent first. */
@Command(name = "gaps", mixinStandardHelpOptions = true,
    description = "Questions that went unanswered or got a thumbs-down, grouped, most frequent first.")
final class GapsCli implements Callable<Integer> {

  private final CommonOptions global = new CommonOptions(() -> this.spec);
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (Convene convene = global.convene()) {
      var gaps = convene.questionLog().gaps();
      if (gaps.isEmpty()) {
        out.println("No gaps: every question asked was answered and nobody gave a thumbs-down.");
      }
      for (QuestionLog.Gap gap : gaps) {
        out.printf("%3d× %s (%d unanswered, %d thumbs-down)%n", gap.count(), gap.question(), gap.unanswered(),
            gap.thumbsDown());
        gap.variants().forEach(variant -> out.println("       also: " + variant));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return 0;
  }
}
