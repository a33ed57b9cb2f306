package org.msan.convene.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import org.msan.convene.Convene;
import org.msan.convene.answer.QuestionLog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code gaps [--days N]}: questions members asked that went unanswered or got a 👎, most frequent
 * first; with {@code --days}, only those of the last N days up to now by the real clock
 * (the one questions are recorded by; {@code --today} does not move it).
 */
@Command(name = "gaps", mixinStandardHelpOptions = true,
    description = "List questions that went unanswered or got a thumbs-down, most frequent first.")
final class GapsCli implements Callable<Integer> {

  /** As {@code /gaps days}: at most a year. */
  static final int MAX_DAYS = 365;

  private final CommonOptions global = new CommonOptions(() -> this.spec);
  @Spec CommandSpec spec;

  @Option(names = "--days", paramLabel = "N",
      description = "Only questions asked in the last N days up to now (default: all).")
  Integer days;

  @Override
  public Integer call() {
    if (days != null && (days < 1 || days > MAX_DAYS)) {
      throw new UsageException("--days must be between 1 and " + MAX_DAYS);
    }
    PrintWriter out = spec.commandLine().getOut();
    try (Convene convene = global.convene()) {
      convene.useExistingDatabaseOnly();
      QuestionLog log = convene.questionLog();
      var gaps = days == null ? log.gaps() : log.recentGaps(days);
      if (gaps.isEmpty()) {
        out.println("No gaps" + (days == null ? "" : " in the last " + days + " days")
            + ": every question asked was answered and nobody gave a thumbs-down.");
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
