package org.msan.convene.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
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
