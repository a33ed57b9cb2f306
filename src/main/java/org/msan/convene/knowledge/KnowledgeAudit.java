package org.msan.convene.knowledge;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.msan.convene.database.Database;

/**
 * Every change staff make to the knowledge folder from Discord or {@code chat} (teach, add, replace,
 * remove, restore): who, when, which file and the SHA-256 of its content, append-only in SQLite.
 * A taught answer's text is kept too, so teaching the same question again keeps its history.
 */
public final class KnowledgeAudit {

  /** What was done to a file. */
  public enum Action { TEACH, ADD, REPLACE, REMOVE, RESTORE }

  /** One change, as listed by {@code convene audit} and {@code /audit}. */
  public record Entry(Instant at, String actorId, String actorName, Action action, String path, String contentHash,
      String content) {}

  private final Database database;
  private final Clock clock;

  public KnowledgeAudit(Database database, Clock clock) {
    this.database = database;
    this.clock = clock;
  }

  /** @param content the text kept with the entry (a taught answer), or null */
  public void record(String actorId, String actorName, Action action, String path, byte[] bytes, String content) {
    database.inTransaction(connection -> {
      try (PreparedStatement insert = connection.prepareStatement("""
          INSERT INTO knowledge_audit (at, actor_id, actor_name, action, path, content_hash, content)
          VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
        insert.setString(1, clock.instant().toString());
        insert.setString(2, actorId);
        insert.setString(3, actorName);
        insert.setString(4, action.name().toLowerCase(java.util.Locale.ROOT));
        insert.setString(5, path);
        insert.setString(6, sha256(bytes));
        insert.setString(7, content);
        return insert.executeUpdate();
      }
    });
  }

  /** The latest {@code limit} entries, newest first. */
  public List<Entry> latest(int limit) {
    return database.read(connection -> {
      List<Entry> entries = new ArrayList<>();
      try (PreparedStatement select = connection.prepareStatement(
          "SELECT at, actor_id, actor_name, action, path, content_hash, content FROM knowledge_audit"
              + " ORDER BY id DESC LIMIT ?")) {
        select.setInt(1, limit);
        try (ResultSet row = select.executeQuery()) {
          while (row.next()) {
            entries.add(new Entry(Instant.parse(row.getString("at")), row.getString("actor_id"),
                row.getString("actor_name"), Action.valueOf(row.getString("action").toUpperCase(java.util.Locale.ROOT)),
                row.getString("path"), row.getString("content_hash"), row.getString("content")));
          }
        }
      }
      return entries;
    });
  }

  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
