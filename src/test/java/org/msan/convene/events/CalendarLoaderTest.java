package org.msan.convene.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.msan.convene.knowledge.KnowledgeFolder;
import org.msan.convene.knowledge.Problem;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class CalendarLoaderTest {

  private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

  @TempDir Path dir;

  private EventCalendar load() {
    return new CalendarLoader(CHICAGO, Clock.fixed(Instant.parse("2020-01-01T12:00:00Z"), CHICAGO)).load(new KnowledgeFolder(dir));
  }

  @Test
  @DisplayName("Months, days and zoned times load as given, sorted with month-only events first in their month")
  void readsEveryKindOfStart() throws Exception {
    Files.writeString(dir.resolve("events.yaml"), """
        events:
          - id: webinar
            title: Webinar
            start: 2020-03-12T10:00 America/New_York
            kind: webinar
          - id: day-one
            title: Day One
            start: 2020-03-02
            end: 2020-03-03
          - id: some-time
            title: Some Time
            start: 2020-03
            capacity: 40
            rsvp_deadline: 2020-02-20
          - id: late-day
            title: Late Day
            start: 2020-03-20
        """);

    EventCalendar calendar = load();

    assertThat(calendar.problems()).isEmpty();
    // A timed event on the 12th comes before a day-long one on the 20th: by day, not by kind.
    assertThat(calendar.all()).extracting(CalendarEvent::id)
        .containsExactly("some-time", "day-one", "webinar", "late-day");
    CalendarEvent month = calendar.byId("some-time").orElseThrow();
    assertThat(month.start()).isEqualTo(new EventTime.Month(YearMonth.of(2020, 3)));
    assertThat(month.when(CHICAGO)).isEqualTo("some time in March 2020");
    assertThat(month.capacity()).isEqualTo(40);
    assertThat(month.rsvpDeadline()).isEqualTo(LocalDate.of(2020, 2, 20));
    assertThat(calendar.byId("day-one").orElseThrow().when(CHICAGO))
        .isEqualTo("Monday–Tuesday, March 2–3, 2020");
    assertThat(calendar.byId("webinar").orElseThrow().when(CHICAGO))
        .isEqualTo("Thursday, March 12, 2020, 10:00 AM Eastern Time / 9:00 AM Central Time");
  }

  @Test
  @DisplayName("A month-only event is upcoming until its month is over, and past the day after")
  void monthOnlyEventsCountAsUpcomingUntilTheMonthEnds() throws Exception {
    Files.writeString(dir.resolve("events.yaml"), "events:\n  - id: oct\n    title: October thing\n    start: 2019-10\n");
    EventCalendar calendar = load();

    assertThat(calendar.upcoming(LocalDate.of(2019, 10, 1))).hasSize(1);
    assertThat(calendar.upcoming(LocalDate.of(2019, 10, 31))).hasSize(1);
    assertThat(calendar.upcoming(LocalDate.of(2019, 11, 1))).isEmpty();
    assertThat(calendar.past(LocalDate.of(2019, 11, 1))).hasSize(1);
  }

  @Test
  @DisplayName("Bad entries are reported with file and line, an unreadable end, capacity or deadline is left out of its event, and every other event still loads")
  void reportsBadEntriesWithTheirLines() throws Exception {
    Files.writeString(dir.resolve("events.yaml"), """
        events:
          - id: good
            title: Good
            start: 2020-01
          - title: No id
            start: 2020-02
          - id: good
            title: Duplicate
            start: 2020-03
          - id: bad-date
            title: Bad date
            start: 2020-13-45
          - id: extra
            title: Extra field
            start: 2020-04
            colour: red
          - id: bad-deadline
            title: Bad deadline
            start: 2020-05-01
            capacity: 40
            rsvp_deadline: Jan 8
          - id: bad-capacity
            title: Bad capacity
            start: 2020-05-02
            end: 2020-04-30
            capacity: forty
        """);

    EventCalendar calendar = load();

    // An unknown field may be a cancellation ("status: cancelled"): that event is left out.
    assertThat(calendar.all()).extracting(CalendarEvent::id).containsExactly("good", "bad-deadline", "bad-capacity");
    CalendarEvent badDeadline = calendar.byId("bad-deadline").orElseThrow();
    assertThat(badDeadline.rsvpDeadline()).isNull();
    assertThat(badDeadline.capacity()).isEqualTo(40);
    CalendarEvent badCapacity = calendar.byId("bad-capacity").orElseThrow();
    assertThat(badCapacity.capacity()).isNull();
    assertThat(badCapacity.end()).isNull();
    assertThat(calendar.problems()).extracting(Problem::line).containsExactly(5, 7, 12, 16, 21, 25, 26);
    assertThat(calendar.problems()).extracting(Problem::reason).satisfiesExactly(
        r -> assertThat(r).contains("has no id"),
        r -> assertThat(r).contains("duplicate id 'good'"),
        r -> assertThat(r).contains("'2020-13-45' is not a date"),
        r -> assertThat(r).contains("unknown field 'colour'").endsWith("the event is left out until it is fixed"),
        r -> assertThat(r).contains("event 'bad-deadline': rsvp_deadline").endsWith("the event is loaded without it"),
        r -> assertThat(r).contains("end is before start").endsWith("the event is loaded without it"),
        r -> assertThat(r).contains("capacity must be a whole number").endsWith("the event is loaded without it"));
    assertThat(calendar.problems()).extracting(Problem::path).containsOnly("events.yaml");
  }

  @Test
  @DisplayName("A file's time_zone: is the zone of its times written without one; another top-level key is reported and the events still load")
  void topLevelKeysBesideEvents() throws Exception {
    Files.writeString(dir.resolve("events.yaml"), """
        # The network's calendar
        network: Prairie Alliance
        events:
          - id: webinar
            title: Webinar
            start: 2020-03-12T10:00
          - id: in-new-york
            title: In New York
            start: 2020-03-13T10:00 America/New_York
          - id: with-offset
            title: With an offset
            start: 2020-03-15T10:00:00-05:00
        time_zone: America/Denver
        events:
          - id: second-list
            title: Second list
            start: 2020-03-16
        """);
    Files.writeString(dir.resolve("more.yaml"), """
        time_zone: Mars/Olympus
        events:
          - id: local
            title: Local
            start: 2020-03-14T10:00
        """);

    EventCalendar calendar = load();

    assertThat(calendar.byId("webinar").orElseThrow().start())
        .isEqualTo(new EventTime.Moment(ZonedDateTime.of(2020, 3, 12, 10, 0, 0, 0, ZoneId.of("America/Denver"))));
    assertThat(calendar.byId("in-new-york").orElseThrow().start())
        .isEqualTo(new EventTime.Moment(ZonedDateTime.of(2020, 3, 13, 10, 0, 0, 0, ZoneId.of("America/New_York"))));
    assertThat(calendar.byId("with-offset").orElseThrow().start()).as("an offset names no place: the network's clocks")
        .isEqualTo(new EventTime.Moment(ZonedDateTime.of(2020, 3, 15, 10, 0, 0, 0, CHICAGO)));
    assertThat(calendar.byId("second-list")).isEmpty();
    assertThat(calendar.byId("local").orElseThrow().start())
        .as("a zone that can't be read leaves the network's")
        .isEqualTo(new EventTime.Moment(ZonedDateTime.of(2020, 3, 14, 10, 0, 0, 0, CHICAGO)));
    assertThat(calendar.problems()).extracting(Problem::path, Problem::line).containsExactlyInAnyOrder(
        tuple("events.yaml", 2), tuple("events.yaml", 14), tuple("more.yaml", 1));
    assertThat(calendar.problems()).extracting(Problem::reason).containsExactlyInAnyOrder(
        "'network' is not read: only 'events:' and 'time_zone:' are",
        "a second 'events:' is not read: put every event in one list",
        "'Mars/Olympus' is not a time zone: write one like America/Chicago; times are read in America/Chicago");
  }

  @Test
  @DisplayName("An .ics file adds all-day and TZID events with UID ids, CATEGORIES as kind")
  void readsIcsFiles() throws Exception {
    Files.writeString(dir.resolve("extra.ics"), """
        BEGIN:VCALENDAR\r
        VERSION:2.0\r
        PRODID:-//Test//EN\r
        BEGIN:VEVENT\r
        UID:retreat-2020@example.org\r
        DTSTAMP:20200101T000000Z\r
        DTSTART;VALUE=DATE:20200610\r
        DTEND;VALUE=DATE:20200612\r
        SUMMARY:Summer Retreat\r
        DESCRIPTION:Two days of planning.\r
        LOCATION:Madison\\, WI\r
        CATEGORIES:In-Person\r
        END:VEVENT\r
        BEGIN:VEVENT\r
        UID:call-1\r
        DTSTAMP:20200101T000000Z\r
        DTSTART;TZID=America/Los_Angeles:20200615T090000\r
        SUMMARY:Planning Call\r
        CATEGORIES:virtual\r
        END:VEVENT\r
        END:VCALENDAR\r
        """);

    EventCalendar calendar = load();

    assertThat(calendar.problems()).isEmpty();
    CalendarEvent retreat = calendar.byId("retreat-2020-example-org").orElseThrow();
    assertThat(retreat.title()).isEqualTo("Summer Retreat");
    assertThat(retreat.kind()).isEqualTo("in-person");
    assertThat(retreat.location()).isEqualTo("Madison, WI");
    assertThat(retreat.start()).isEqualTo(new EventTime.Day(LocalDate.of(2020, 6, 10)));
    assertThat(retreat.lastDay()).isEqualTo(LocalDate.of(2020, 6, 11));
    CalendarEvent call = calendar.byId("call-1").orElseThrow();
    assertThat(call.start()).isEqualTo(new EventTime.Moment(
        ZonedDateTime.of(2020, 6, 15, 9, 0, 0, 0, ZoneId.of("America/Los_Angeles"))));
    assertThat(call.when(CHICAGO)).isEqualTo("Monday, June 15, 2020, 9:00 AM Pacific Time / 11:00 AM Central Time");
  }

  @Test
  @DisplayName("A broken .ics file is reported and the YAML calendar still loads")
  void brokenIcsIsReported() throws Exception {
    Files.writeString(dir.resolve("broken.ics"), "BEGIN:VCALENDAR\nthis is not ical\n");
    Files.writeString(dir.resolve("events.yaml"), "events:\n  - id: ok\n    title: OK\n    start: 2020-01\n");

    EventCalendar calendar = load();

    assertThat(calendar.all()).extracting(CalendarEvent::id).containsExactly("ok");
    assertThat(calendar.problems()).extracting(Problem::path).containsExactly("broken.ics");
  }

  @Test
  @DisplayName("An event is found by the start of its id or the words of its title when no id is them: one series' "
      + "next occurrence; what fits several series finds none")
  void byTitleWords() throws Exception {
    Files.writeString(dir.resolve("events.yaml"), """
        events:
          - {id: 040000008200e00074c5b710-1a2b3c-2026-12-01, title: Data Office Hours, start: 2026-12-01, series: hours}
          - {id: 040000008200e00074c5b710-1a2b3c-2026-12-08, title: Data Office Hours, start: 2026-12-08, series: hours}
          - {id: board-winter, title: Winter Board Meeting, start: 2027-01-21}
          - {id: board-spring, title: Spring Board Meeting, start: 2027-04-15}
        """);
    EventCalendar calendar = load();
    LocalDate today = LocalDate.of(2026, 12, 3);

    assertThat(calendar.byIdOrTitle("office hours", today)).map(CalendarEvent::id)
        .hasValue("040000008200e00074c5b710-1a2b3c-2026-12-08");
    assertThat(calendar.byIdOrTitle("Winter board meeting", today)).map(CalendarEvent::id).hasValue("board-winter");
    assertThat(calendar.byIdOrTitle("board-spring", today)).map(CalendarEvent::id).hasValue("board-spring");
    assertThat(calendar.byIdOrTitle("board meeting", today)).as("two series").isEmpty();
    assertThat(calendar.byIdOrTitle("040000008200E00074C5B710-1a2b3c", today)).as("the start of the ids, in any case")
        .map(CalendarEvent::id).hasValue("040000008200e00074c5b710-1a2b3c-2026-12-08");
    assertThat(calendar.byIdOrTitle("board", today)).as("ids of two titles start so, as both titles have the word")
        .isEmpty();
    assertThat(calendar.byIdOrTitle("winter", today)).as("no id starts so: the title")
        .map(CalendarEvent::id).hasValue("board-winter");
    assertThat(calendar.byIdOrTitle("office hours", LocalDate.of(2027, 1, 1))).as("all past: the last")
        .map(CalendarEvent::id).hasValue("040000008200e00074c5b710-1a2b3c-2026-12-08");
  }

  @Test
  @DisplayName("A place not decided yet (\"TBD\", \"To be announced\") is no location")
  void undecidedPlace() throws Exception {
    Files.writeString(dir.resolve("events.yaml"), """
        events:
          - {id: academy, title: Summer Data Academy, start: 2027-06, location: TBD}
          - {id: forum, title: Family Forum, start: 2027-05, location: To be announced}
          - {id: retreat, title: Retreat, start: 2027-03, location: TBD Hall annex}
        """);
    EventCalendar calendar = load();

    assertThat(calendar.all()).extracting(CalendarEvent::id, CalendarEvent::location).containsExactly(
        tuple("retreat", "TBD Hall annex"), tuple("forum", ""), tuple("academy", ""));
  }

  @Test
  @DisplayName("Close ids are suggested for a mistyped one; ids that only share a prefix are not")
  void suggestsClosestIds() throws Exception {
    Files.writeString(dir.resolve("events.yaml"), """
        events:
          - {id: mdn-kickoff, title: Kick-off, start: 2019-10}
          - {id: mdn-year-in-review, title: Review, start: 2020-05}
        """);

    assertThat(load().closestIds("mdn-kickof", 1)).containsExactly("mdn-kickoff");
    assertThat(load().closestIds("mdn-kcikoff", 2)).as("two swapped letters are one edit")
        .containsExactly("mdn-kickoff");
    assertThat(load().closestIds("mdn-year-in-reveiw", 1)).containsExactly("mdn-year-in-review");
    assertThat(load().closestIds("does-not-exist", 3)).isEmpty();
    assertThat(load().closestIds("mdn-webinar", 3)).as("only the prefix is shared").isEmpty();
  }

  @Test
  @DisplayName("A mis-indented entry is a YAML syntax error reported with its line; the last good calendar is kept, "
      + "or a new process says what it misses")
  void misIndentedEntry() throws Exception {
    CalendarLoader loader = new CalendarLoader(CHICAGO, Clock.fixed(Instant.parse("2026-11-30T12:00:00Z"), CHICAGO));
    KnowledgeFolder folder = new KnowledgeFolder(dir);
    Files.writeString(dir.resolve("events.yaml"), """
        events:
          - id: a
            title: A
            start: 2026-12-01
          - id: b
            title: B
            start: 2026-12-02
        """);
    assertThat(loader.load(folder).all()).hasSize(2);

    Files.writeString(dir.resolve("events.yaml"), """
        events:
          - id: a
            title: A
            start: 2026-12-01
        - id: b
          title: B
          start: 2026-12-02
        """);
    EventCalendar calendar = loader.load(folder);

    assertThat(calendar.problems()).extracting(Problem::line).contains(5);
    assertThat(calendar.problems().get(0).reason()).contains("not valid YAML", "indentation");
    assertThat(calendar.all()).extracting(CalendarEvent::id).containsExactly("a", "b");
    assertThat(calendar.unreadable()).singleElement().extracting(Problem::reason).asString()
        .contains("last good version are kept");
    EventCalendar firstRead = new CalendarLoader(CHICAGO, Clock.systemUTC()).load(folder);
    assertThat(firstRead.all()).extracting(CalendarEvent::id).containsExactly("a");
    assertThat(firstRead.unreadable()).as("a new process has no good version: it says what is missing")
        .singleElement().extracting(Problem::reason).asString().contains("only the 1 event above the error");
  }

  @Test
  @DisplayName("An id too long for a Discord button id is reported")
  void idTooLongForAButton() throws Exception {
    Files.writeString(dir.resolve("events.yaml"), "events:\n  - id: " + "a".repeat(90) + "\n    title: T\n    start: 2026-12\n");

    assertThat(load().problems()).extracting(Problem::reason).anySatisfy(r -> assertThat(r).contains("100 characters"));
  }
}
