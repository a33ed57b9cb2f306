package org.msan.convene.rsvp;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.msan.convene.database.Database;

/** The event cards posted in channels, by message, so their counts can be updated after a restart too. */
public final class AnnouncementStore {

  /** One posted card. */
  public record Posted(String eventId, String channelId, String messageId) {}

  private final Database database;
  private final Clock clock;

  public AnnouncementStore(Database database, Clock clock) {
    this.database = database;
    this.clock = clock;
  }

  public void add(Posted posted, String postedBy) {
    database.inTransaction(connection -> {
      try (PreparedStatement insert = connection.prepareStatement(
          "INSERT OR IGNORE INTO announcement (event_id, channel_id, message_id, posted_by, posted_at) VALUES (?, ?, ?, ?, ?)")) {
        insert.setString(1, posted.eventId());
        insert.setString(2, posted.channelId());
        insert.setString(3, posted.messageId());
        insert.setString(4, postedBy);
        insert.setString(5, clock.instant().toString());
        return insert.executeUpdate();
      }
    });
  }

  public List<Posted> forEvent(String eventId) {
    return database.read(connection -> {
      List<Posted> posted = new ArrayList<>();
      try (PreparedStatement select = connection.prepareStatement(
          "SELECT channel_id, message_id FROM announcement WHERE event_id = ? ORDER BY posted_at")) {
        select.setString(1, eventId);
        try (ResultSet row = select.executeQuery()) {
          while (row.next()) {
            posted.add(new Posted(eventId, row.getString(1), row.getString(2)));
          }
        }
      }
      return posted;
    });
  }

  /** Events that have at least one card. */
  public List<String> announcedEvents() {
    return database.read(connection -> {
      List<String> events = new ArrayList<>();
      try (PreparedStatement select = connection.prepareStatement("SELECT DISTINCT event_id FROM announcement");
          ResultSet row = select.executeQuery()) {
        while (row.next()) {
          events.add(row.getString(1));
        }
      }
      return events;
    });
  }

  /** Forgets a card whose message was deleted. */
  public void remove(Posted posted) {
    database.inTransaction(connection -> {
      try (PreparedStatement delete = connection.prepareStatement(
          "DELETE FROM announcement WHERE channel_id = ? AND message_id = ?")) {
        delete.setString(1, posted.channelId());
        delete.setString(2, posted.messageId());
        return delete.executeUpdate();
      }
    });
  }
}
