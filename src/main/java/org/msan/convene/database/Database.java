package org.msan.convene.database;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sqlite.SQLiteConfig;

/**
 * The SQLite database ({@code data/convene.db}): WAL, a busy timeout, foreign keys, versioned
 * migrations applied at open ({@code PRAGMA user_version}), and every write in one immediate
 * transaction so several processes can write at once without losing or duplicating anything.
 * Two connections per process: one for writes, used by one thread at a time, and one for reads,
 * which in WAL mode never wait for a writer, so a reply that only reads is not held up by one
 * that writes.
 */
public final class Database implements AutoCloseable {

  /** The migrations in order; a released one is never edited, a new one is added. */
  static final List<String> MIGRATIONS = List.of("V1__rsvps_and_questions.sql", "V2__announcements_and_reminders.sql",
      "V3__scheduled_events.sql", "V4__outbox.sql", "V5__question_privacy.sql", "V6__taught_answers.sql",
      "V7__calendar_feed.sql");
  /**
   * How long a write waits for another process's write lock. Writes take milliseconds; past this
   * something is stuck, and a member waiting on Discord (3 s to acknowledge) is better told to retry.
   */
  static final int BUSY_TIMEOUT_MILLIS = 5_000;

  private final Connection connection;
  private final Connection reader;
  private final Object readLock = new Object();

  private Database(Connection connection, Connection reader) {
    this.connection = connection;
    this.reader = reader;
  }

  public static Database open(Path file) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      Files.createDirectories(parent);
    } catch (IOException e) {
      throw new DatabaseException("cannot create the data folder for " + file + ": " + e.getMessage(), e);
    }
    SQLiteConfig config = new SQLiteConfig();
    config.enforceForeignKeys(true);
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
    config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
    try {
      Connection connection = config.createConnection("jdbc:sqlite:" + file);
      Database database;
      try {
        database = new Database(connection, config.createConnection("jdbc:sqlite:" + file));
      } catch (SQLException e) {
        connection.close();
        throw e;
      }
      database.migrate(file);
      return database;
    } catch (SQLException e) {
      throw new DatabaseException("cannot open the database " + file + ": " + e.getMessage(), e);
    }
  }

  private void migrate(Path file) throws SQLException {
    int version = userVersion();
    if (version > MIGRATIONS.size()) {
      close();
      throw new DatabaseException("the database " + file + " is from a newer Convene (schema " + version
          + ", this one knows up to " + MIGRATIONS.size() + "); run the newer version or restore a backup");
    }
    for (int next = version; next < MIGRATIONS.size(); next++) {
      String script = resource(MIGRATIONS.get(next));
      int target = next + 1;
      inTransaction(connection -> {
        // Re-read inside the write lock: another process may have migrated meanwhile.
        if (userVersion() >= target) {
          return null;
        }
        try (Statement statement = connection.createStatement()) {
          for (String sql : statements(script)) {
            statement.execute(sql);
          }
          statement.execute("PRAGMA user_version = " + target);
        }
        return null;
      });
    }
  }

  int userVersion() throws SQLException {
    try (Statement statement = connection.createStatement();
        var result = statement.executeQuery("PRAGMA user_version")) {
      return result.getInt(1);
    }
  }

  /**
   * Runs work in one write transaction, begun and ended exactly once ({@code BEGIN IMMEDIATE} …
   * {@code COMMIT} on an autocommit connection: the JDBC driver's own commit would begin the next
   * transaction at once and take the lock a second time). All of it is committed, or none of it;
   * once {@code COMMIT} has succeeded nothing else can fail, so a saved write is never reported as failed.
   */
  public synchronized <T> T inTransaction(SqlFunction<T> work) {
    return transaction(connection, "BEGIN IMMEDIATE", work);
  }

  /**
   * Runs a read in one read transaction, on the read connection: all its statements see one
   * consistent snapshot, and a write in progress does not hold it up.
   */
  public <T> T read(SqlFunction<T> work) {
    synchronized (readLock) {
      return transaction(reader, "BEGIN DEFERRED", work);
    }
  }

  private static <T> T transaction(Connection connection, String begin, SqlFunction<T> work) {
    try (Statement control = connection.createStatement()) {
      control.execute(begin);
      T result;
      try {
        result = work.apply(connection);
        control.execute("COMMIT");
      } catch (SQLException | RuntimeException e) {
        // Also when COMMIT itself failed (busy): the transaction is still open until rolled back.
        try {
          control.execute("ROLLBACK");
        } catch (SQLException rollback) {
          e.addSuppressed(rollback);
        }
        throw e;
      }
      return result;
    } catch (SQLException e) {
      throw new DatabaseException(friendly(e), e);
    }
  }

  /** A consistent copy of the whole database, made while others keep writing ({@code VACUUM INTO}). */
  public synchronized void backupTo(Path target) {
    if (Files.exists(target)) {
      throw new DatabaseException("the backup file " + target + " already exists; choose a new name");
    }
    try (PreparedStatement vacuum = connection.prepareStatement("VACUUM INTO ?")) {
      vacuum.setString(1, target.toAbsolutePath().toString());
      vacuum.execute();
    } catch (SQLException e) {
      throw new DatabaseException("backup failed: " + friendly(e), e);
    }
  }

  private static String friendly(SQLException e) {
    String message = e.getMessage() == null ? "database error" : e.getMessage();
    return message.contains("SQLITE_BUSY") ? "the database stayed busy for " + BUSY_TIMEOUT_MILLIS / 1000
        + " s; try again" : message;
  }

  private static String resource(String name) {
    try (InputStream in = Database.class.getResourceAsStream("/db/" + name)) {
      if (in == null) {
        throw new DatabaseException("migration " + name + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new DatabaseException("cannot read migration " + name, e);
    }
  }

  /** Splits a migration into statements; triggers keep their inner semicolons (BEGIN ... END;). */
  static List<String> statements(String script) {
    List<String> statements = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean inTrigger = false;
    for (String line : script.split("\n")) {
      String trimmed = line.strip();
      if (trimmed.startsWith("--") || trimmed.isEmpty()) {
        continue;
      }
      current.append(line).append('\n');
      if (trimmed.toUpperCase(Locale.ROOT).startsWith("CREATE TRIGGER")) {
        inTrigger = true;
      }
      boolean ends = inTrigger ? trimmed.toUpperCase(Locale.ROOT).endsWith("END;") : trimmed.endsWith(";");
      if (ends) {
        statements.add(current.toString().strip());
        current.setLength(0);
        inTrigger = false;
      }
    }
    if (!current.toString().isBlank()) {
      statements.add(current.toString().strip());
    }
    return statements;
  }

  @Override
  public synchronized void close() {
    try {
      synchronized (readLock) {
        reader.close();
      }
      connection.close();
    } catch (SQLException e) {
      throw new DatabaseException("cannot close the database: " + e.getMessage(), e);
    }
  }

  /** Work on the connection that may throw {@link SQLException}. */
  @FunctionalInterface
  public interface SqlFunction<T> {
    T apply(Connection connection) throws SQLException;
  }
}
