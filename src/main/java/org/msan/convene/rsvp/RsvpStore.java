package org.msan.convene.rsvp;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The SQL of RSVPs; every method runs on the connection of the caller's transaction. */
final class RsvpStore {

  private static final String COLUMNS =
      "event_id, user_id, display_name, status, guests, note, waitlisted_at, updated_at";

  Optional<Rsvp> find(Connection connection, String eventId, String userId) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(
        "SELECT " + COLUMNS + " FROM rsvp WHERE event_id = ? AND user_id = ?")) {
      select.setString(1, eventId);
      select.setString(2, userId);
      List<Rsvp> rows = rows(select);
      return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }
  }

  /** Everyone who answered, confirmed first, waitlist in its order, then by when they answered. */
  List<Rsvp> forEvent(Connection connection, String eventId) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM rsvp WHERE event_id = ?"
        + " ORDER BY waitlisted_at IS NOT NULL, waitlisted_at, updated_at, user_id")) {
      select.setString(1, eventId);
      return rows(select);
    }
  }

  List<Rsvp> forUser(Connection connection, String userId) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(
        "SELECT " + COLUMNS + " FROM rsvp WHERE user_id = ? ORDER BY event_id")) {
      select.setString(1, userId);
      return rows(select);
    }
  }

  void save(Connection connection, Rsvp rsvp, Instant waitlistedAt, String action) throws SQLException {
    try (PreparedStatement upsert = connection.prepareStatement("""
        INSERT INTO rsvp (event_id, user_id, display_name, status, guests, note, waitlisted_at, created_at, updated_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (event_id, user_id) DO UPDATE SET display_name = excluded.display_name,
          status = excluded.status, guests = excluded.guests, note = excluded.note,
          waitlisted_at = excluded.waitlisted_at, updated_at = excluded.updated_at""")) {
      upsert.setString(1, rsvp.eventId());
      upsert.setString(2, rsvp.userId());
      upsert.setString(3, rsvp.displayName());
      upsert.setString(4, rsvp.status().code());
      upsert.setInt(5, rsvp.guests());
      upsert.setString(6, rsvp.note());
      upsert.setString(7, waitlistedAt == null ? null : waitlistedAt.toString());
      upsert.setString(8, rsvp.updatedAt().toString());
      upsert.setString(9, rsvp.updatedAt().toString());
      upsert.executeUpdate();
    }
    try (PreparedStatement history = connection.prepareStatement("""
        INSERT INTO rsvp_history (event_id, user_id, display_name, status, guests, note, waitlisted, action, changed_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
      history.setString(1, rsvp.eventId());
      history.setString(2, rsvp.userId());
      history.setString(3, rsvp.displayName());
      history.setString(4, rsvp.status().code());
      history.setInt(5, rsvp.guests());
      history.setString(6, rsvp.note());
      history.setInt(7, rsvp.waitlisted() ? 1 : 0);
      history.setString(8, action);
      history.setString(9, rsvp.updatedAt().toString());
      history.executeUpdate();
    }
  }

  /**
   * Since when the member has been coming (going with a place, or maybe) without a break, from the
   * history; empty when they are not coming now.
   */
  Optional<Instant> comingSince(Connection connection, String eventId, String userId) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(
        "SELECT status, waitlisted, changed_at FROM rsvp_history WHERE event_id = ? AND user_id = ? ORDER BY id")) {
      select.setString(1, eventId);
      select.setString(2, userId);
      Instant since = null;
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          RsvpStatus status = RsvpStatus.parse(row.getString("status")).orElseThrow();
          boolean coming = status == RsvpStatus.MAYBE || status == RsvpStatus.GOING && row.getInt("waitlisted") == 0;
          if (!coming) {
            since = null;
          } else if (since == null) {
            since = Instant.parse(row.getString("changed_at"));
          }
        }
      }
      return Optional.ofNullable(since);
    }
  }

  /** Keeps the waitlist position of a member who was already waiting. */
  Optional<String> waitlistedAt(Connection connection, String eventId, String userId) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(
        "SELECT waitlisted_at FROM rsvp WHERE event_id = ? AND user_id = ?")) {
      select.setString(1, eventId);
      select.setString(2, userId);
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? Optional.ofNullable(row.getString(1)) : Optional.empty();
      }
    }
  }

  boolean isClosed(Connection connection, String eventId) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement("SELECT 1 FROM rsvp_closed WHERE event_id = ?")) {
      select.setString(1, eventId);
      try (ResultSet row = select.executeQuery()) {
        return row.next();
      }
    }
  }

  /** @return false when it already was in that state */
  boolean setClosed(Connection connection, String eventId, boolean closed, String by, Instant at) throws SQLException {
    String sql = closed ? "INSERT OR IGNORE INTO rsvp_closed (event_id, closed_by, closed_at) VALUES (?, ?, ?)"
        : "DELETE FROM rsvp_closed WHERE event_id = ?";
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, eventId);
      if (closed) {
        statement.setString(2, by);
        statement.setString(3, at.toString());
      }
      return statement.executeUpdate() > 0;
    }
  }

  int historyCount(Connection connection, String eventId) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement("SELECT count(*) FROM rsvp_history WHERE event_id = ?")) {
      select.setString(1, eventId);
      try (ResultSet row = select.executeQuery()) {
        return row.getInt(1);
      }
    }
  }

  private static List<Rsvp> rows(PreparedStatement select) throws SQLException {
    List<Rsvp> rows = new ArrayList<>();
    try (ResultSet row = select.executeQuery()) {
      while (row.next()) {
        rows.add(new Rsvp(row.getString("event_id"), row.getString("user_id"), row.getString("display_name"),
            RsvpStatus.parse(row.getString("status")).orElseThrow(), row.getInt("guests"), row.getString("note"),
            row.getString("waitlisted_at") != null, Instant.parse(row.getString("updated_at"))));
      }
    }
    return rows;
  }
}
