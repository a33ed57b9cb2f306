package org.msan.convene.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class DatabaseTest {

  @TempDir Path dir;

  private static int count(Database database, String table) {
    return database.read(c -> {
      try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM " + table)) {
        return r.getInt(1);
      }
    });
  }

  /** The released migrations, V1 first: the statements the runner before Flyway ran too (they are never edited). */
  private static List<Path> migrations() throws Exception {
    try (var files = Files.list(Path.of("src/main/resources/db"))) {
      return files.filter(f -> f.getFileName().toString().matches("V\\d+__.+\\.sql"))
          .sorted(Comparator.comparingInt(DatabaseTest::version)).toList();
    }
  }

  private static int version(Path migration) {
    String name = migration.getFileName().toString();
    return Integer.parseInt(name.substring(1, name.indexOf("__")));
  }

  /** The schema this build makes: its highest migration. */
  private static int latestMigration() throws Exception {
    List<Path> all = migrations();
    return version(all.get(all.size() - 1));
  }

  private static List<String> history(Database database) {
    return database.read(c -> {
      List<String> rows = new ArrayList<>();
      try (ResultSet r = c.createStatement().executeQuery(
          "SELECT version, type, success FROM flyway_schema_history ORDER BY installed_rank")) {
        while (r.next()) {
          rows.add(r.getString(1) + "|" + r.getString(2) + "|" + r.getInt(3));
        }
      }
      return rows;
    });
  }

  /**
   * A database as the runner before Flyway left it at {@code version}: in WAL mode, the released
   * migrations up to it, run as plain scripts, and the version in {@code PRAGMA user_version}; no
   * Flyway table.
   */
  private static void beforeFlyway(Path file, int version) throws Exception {
    try (var connection = DriverManager.getConnection("jdbc:sqlite:" + file); var s = connection.createStatement()) {
      s.execute("PRAGMA journal_mode = WAL");
      for (Path migration : migrations()) {
        if (version(migration) <= version) {
          s.executeUpdate(Files.readString(migration));
        }
      }
      s.execute("PRAGMA user_version = " + version);
    }
  }

  @Test
  @DisplayName("The schema version this build opens without Flyway is its highest migration")
  void schemaVersionIsTheLatestMigration() throws Exception {
    assertThat(Database.SCHEMA_VERSION).isEqualTo(latestMigration());
  }

  @Test
  @DisplayName("Opening applies the migrations once, in WAL mode with foreign keys on")
  void migratesOnce() throws Exception {
    Path file = dir.resolve("convene.db");
    int latest = latestMigration();
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
      assertThat(database.userVersion()).isEqualTo(latest);
      assertThat(history(database)).hasSize(latest).last().isEqualTo(latest + "|SQL|1");
    }
    try (Database again = Database.open(file)) {
      assertThat(count(again, "rsvp")).isZero();
      assertThat(history(again)).hasSize(latest);
    }
  }

  /** Four threads open the file at the same moment, as four processes starting together would. */
  private static void openAtOnce(Path file) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Integer>> opens = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        opens.add(pool.submit(() -> {
          start.await();
          try (Database database = Database.open(file)) {
            return count(database, "rsvp");
          }
        }));
      }
      start.countDown();
      for (Future<Integer> open : opens) {
        assertThat(open.get(60, TimeUnit.SECONDS)).isZero();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @ParameterizedTest(name = "schema before: {0}")
  @ValueSource(ints = {0, 3})
  @DisplayName("Four opening a database at once, new or from before Flyway, all succeed; each migration is applied once")
  void concurrentOpens(int before) throws Exception {
    Path file = dir.resolve("convene.db");
    if (before > 0) {
      beforeFlyway(file, before);
    }

    openAtOnce(file);

    try (Database database = Database.open(file)) {
      List<String> history = history(database);
      assertThat(history).doesNotHaveDuplicates().hasSize(latestMigration() - Math.max(before - 1, 0));
      assertThat(history.get(0)).isEqualTo(before == 0 ? "1|SQL|1" : before + "|BASELINE|1");
    }
  }

  @ParameterizedTest(name = "new file: {0}")
  @ValueSource(booleans = {true, false})
  @DisplayName("Opening waits out another process holding the write lock longer than a write would wait, new file or in WAL already")
  void opensWhileAnotherHoldsTheLock(boolean newFile) throws Exception {
    Path file = dir.resolve("convene.db");
    CountDownLatch locked = new CountDownLatch(1);
    ExecutorService holder = Executors.newSingleThreadExecutor();
    try {
      Future<?> hold = holder.submit(() -> {
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + file); var s = connection.createStatement()) {
          if (!newFile) {
            s.execute("PRAGMA journal_mode = WAL");
          }
          s.execute("BEGIN EXCLUSIVE");
          locked.countDown();
          Thread.sleep(Database.BUSY_TIMEOUT_MILLIS + 1_500);
          s.execute("COMMIT");
        }
        return null;
      });
      assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();

      try (Database database = Database.open(file)) {
        assertThat(count(database, "rsvp")).isZero();
        assertThat(database.userVersion()).isEqualTo(latestMigration());
      }
      hold.get(30, TimeUnit.SECONDS);
    } finally {
      holder.shutdownNow();
    }
  }

  @Test
  @DisplayName("A database from before Flyway at the latest schema is taken over as it is: baseline there, every row kept")
  void takesOverLatestSchema() throws Exception {
    Path file = dir.resolve("convene.db");
    int latest = latestMigration();
    beforeFlyway(file, latest);
    try (var connection = DriverManager.getConnection("jdbc:sqlite:" + file); var s = connection.createStatement()) {
      s.execute("""
          INSERT INTO rsvp (event_id, user_id, display_name, status, guests, note, created_at, updated_at)
          VALUES ('mdn-kickoff', '111111111111111111', 'Ana', 'going', 1, 'vegetarian', 't1', 't2')""");
      s.execute("""
          INSERT INTO rsvp_history (event_id, user_id, display_name, status, guests, note, waitlisted, action, changed_at)
          VALUES ('mdn-kickoff', '111111111111111111', 'Ana', 'going', 1, 'vegetarian', 0, 'created', 't1')""");
    }

    try (Database database = Database.open(file)) {
      assertThat(history(database)).containsExactly(latest + "|BASELINE|1");
      assertThat(database.userVersion()).isEqualTo(latest);
      assertThat(count(database, "rsvp")).isEqualTo(1);
      assertThat(count(database, "rsvp_history")).isEqualTo(1);
      assertThatThrownBy(() -> database.inTransaction(c -> c.createStatement().execute("DELETE FROM rsvp_history")))
          .hasMessageContaining("append-only");
    }
    try (Database again = Database.open(file)) {
      assertThat(history(again)).containsExactly(latest + "|BASELINE|1");
      assertThat(count(again, "rsvp")).isEqualTo(1);
    }
  }

  /** A database as Convene left it at schema 3 (before per-member votes), with its questions. */
  private static void schemaThree(Path file) throws Exception {
    beforeFlyway(file, 3);
    try (var connection = DriverManager.getConnection("jdbc:sqlite:" + file); var s = connection.createStatement()) {
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
      int latest = latestMigration();
      assertThat(database.userVersion()).isEqualTo(latest);
      assertThat(history(database)).first().isEqualTo("3|BASELINE|1");
      assertThat(history(database)).hasSize(latest - 3 + 1).last().isEqualTo(latest + "|SQL|1");
      List<String> questions = database.read(c -> {
        List<String> rows = new ArrayList<>();
        try (ResultSet r = c.createStatement().executeQuery(
            "SELECT id, user_id, text, answered, feedback FROM question ORDER BY id")) {
          while (r.next()) {
            rows.add(r.getLong(1) + "|" + r.getString(2) + "|" + r.getString(3) + "|" + r.getInt(4) + "|" + r.getInt(5));
          }
        }
        return rows;
      });
      List<String> votes = database.read(c -> {
        List<String> rows = new ArrayList<>();
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
  @DisplayName("A database from a newer version before Flyway is refused with a clear message and left as it was")
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
  @DisplayName("A database a newer version migrated with Flyway is refused with a clear message and left as it was")
  void refusesNewerFlywaySchema() throws Exception {
    Path file = dir.resolve("convene.db");
    Database.open(file).close();
    int newer = latestMigration() + 1;
    try (var connection = DriverManager.getConnection("jdbc:sqlite:" + file); var s = connection.createStatement()) {
      s.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum,"
          + " installed_by, execution_time, success) VALUES (" + newer + ", '" + newer + "', 'from the future',"
          + " 'SQL', 'V" + newer + "__from_the_future.sql', 1, '', 1, 1)");
    }
    long size = Files.size(file);

    assertThatThrownBy(() -> Database.open(file)).isInstanceOf(DatabaseException.class)
        .hasMessageContaining("newer Convene (schema " + newer + ", this one knows up to " + (newer - 1) + ")");
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
