package org.msan.convene.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** One run of the command line in this process ({@link Main#execute}): its exit status and what it printed. */
record CliRun(int status, String out, String err) {

  /**
   * @param env the environment the run sees (settings such as {@code CONVENE_EMBEDDING_MODEL})
   * @param stdin what it reads on standard input
   */
  static CliRun of(Map<String, String> env, String stdin, List<String> args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.execute(args.toArray(String[]::new), new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        new PrintWriter(out, true), new PrintWriter(err, true), env);
    return new CliRun(status, out.toString(), err.toString());
  }
}
