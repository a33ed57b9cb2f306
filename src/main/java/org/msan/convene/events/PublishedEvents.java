package org.msan.convene.events;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.msan.convene.database.Database;

/**
 * Which calendar events should appear in Discord's Events tab (upcoming, with a known day, not yet
 * started) and which already do, kept in SQLite. A sync compares the two and does only the difference.
 */
public final class PublishedEvents {

  /** An event as published: an external Discord event needs a location and an end. */
  public record Published(String eventId, String name, String description, String location, OffsetDateTime start,
      OffsetDateTime end) {

    public String fingerprint() {
      return String.join("\u001F", name, description, location, start.toString(), end.toString());
    }
  }

  /** What Discord has for an event: its id there and the fingerprint of what was sent. */
  public record Mirror(String discordId, String fingerprint) {}

  private static final Duration DEFAULT_LENGTH = Duration.ofHours(1);

  private final Database database;
  private final Clock clock;

  public PublishedEvents(Database database, Clock clock) {
    this.database = database;
    this.clock = clock;
  }

  /** The events to publish now, by id. */
  public Map<String, Published> wanted(EventCalendar calendar, ZoneId zone) {
    Instant now = clock.instant();
    Map<String, Published> wanted = new HashMap<>();
    java.util.Set<String> seriesShown = new java.util.HashSet<>();
    for (CalendarEvent event : calendar.all()) {
      if (event.start().precision() == 0 || event.cancelled()) {
        continue;
      }
      OffsetDateTime start = start(event.start(), zone);
      // Only a series' next session: Discord keeps at most 100 scheduled events per server.
      if (!start.toInstant().isAfter(now) || !seriesShown.add(event.seriesId())) {
        continue;
      }
      OffsetDateTime end = event.end() == null ? defaultEnd(event.start(), start, zone) : end(event.end(), zone);
      if (!end.isAfter(start)) {
        end = start.plus(DEFAULT_LENGTH);
      }
      String location = event.location().isEmpty() ? "See /event " + event.id() : event.location();
      wanted.put(event.id(), new Published(event.id(), event.title(), event.description(), location, start, end));
    }
    return wanted;
  }

  private static OffsetDateTime start(EventTime time, ZoneId zone) {
    return time instanceof EventTime.Moment moment ? moment.at().toOffsetDateTime()
        : time.firstDay().atStartOfDay(zone).toOffsetDateTime();
  }

  private static OffsetDateTime end(EventTime time, ZoneId zone) {
    return time instanceof EventTime.Moment moment ? moment.at().toOffsetDateTime()
        : time.lastDay().plusDays(1).atStartOfDay(zone).toOffsetDateTime();
  }

  /** A day-long event lasts the day; a timed one an hour unless an end is given. */
  private static OffsetDateTime defaultEnd(EventTime startTime, OffsetDateTime start, ZoneId zone) {
    return startTime instanceof EventTime.Moment ? start.plus(DEFAULT_LENGTH) : end(startTime, zone);
  }

  public Map<String, Mirror> mirrors(String guildId) {
    return database.read(connection -> {
      Map<String, Mirror> mirrors = new HashMap<>();
      try (PreparedStatement select = connection.prepareStatement(
          "SELECT event_id, discord_id, fingerprint FROM scheduled_event WHERE guild_id = ?")) {
        select.setString(1, guildId);
        try (ResultSet row = select.executeQuery()) {
          while (row.next()) {
            mirrors.put(row.getString(1), new Mirror(row.getString(2), row.getString(3)));
          }
        }
      }
      return mirrors;
    });
  }

  public void saveMirror(String guildId, String eventId, Mirror mirror) {
    database.inTransaction(connection -> {
      try (PreparedStatement upsert = connection.prepareStatement("""
          INSERT INTO scheduled_event (event_id, guild_id, discord_id, fingerprint, synced_at) VALUES (?, ?, ?, ?, ?)
          ON CONFLICT (event_id) DO UPDATE SET guild_id = excluded.guild_id, discord_id = excluded.discord_id,
            fingerprint = excluded.fingerprint, synced_at = excluded.synced_at""")) {
        upsert.setString(1, eventId);
        upsert.setString(2, guildId);
        upsert.setString(3, mirror.discordId());
        upsert.setString(4, mirror.fingerprint());
        upsert.setString(5, clock.instant().toString());
        return upsert.executeUpdate();
      }
    });
  }

  public void forget(String eventId) {
    database.inTransaction(connection -> {
      try (PreparedStatement delete = connection.prepareStatement("DELETE FROM scheduled_event WHERE event_id = ?")) {
        delete.setString(1, eventId);
        return delete.executeUpdate();
      }
    });
  }
}
