package org.msan.convene.events;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.msan.convene.database.Database;
import org.msan.convene.knowledge.KnowledgeFolder;

/**
 * A calendar with one event of each kind a calendar file must get right, on a real SQLite file in
 * a temporary folder; today is Sunday, January 10, 2027 in Chicago.
 */
public final class ExportFixture implements AutoCloseable {

  public static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
  public static final Instant NOW = Instant.parse("2027-01-10T18:00:00Z");
  public static final String NETWORK = "Midwest District Network";

  /** Timed in two zones, a day, several days, a time to a day, a month only, recent and long past. */
  public static final String EVENTS_YAML = """
      events:
        - id: board-call
          title: Board call
          start: 2027-01-21T09:00 America/Chicago
          end: 2027-01-21T11:00 America/Chicago
          kind: virtual
          location: https://zoom.example.org/j/123
          description: "Quarterly call; agenda: budget, \\"equity\\" review."
          source: https://msan.example.org/board
        - id: east-coast-visit
          title: East Coast site visit
          start: 2027-02-03T10:00 America/New_York
          end: 2027-02-03T15:30 America/New_York
          kind: in-person
          location: Evanston Township High School, 1600 Dodge Ave
          source: midwest-district-network.md
        - id: data-day
          title: Data Day
          start: 2027-03-05
          kind: in-person
        - id: spring-institute
          title: Spring Institute – Équité & <Leadership>
          start: 2027-04-15
          end: 2027-04-17
          kind: in-person
          location: Madison, WI
          capacity: 40
        - id: summer-retreat
          title: Summer Retreat
          start: 2027-06-07T18:00 America/Chicago
          end: 2027-06-09
        - id: fall-kickoff
          title: Fall kick-off
          start: 2027-10
          kind: in-person
        - id: november-review
          title: November review
          start: 2026-11-02
        - id: summer-review
          title: Summer review
          start: 2026-08-20
      """;

  /**
   * A weekly series across the change to daylight time on March 14, 2027, with one session
   * cancelled (EXDATE) and one moved (RECURRENCE-ID); and a cancelled single event.
   */
  public static final String SERIES_ICS = """
      BEGIN:VCALENDAR
      VERSION:2.0
      PRODID:-//Test//EN
      BEGIN:VEVENT
      UID:office-hours@example.org
      DTSTAMP:20261201T000000Z
      SUMMARY:Data Office Hours
      DTSTART;TZID=America/Chicago:20270302T150000
      DTEND;TZID=America/Chicago:20270302T160000
      RRULE:FREQ=WEEKLY;BYDAY=TU;COUNT=5
      EXDATE;TZID=America/Chicago:20270316T150000
      LOCATION:Microsoft Teams Meeting
      CATEGORIES:virtual
      END:VEVENT
      BEGIN:VEVENT
      UID:office-hours@example.org
      DTSTAMP:20261201T000000Z
      RECURRENCE-ID;TZID=America/Chicago:20270323T150000
      DTSTART;TZID=America/Chicago:20270324T100000
      DTEND;TZID=America/Chicago:20270324T110000
      END:VEVENT
      BEGIN:VEVENT
      UID:family-meetup@example.org
      DTSTAMP:20261201T000000Z
      SUMMARY:Family Meetup
      DTSTART;TZID=America/Chicago:20270210T180000
      DTEND;TZID=America/Chicago:20270210T193000
      STATUS:CANCELLED
      END:VEVENT
      END:VCALENDAR
      """;

  public final Path knowledge;
  public final Database database;
  public final CalendarService calendars;
  public final Clock clock;
  public final CalendarExport export;

  public ExportFixture(Path dir) throws Exception {
    this(dir, Clock.fixed(NOW, CHICAGO));
  }

  public ExportFixture(Path dir, Clock clock) throws Exception {
    knowledge = Files.createDirectories(dir.resolve("knowledge"));
    Files.writeString(knowledge.resolve("events.yaml"), EVENTS_YAML);
    Files.writeString(knowledge.resolve("series.ics"), SERIES_ICS.replace("\n", "\r\n"));
    database = Database.open(dir.resolve("data/convene.db"));
    this.clock = clock;
    calendars = new CalendarService(new KnowledgeFolder(knowledge), new CalendarLoader(CHICAGO, clock));
    export = new CalendarExport(calendars, database, clock);
  }

  /** The same calendar and database seen later, as after a restart. */
  public CalendarExport exportAt(Clock later) {
    return new CalendarExport(calendars, database, later);
  }

  @Override
  public void close() {
    database.close();
  }
}
