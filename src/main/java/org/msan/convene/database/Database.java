package org.msan.convene.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The SQLite database ({@code data/convene.db}): WAL, a busy timeout, foreign keys, versioned
 * migrations ({@code src/main/resources/db/V<n>__<what>.sql}) applied at open by Flyway, and every
 * write in one immediate transaction so several processes can write at once without losing or
 * duplicating anything. Two connections per process: one for writes, used by one thread at a time,
 * and one for reads, which in WAL mode never wait for a writer, so a reply that only reads is not
 * held up by one that writes.
 *
 * <p>Flyway records what it applied in {@code flyway_schema_history}. A database made before
 * Flyway, by the hand-written runner that kept its version in {@code PRAGMA user_version}, is taken
 * over at that version (Flyway's baseline) and keeps its rows; {@code user_version} is still set to
 * the schema version after each migration, so a release from before Flyway can open a database
 * that has no migration it does not know.
 */
public final class Database implements AutoCloseable {

  /** Where the migrations are: one fixed folder, so Flyway scans nothing else. */
  static final String MIGRATIONS = "classpath:db";
  /**
   * The schema this build's migrations make: its highest {@code V<n>} (a test holds the two equal).
   * A database already there by both its Flyway history and {@code user_version} is opened without
   * starting Flyway, which costs about half a second of start-up (some 400 classes); any other goes
   * through Flyway.
   */
  static final int SCHEMA_VERSION = 7;
  /**
   * How long a write waits for another process's write lock. Writes take milliseconds; past this
   * something is stuck, and a member waiting on Discord (3 s to acknowledge) is better told to retry.
   */
  static final int BUSY_TIMEOUT_MILLIS = 5_000;
  /**
   * How long opening waits for another process that holds the database (one migrating the same new
   * file at that moment, a backup): this is start-up, where no member is waiting, on a machine that
   * may be starting several processes at once.
   */
  static final int OPEN_WAIT_MILLIS = 30_000;
  private static final int OPEN_RETRY_MILLIS = 50;

  private final Connection connection;
  private final Connection reader;
  private final Object readLock = new Object();

  private Database(Connection connection, Connection reader) {
    this.connection = connection;
    this.reader = reader;
  }

  /**
   * Opens the database file, creating it and its folder when missing, and brings its schema up to
   * date. Blocks while another process holds the database: it tries again for {@link
   * #OPEN_WAIT_MILLIS}, and its last try may itself wait the busy timeout (about 35 s in all).
   *
   * @throws DatabaseException when it cannot be opened or migrated, or its schema is newer than this
   *     build's (then nothing in it is changed); the message is one line that says what to do
   */
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
    // JDBC's own begin, used by Flyway: see migrate. This class begins its own transactions explicitly.
    config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
    long giveUp = System.nanoTime() + OPEN_WAIT_MILLIS * 1_000_000L;
    while (true) {
      try {
        return openAndMigrate(file, config);
      } catch (SQLException | DatabaseException e) {
        // Switching a new file to WAL takes a lock that SQLite's busy timeout does not wait for, and
        // a migration may wait longer than a write would: processes opening the same new database
        // at once are told it is busy, and try again.
        if (!busy(e) || System.nanoTime() > giveUp) {
          throw e instanceof DatabaseException opening ? opening
              : new DatabaseException("cannot open the database " + file + ": " + e.getMessage(), e);
        }
        try {
          Thread.sleep(OPEN_RETRY_MILLIS);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw new DatabaseException("cannot open the database " + file + ": interrupted", e);
        }
      }
    }
  }

  private static Database openAndMigrate(Path file, SQLiteConfig config) throws SQLException {
    Connection connection = config.createConnection("jdbc:sqlite:" + file);
    Database database;
    try {
      database = new Database(connection, config.createConnection("jdbc:sqlite:" + file));
    } catch (SQLException e) {
      connection.close();
      throw e;
    }
    try {
      database.migrate(file, config);
    } catch (SQLException | RuntimeException e) {
      database.close();
      throw e;
    }
    return database;
  }

  /**
   * Brings the schema up to date, or refuses a newer one before writing anything. Flyway cannot lock
   * its history table on SQLite; it reads what is pending and applies it (all at once: group) inside
   * one transaction, which the IMMEDIATE mode begins by taking the write lock, so a second process
   * opening the database at the same moment waits (the busy timeout) and then finds nothing pending.
   */
  private void migrate(Path file, SQLiteConfig config) throws SQLException {
    int before = userVersion();
    if (before == SCHEMA_VERSION && flywayVersion() == SCHEMA_VERSION) {
      return;
    }
    SQLiteDataSource source = new SQLiteDataSource(config);
    source.setUrl("jdbc:sqlite:" + file);
    FluentConfiguration flyway = Flyway.configure(Database.class.getClassLoader()).dataSource(source)
        .locations(MIGRATIONS).loggers("slf4j").placeholderReplacement(false).group(true);
    if (before > 0) {
      // The hand-written runner's database: Flyway takes it over at the version it has.
      flyway.baselineOnMigrate(true).baselineVersion(String.valueOf(before))
          .baselineDescription("schema of the runner before Flyway");
    }
    Flyway migrations = flyway.load();
    MigrationInfo[] all;
    try {
      all = migrations.info().all();
    } catch (FlywayException e) {
      throw new DatabaseException("cannot read the schema of " + file + ": " + firstLine(e), e);
    }
    int known = Arrays.stream(all).filter(m -> m.getState().isResolved()).mapToInt(Database::version).max().orElse(0);
    int current = Math.max(before,
        Arrays.stream(all).filter(m -> m.getState().isApplied()).mapToInt(Database::version).max().orElse(0));
    if (current > known) {
      throw new DatabaseException("the database " + file + " is from a newer Convene (schema " + current
          + ", this one knows up to " + known + "); run the newer version or restore a backup");
    }
    try {
      migrations.migrate();
    } catch (FlywayException e) {
      throw new DatabaseException("cannot migrate the database " + file + ": " + firstLine(e), e);
    }
    if (before != known) {
      try (Statement statement = connection.createStatement()) {
        statement.execute("PRAGMA user_version = " + known);
      }
    }
  }

  private static int version(MigrationInfo migration) {
    return migration.getVersion() == null ? 0 : Integer.parseInt(migration.getVersion().getVersion());
  }

  private static String firstLine(Exception e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
  }

  /** The highest version Flyway applied, read without starting it; 0 before Flyway took the database over. */
  private int flywayVersion() throws SQLException {
    try (Statement statement = connection.createStatement()) {
      try (var table = statement.executeQuery(
          "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'flyway_schema_history'")) {
        if (table.getInt(1) == 0) {
          return 0;
        }
      }
      try (var version = statement.executeQuery(
          "SELECT max(CAST(version AS INTEGER)) FROM flyway_schema_history WHERE success = 1")) {
        return version.getInt(1);
      }
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

  /** Whether SQLite said the database was locked, anywhere in the chain of causes. */
  private static boolean busy(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (String.valueOf(cause.getMessage()).contains("SQLITE_BUSY")) {
        return true;
      }
    }
    return false;
  }

  private static String friendly(SQLException e) {
    String message = e.getMessage() == null ? "database error" : e.getMessage();
    return message.contains("SQLITE_BUSY") ? "the database stayed busy for " + BUSY_TIMEOUT_MILLIS / 1000
        + " s; try again" : message;
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
