package org.msan.convene.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class DatabaseTest {

  @TempDir Path dir;

  private static int count(Database database, String table) {
    return database.read(c -> {
      try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM " + table)) {
        return r.getInt(1);
      }
    });
  }

  @Test
  @DisplayName("Opening applies the migrations once, in WAL mode with foreign keys on")
  void migratesOnce() throws Exception {
    Path file = dir.resolve("convene.db");
    try (Database database = Database.open(file)) {
      String journal = database.read(c -> {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA journal_mode")) {
          return r.getString(1);
        }
      });
      int foreignKeys = database.read(c -> {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA foreign_keys")) {
          return r.getInt(1);
        }
      });
      assertThat(journal).isEqualTo("wal");
      assertThat(foreignKeys).isEqualTo(1);
      assertThat(database.userVersion()).isEqualTo(Database.MIGRATIONS.size());
    }
    try (Database again = Database.open(file)) {
      assertThat(count(again, "rsvp")).isZero();
    }
  }

  /** A database as Convene left it at schema 3 (before per-member votes), built from the released migrations. */
  private static void schemaThree(Path file) throws Exception {
    try (var connection = DriverManager.getConnection("jdbc:sqlite:" + file); var s = connection.createStatement()) {
      for (String migration : Database.MIGRATIONS.subList(0, 3)) {
        try (var in = Database.class.getResourceAsStream("/db/" + migration)) {
          for (String sql : Database.statements(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))) {
            s.execute(sql);
          }
        }
      }
      s.execute("PRAGMA user_version = 3");
      s.execute("""
          INSERT INTO question (id, asked_at, user_id, text, answered, best_score, feedback) VALUES
            (1, '2025-03-01T10:00:00Z', '111111111111111111', 'Where do we park?', 1, 2.5, -1),
            (2, '2025-03-02T10:00:00.5Z', '222222222222222222', 'What is the fee?', 1, 3.0, 1),
            (3, '2025-03-03T10:00:00Z', '333333333333333333', 'Who can come?', 1, 1.0, 0),
            (4, '2025-03-04T10:00:00Z', '444444444444444444', 'Is there a dress code?', 0, 0.0, 0)
          """);
    }
  }

  @Test
  @DisplayName("A schema-3 database keeps every question and its 👍/👎, moved into the per-member votes")
  void migratesFeedbackWithoutLoss() throws Exception {
    Path file = dir.resolve("convene.db");
    schemaThree(file);

    try (Database database = Database.open(file)) {
      assertThat(database.userVersion()).isEqualTo(Database.MIGRATIONS.size());
      List<String> questions = database.read(c -> {
        List<String> rows = new java.util.ArrayList<>();
        try (ResultSet r = c.createStatement().executeQuery(
            "SELECT id, user_id, text, answered, feedback FROM question ORDER BY id")) {
          while (r.next()) {
            rows.add(r.getLong(1) + "|" + r.getString(2) + "|" + r.getString(3) + "|" + r.getInt(4) + "|" + r.getInt(5));
          }
        }
        return rows;
      });
      List<String> votes = database.read(c -> {
        List<String> rows = new java.util.ArrayList<>();
        try (ResultSet r = c.createStatement().executeQuery(
            "SELECT question_id, user_id, feedback, changed_at FROM question_feedback ORDER BY question_id")) {
          while (r.next()) {
            rows.add(r.getLong(1) + "|" + r.getString(2) + "|" + r.getInt(3) + "|" + r.getString(4));
          }
        }
        return rows;
      });

      assertThat(questions).containsExactly("1|111111111111111111|Where do we park?|1|-1",
          "2|222222222222222222|What is the fee?|1|1", "3|333333333333333333|Who can come?|1|0",
          "4|444444444444444444|Is there a dress code?|0|0");
      assertThat(votes).containsExactly("1||-1|2025-03-01T10:00:00Z", "2||1|2025-03-02T10:00:00.5Z");

      // gaps reads the moved vote; a member's own vote now sits beside it.
      var log = new org.msan.convene.answer.QuestionLog(database, new org.msan.convene.knowledge.TextAnalysis(),
          java.time.Clock.fixed(java.time.Instant.parse("2025-03-05T00:00:00Z"), java.time.ZoneOffset.UTC));
      assertThat(log.gaps()).extracting(g -> g.question() + "|" + g.unanswered() + "|" + g.thumbsDown())
          .containsExactly("Is there a dress code?|1|0", "Where do we park?|0|1");
      assertThat(log.feedback(1, "555555555555555555", true)).isTrue();
      assertThat(log.gaps()).extracting(g -> g.question()).containsExactly("Is there a dress code?");
    }
  }

  @Test
  @DisplayName("A database from a newer version is refused with a clear message and left as it was")
  void refusesNewerSchema() throws Exception {
    Path file = dir.resolve("convene.db");
    Database.open(file).close();
    try (var connection = DriverManager.getConnection("jdbc:sqlite:" + file); var s = connection.createStatement()) {
      s.execute("PRAGMA user_version = 99");
    }
    long size = Files.size(file);

    assertThatThrownBy(() -> Database.open(file)).isInstanceOf(DatabaseException.class)
        .hasMessageContaining("newer Convene (schema 99");
    try (var connection = DriverManager.getConnection("jdbc:sqlite:" + file); var s = connection.createStatement()) {
      assertThat(s.executeQuery("PRAGMA user_version").getInt(1)).isEqualTo(99);
    }
    assertThat(Files.size(file)).isEqualTo(size);
  }

  @Test
  @DisplayName("A failed transaction leaves nothing behind; the history refuses updates")
  void transactionsAreAllOrNothing() {
    try (Database database = Database.open(dir.resolve("convene.db"))) {
      assertThatThrownBy(() -> database.inTransaction(c -> {
        c.createStatement().execute("INSERT INTO rsvp_closed VALUES ('x', 'u', 't')");
        throw new IllegalStateException("boom");
      })).hasMessage("boom");
      assertThat(count(database, "rsvp_closed")).isZero();

      database.inTransaction(c -> c.createStatement().execute("INSERT INTO rsvp_history (event_id, user_id, display_name,"
          + " status, guests, note, waitlisted, action, changed_at) VALUES ('e','u','n','going',0,'',0,'created','t')"));
      assertThatThrownBy(() -> database.inTransaction(c -> c.createStatement().execute("DELETE FROM rsvp_history")))
          .isInstanceOf(DatabaseException.class).hasMessageContaining("append-only");
    }
  }

  @Test
  @DisplayName("A backup taken while another connection writes is a complete, openable database")
  void backupWhileWriting() throws Exception {
    Path file = dir.resolve("convene.db");
    try (Database database = Database.open(file); Database writer = Database.open(file)) {
      AtomicBoolean stop = new AtomicBoolean();
      Thread writing = new Thread(() -> {
        for (int i = 0; !stop.get(); i++) {
          int n = i;
          writer.inTransaction(c -> {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO rsvp_closed VALUES (?, 'u', 't')")) {
              insert.setString(1, "event-" + n);
              return insert.executeUpdate();
            }
          });
        }
      });
      writing.start();
      Thread.sleep(200);
      database.backupTo(dir.resolve("backup.db"));
      stop.set(true);
      writing.join();

      assertThatThrownBy(() -> database.backupTo(dir.resolve("backup.db"))).hasMessageContaining("already exists");
    }
    try (Database backup = Database.open(dir.resolve("backup.db"))) {
      assertThat(count(backup, "rsvp_closed")).isPositive();
    }
  }
}
