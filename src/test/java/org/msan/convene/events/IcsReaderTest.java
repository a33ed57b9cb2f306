package org.msan.convene.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msan.convene.knowledge.KnowledgeFolder;

/** .ics files as calendars export them, read through ical4j. */
final class IcsReaderTest {

  private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

  @TempDir Path dir;

  private EventCalendar load(String name, byte[] ics) throws Exception {
    Files.write(dir.resolve(name), ics);
    return new CalendarLoader(CHICAGO, Clock.fixed(Instant.parse("2026-11-30T18:00:00Z"), CHICAGO))
        .load(new KnowledgeFolder(dir));
  }

  private static byte[] crlf(String text) {
    return text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
  }

  @Test
  @DisplayName("A weekly RRULE across a DST change keeps its wall-clock time; EXDATE cancels one; RECURRENCE-ID moves one")
  void recurringSeries() throws Exception {
    EventCalendar calendar = load("series.ics", crlf("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Test//EN
        BEGIN:VEVENT
        UID:hours@example.org
        DTSTAMP:20261001T000000Z
        SUMMARY:Data Office Hours
        DTSTART;TZID=America/Chicago:20261020T150000
        DTEND;TZID=America/Chicago:20261020T160000
        RRULE:FREQ=WEEKLY;BYDAY=TU;COUNT=5
        EXDATE;TZID=America/Chicago:20261103T150000
        LOCATION:Microsoft Teams Meeting
        END:VEVENT
        BEGIN:VEVENT
        UID:hours@example.org
        DTSTAMP:20261001T000000Z
        RECURRENCE-ID;TZID=America/Chicago:20261110T150000
        DTSTART;TZID=America/Chicago:20261111T100000
        DTEND;TZID=America/Chicago:20261111T110000
        END:VEVENT
        END:VCALENDAR
        """));

    assertThat(calendar.problems()).isEmpty();
    List<CalendarEvent> occurrences = calendar.series("hours-example-org");
    assertThat(occurrences).extracting(e -> e.start().firstDay()).containsExactly(
        LocalDate.of(2026, 10, 20), LocalDate.of(2026, 10, 27), LocalDate.of(2026, 11, 3),
        LocalDate.of(2026, 11, 11), LocalDate.of(2026, 11, 17));
    // 3:00 PM before and after the change to standard time on November 1.
    assertThat(occurrences).filteredOn(e -> e.start() instanceof EventTime.Moment)
        .extracting(e -> ((EventTime.Moment) e.start()).at().toLocalTime())
        .containsExactly(LocalTime.of(15, 0), LocalTime.of(15, 0), LocalTime.of(15, 0), LocalTime.of(10, 0),
            LocalTime.of(15, 0));
    assertThat(calendar.byId("hours-example-org-2026-11-03").orElseThrow().cancelled()).isTrue();
    CalendarEvent moved = calendar.byId("hours-example-org-2026-11-10").orElseThrow();
    assertThat(moved.title()).isEqualTo("Data Office Hours");
    assertThat(moved.location()).isEqualTo("Microsoft Teams Meeting");
    assertThat(moved.recurrence().rule()).isEqualTo("weekly on Tuesdays");
    assertThat(calendar.next(LocalDate.of(2026, 10, 28), e -> true).orElseThrow().id())
        .isEqualTo("hours-example-org-2026-11-10");
  }

  @Test
  @DisplayName("Outlook's Windows zone names, without a VTIMEZONE, map to IANA zones; the network's own stays unnamed")
  void windowsZoneNames() throws Exception {
    EventCalendar calendar = load("outlook.ics", crlf("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
        BEGIN:VEVENT
        UID:040000008200E00074C5B7101A82E00800000000F0A1B2C3D4E5F60718293A4B5C6D7E8F90
        DTSTAMP:20191001T000000Z
        SUMMARY:Board call
        DTSTART;TZID=Eastern Standard Time:20191106T130000
        DTEND;TZID=Eastern Standard Time:20191106T140000
        END:VEVENT
        BEGIN:VEVENT
        UID:central@example.org
        DTSTAMP:20191001T000000Z
        SUMMARY:Planning call
        DTSTART;TZID=Central Standard Time:20191107T090000
        END:VEVENT
        END:VCALENDAR
        """));

    assertThat(calendar.problems()).isEmpty();
    CalendarEvent board = calendar.all().stream().filter(e -> e.title().equals("Board call")).findFirst().orElseThrow();
    assertThat(board.when(CHICAGO)).isEqualTo("Wednesday, November 6, 2019, 1:00–2:00 PM Eastern Time / 12:00–1:00 PM Central Time");
    assertThat(board.id().length()).isLessThanOrEqualTo(48);
    assertThat(calendar.byId("central-example-org").orElseThrow().when(CHICAGO))
        .isEqualTo("Thursday, November 7, 2019, 9:00 AM");
  }

  @Test
  @DisplayName("A SUMMARY folded inside a UTF-8 character is unfolded on bytes (RFC 5545 §3.1); STATUS:CANCELLED is kept")
  void foldInsideACharacterAndCancellation() throws Exception {
    ByteArrayOutputStream ics = new ByteArrayOutputStream();
    ics.writeBytes(crlf("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Test//EN\nBEGIN:VEVENT\nUID:cafe\nDTSTAMP:20261001T000000Z\n"));
    byte[] summary = "SUMMARY:Café Conversations".getBytes(StandardCharsets.UTF_8);
    int split = "SUMMARY:Caf".length() + 1; // between the two bytes of "é"
    ics.write(summary, 0, split);
    ics.writeBytes("\r\n ".getBytes(StandardCharsets.US_ASCII));
    ics.write(summary, split, summary.length - split);
    ics.writeBytes(crlf("\nSTATUS:CANCELLED\nDTSTART;VALUE=DATE:20261203\nEND:VEVENT\nEND:VCALENDAR\n"));

    EventCalendar calendar = load("cafe.ics", ics.toByteArray());

    CalendarEvent cafe = calendar.byId("cafe").orElseThrow();
    assertThat(cafe.title()).isEqualTo("Café Conversations");
    assertThat(cafe.cancelled()).isTrue();
    assertThat(cafe.start()).isEqualTo(new EventTime.Day(LocalDate.of(2026, 12, 3)));
    assertThat(calendar.next(LocalDate.of(2026, 12, 1), e -> true)).isEmpty();
  }

  @Test
  @DisplayName("Outlook's \"Canceled: \" before a cancelled meeting's title is left out: its status says it")
  void outlookCanceledPrefix() throws Exception {
    EventCalendar calendar = load("outlook.ics", crlf("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
        BEGIN:VEVENT
        UID:roundtable
        DTSTAMP:20261001T000000Z
        SUMMARY:Canceled: Curriculum Directors Roundtable
        STATUS:CANCELLED
        DTSTART;VALUE=DATE:20270114
        END:VEVENT
        BEGIN:VEVENT
        UID:talk
        DTSTAMP:20261001T000000Z
        SUMMARY:Canceled: a talk on what we stopped doing
        DTSTART;VALUE=DATE:20270115
        END:VEVENT
        END:VCALENDAR
        """));

    assertThat(calendar.byId("roundtable").orElseThrow().title()).isEqualTo("Curriculum Directors Roundtable");
    assertThat(calendar.byId("talk").orElseThrow().title()).as("not cancelled: the title as written")
        .isEqualTo("Canceled: a talk on what we stopped doing");
  }

  @Test
  @DisplayName("A series written in UTC keeps its UTC time across DST and its UTC EXDATE; a RECURRENCE-ID in UTC moves a TZID instance")
  void utcSeriesAndOverridesInAnotherZone() throws Exception {
    EventCalendar calendar = load("utc.ics", crlf("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Test//EN
        BEGIN:VEVENT
        UID:utc-series
        DTSTAMP:20261001T000000Z
        SUMMARY:Morning Check-in
        DTSTART:20261020T150000Z
        RRULE:FREQ=WEEKLY;COUNT=4
        EXDATE:20261110T150000Z
        END:VEVENT
        BEGIN:VEVENT
        UID:circle
        DTSTAMP:20261001T000000Z
        SUMMARY:Math Circle
        DTSTART;TZID=America/Chicago:20261201T160000
        DTEND;TZID=America/Chicago:20261201T170000
        RRULE:FREQ=WEEKLY;COUNT=2
        END:VEVENT
        BEGIN:VEVENT
        UID:circle
        DTSTAMP:20261001T000000Z
        RECURRENCE-ID:20261208T220000Z
        DTSTART;TZID=America/Chicago:20261209T160000
        DTEND;TZID=America/Chicago:20261209T170000
        END:VEVENT
        BEGIN:VEVENT
        UID:open-house
        DTSTAMP:20261001T000000Z
        SUMMARY:Open House
        DTSTART;TZID=America/Chicago:20261205T180000
        END:VEVENT
        END:VCALENDAR
        """));

    assertThat(calendar.problems()).isEmpty();
    // 15:00 UTC is 10:00 AM before November 1 and 9:00 AM after, in Chicago.
    assertThat(calendar.series("utc-series")).extracting(e -> e.when(CHICAGO)).containsExactly(
        "Tuesday, October 20, 2026, 10:00 AM", "Tuesday, October 27, 2026, 10:00 AM",
        "Tuesday, November 3, 2026, 9:00 AM", "Tuesday, November 10, 2026, 9:00 AM");
    assertThat(calendar.byId("utc-series-2026-11-10").orElseThrow().cancelled()).isTrue();
    assertThat(calendar.byId("circle-2026-12-08").orElseThrow().start().firstDay()).isEqualTo(LocalDate.of(2026, 12, 9));
    assertThat(calendar.byId("open-house").orElseThrow().days()).isEmpty();
  }
}
