package org.msan.convene.rsvp;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.msan.convene.database.Database;
import org.msan.convene.events.CalendarLoader;
import org.msan.convene.events.CalendarService;
import org.msan.convene.knowledge.KnowledgeFolder;

/** A real SQLite file and a small calendar in temporary folders, for RSVP tests. */
public final class RsvpFixture implements AutoCloseable {

  public static final String EVENTS = """
      events:
        - id: small-room
          title: Small Room Convening
          start: 2020-01-15
          capacity: 3
        - id: open-webinar
          title: Open Webinar
          start: 2020-02
          kind: webinar
        - id: deadline-day
          title: Deadline Day
          start: 2020-03-01
          location: Room 204, District Office
          rsvp_deadline: 2020-01-10
        - id: long-gone
          title: Long Gone
          start: 2019-05
      """;

  public final Database database;
  public final CalendarService calendars;
  public final MutableClock clock;
  public final RsvpService rsvps;

  public RsvpFixture(Path dir) throws Exception {
    Path knowledge = Files.createDirectories(dir.resolve("knowledge"));
    Files.writeString(knowledge.resolve("events.yaml"), EVENTS);
    database = Database.open(dir.resolve("data/convene.db"));
    clock = new MutableClock(Instant.parse("2020-01-05T15:00:00Z"));
    calendars = new CalendarService(new KnowledgeFolder(knowledge), new CalendarLoader(ZoneId.of("America/Chicago"), clock));
    rsvps = new RsvpService(database, calendars, clock);
  }

  @Override
  public void close() {
    database.close();
  }

  /** A clock tests move by hand; its views in other zones move with it. */
  public static final class MutableClock extends Clock {
    private final java.util.concurrent.atomic.AtomicReference<Instant> now;
    private final ZoneId zone;

    MutableClock(Instant now) {
      this(new java.util.concurrent.atomic.AtomicReference<>(now), ZoneOffset.UTC);
    }

    private MutableClock(java.util.concurrent.atomic.AtomicReference<Instant> now, ZoneId zone) {
      this.now = now;
      this.zone = zone;
    }

    public void set(Instant instant) {
      now.set(instant);
    }

    public void tick() {
      now.updateAndGet(instant -> instant.plusSeconds(1));
    }

    @Override
    public ZoneId getZone() {
      return zone;
    }

    /** The same clock seen from another zone: setting either moves both. */
    @Override
    public Clock withZone(ZoneId other) {
      return new MutableClock(now, other);
    }

    @Override
    public Instant instant() {
      return now.get();
    }
  }
}
