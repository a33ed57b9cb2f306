package org.msan.convene.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.msan.convene.knowledge.PassageIndex;

/** A one-line progress bar for {@code index} at a terminal: files, passages, time left. */
final class ProgressBar implements PassageIndex.Progress {

  private static final int WIDTH = 30;

  private final PrintWriter out;

  ProgressBar(PrintWriter out) {
    this.out = out;
  }

  @Override
  public void fileDone(int done, int total, int passages, double seconds) {
    int filled = total == 0 ? WIDTH : done * WIDTH / total;
    double left = done == 0 ? 0 : seconds / done * (total - done);
    out.printf(Locale.ROOT, "\r[%s%s] %d/%d files, %d passages, %.0f s left ", "#".repeat(filled),
        " ".repeat(WIDTH - filled), done, total, passages, left);
    if (done == total) {
      out.print("\r" + " ".repeat(WIDTH + 60) + "\r");
    }
    out.flush();
  }
}
