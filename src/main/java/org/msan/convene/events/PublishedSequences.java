package org.msan.convene.events;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.msan.convene.database.Database;

/**
 * The SEQUENCE of each published event or series (table {@code published_sequence}). In: the hash
 * of what would be published now, per id; out: its revision, with the SEQUENCE raised by one and
 * the time of change set to now when the hash differs from the last one published. Calendars that
 * subscribed take the higher SEQUENCE as the newer version of the event.
 */
final class PublishedSequences {

  private record Row(String hash, IcsWriter.Revision revision) {}

  private final Database database;
  private final Clock clock;

  PublishedSequences(Database database, Clock clock) {
    this.database = Objects.requireNonNull(database, "database");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * The revision of each id for its content hash; a first-seen id starts at SEQUENCE 0. Reads only,
   * unless something changed: then one write transaction, which re-reads so two processes that see
   * the same change raise the SEQUENCE once.
   */
  Map<String, IcsWriter.Revision> revise(Map<String, String> hashes) {
    Map<String, Row> known = database.read(PublishedSequences::rows);
    if (hashes.entrySet().stream().allMatch(e -> known.containsKey(e.getKey())
        && known.get(e.getKey()).hash().equals(e.getValue()))) {
      return revisions(known, hashes);
    }
    Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    return database.inTransaction(connection -> {
      Map<String, Row> rows = rows(connection);
      try (PreparedStatement upsert = connection.prepareStatement("""
          INSERT INTO published_sequence (event_id, content_hash, sequence, changed_at) VALUES (?, ?, ?, ?)
          ON CONFLICT (event_id) DO UPDATE SET content_hash = excluded.content_hash,
            sequence = excluded.sequence, changed_at = excluded.changed_at""")) {
        for (Map.Entry<String, String> entry : hashes.entrySet()) {
          Row row = rows.get(entry.getKey());
          if (row != null && row.hash().equals(entry.getValue())) {
            continue;
          }
          int sequence = row == null ? 0 : row.revision().sequence() + 1;
          upsert.setString(1, entry.getKey());
          upsert.setString(2, entry.getValue());
          upsert.setInt(3, sequence);
          upsert.setString(4, now.toString());
          upsert.addBatch();
          rows.put(entry.getKey(), new Row(entry.getValue(), new IcsWriter.Revision(sequence, now)));
        }
        upsert.executeBatch();
      }
      return revisions(rows, hashes);
    });
  }

  private static Map<String, IcsWriter.Revision> revisions(Map<String, Row> rows, Map<String, String> hashes) {
    Map<String, IcsWriter.Revision> revisions = new HashMap<>();
    hashes.keySet().forEach(id -> revisions.put(id, rows.get(id).revision()));
    return revisions;
  }

  private static Map<String, Row> rows(Connection connection) throws SQLException {
    Map<String, Row> rows = new HashMap<>();
    try (PreparedStatement select = connection.prepareStatement(
        "SELECT event_id, content_hash, sequence, changed_at FROM published_sequence");
        ResultSet row = select.executeQuery()) {
      while (row.next()) {
        rows.put(row.getString(1), new Row(row.getString(2),
            new IcsWriter.Revision(row.getInt(3), Instant.parse(row.getString(4)))));
      }
    }
    return rows;
  }
}
