package org.msan.convene.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code web}'s settings are checked before anything starts. */
final class WebCliTest {

  @TempDir Path dir;

  private int run(Map<String, String> env, StringWriter err) {
    return Main.execute(new String[] {"web", "--knowledge", dir.toString(), "--data", dir.resolve("data").toString()},
        new ByteArrayInputStream(new byte[0]), new PrintWriter(new StringWriter(), true), new PrintWriter(err, true),
        env);
  }

  @Test
  @DisplayName("web without CONVENE_HTTP_PORT, or with a bad one, says which setting and exits 2")
  void needsAPort() {
    StringWriter err = new StringWriter();
    assertThat(run(Map.of(), err)).isEqualTo(2);
    assertThat(err.toString()).isEqualTo("convene: web needs CONVENE_HTTP_PORT, the port to listen on (e.g. 8080)"
        + System.lineSeparator());

    StringWriter bad = new StringWriter();
    assertThat(run(Map.of("CONVENE_HTTP_PORT", "eighty"), bad)).isEqualTo(2);
    assertThat(bad.toString()).startsWith("convene: CONVENE_HTTP_PORT must be a port number, e.g. 8080, not eighty");
  }
}
