package org.msan.convene.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

final class ProgressBarTest {

  @Test
  @DisplayName("The bar shows files, passages and time left on one line, and clears itself at the end")
  void drawsOnOneLine() {
    StringWriter out = new StringWriter();
    ProgressBar bar = new ProgressBar(new PrintWriter(out));

    bar.fileDone(1, 4, 20, 2.0);
    String halfway = out.toString();
    bar.fileDone(4, 4, 80, 8.0);

    assertThat(halfway).startsWith("\r[#######").contains("1/4 files, 20 passages, 6 s left").doesNotContain("\n");
    assertThat(out.toString()).contains("4/4 files, 80 passages").endsWith("\r");
  }
}
