package org.msan.convene.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msan.convene.rsvp.RsvpFixture;

/** Four {@code chat} processes on one data folder, each changing its RSVP 250 times, at once. */
final class ConcurrentChatTest {

  private static final int MEMBERS = 4;
  private static final int CHANGES = 250;
  private static final String[] STATUSES = {"going", "maybe", "not_going"};

  @TempDir Path knowledge;
  @TempDir Path data;

  @Test
  @DisplayName("Concurrent processes lose no RSVP and duplicate none: 4 rows, each member's last status, 1,000 history rows")
  void fourProcessesAtOnce() throws Exception {
    Files.writeString(knowledge.resolve("events.yaml"), RsvpFixture.EVENTS);
    Files.writeString(knowledge.resolve("about.md"), "# About\n\nA small network.\n");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<Process> processes = new ArrayList<>();
    Map<String, String> lastStatus = new HashMap<>();
    for (int m = 0; m < MEMBERS; m++) {
      String user = "member-" + m;
      ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
          Main.class.getName(), "chat", "--knowledge", knowledge.toString(), "--data", data.toString(),
          "--today", "2020-01-05", "--user", user)
          .redirectErrorStream(true)
          .redirectOutput(data.resolve(user + ".log").toFile());
      processes.add(builder.start());
      StringBuilder script = new StringBuilder();
      for (int i = 0; i < CHANGES; i++) {
        String status = STATUSES[(i + m) % STATUSES.length];
        script.append("/rsvp event:open-webinar status:").append(status).append(" guests:").append(i % 3).append('\n');
        lastStatus.put(user, status);
      }
      try (OutputStream in = processes.get(m).getOutputStream()) {
        in.write(script.toString().getBytes(StandardCharsets.UTF_8));
      }
    }
    for (int m = 0; m < MEMBERS; m++) {
      Process process = processes.get(m);
      String user = "member-" + m;
      Path log = data.resolve(user + ".log");
      assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
      // What the process said is the only trace of why it stopped: its folder is gone after the test.
      assertThat(process.exitValue()).as(() -> user + "'s chat: " + tail(log)).isZero();
    }

    try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("convene.db"))) {
      Map<String, String> rows = new HashMap<>();
      try (ResultSet r = db.createStatement().executeQuery("SELECT user_id, status FROM rsvp WHERE event_id = 'open-webinar'")) {
        while (r.next()) {
          rows.put(r.getString(1), r.getString(2));
        }
      }
      assertThat(rows).isEqualTo(lastStatus);
      try (ResultSet r = db.createStatement().executeQuery("SELECT count(*) FROM rsvp_history WHERE event_id = 'open-webinar'")) {
        assertThat(r.getInt(1)).isEqualTo(MEMBERS * CHANGES);
      }
    }
    for (int m = 0; m < MEMBERS; m++) {
      String log = Files.readString(data.resolve("member-" + m + ".log"));
      assertThat(log).doesNotContain("went wrong", "Exception");
    }
    assertThat(new File(data.toFile(), "convene.db")).exists();
  }

  private static String tail(Path log) {
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }
}
