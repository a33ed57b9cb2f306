package org.msan.convene.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msan.convene.knowledge.KnowledgeFolder;

/**
 * Calendar files and the feed, parsed back with ical4j and checked against the calendar they
 * came from: each time as the same instant, in the same zone, valid RFC 5545.
 */
final class CalendarExportTest {

  private static final DateTimeFormatter BASIC = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss");

  @TempDir Path dir;
  private ExportFixture fixture;

  @BeforeEach
  void setUp() throws Exception {
    fixture = new ExportFixture(dir);
  }

  @AfterEach
  void tearDown() {
    fixture.close();
  }

  /** What calendar apps do with the file: parse it; and what RFC 5545 asks of it: ical4j's validator. */
  static Calendar parse(byte[] ics) throws Exception {
    Calendar calendar = new CalendarBuilder().build(new ByteArrayInputStream(ics));
    assertThat(calendar.validate().getEntries()).as("RFC 5545 validation").isEmpty();
    String text = new String(ics, StandardCharsets.UTF_8);
    assertThat(text).endsWith("END:VCALENDAR\r\n");
    for (String line : text.split("\r\n")) {
      assertThat(line.getBytes(StandardCharsets.UTF_8).length).as("octets of " + line).isLessThanOrEqualTo(75);
    }
    return calendar;
  }

  private CalendarExport.Ready file(String eventId) {
    return (CalendarExport.Ready) fixture.export.event(eventId).orElseThrow();
  }

  private static List<VEvent> events(Calendar calendar) {
    return calendar.getComponents(Component.VEVENT);
  }

  private static VEvent only(Calendar calendar) {
    assertThat(events(calendar)).hasSize(1);
    return events(calendar).get(0);
  }

  private static String value(Component component, String property) {
    return component.getProperty(property).map(Property::getValue).orElse("");
  }

  private static String tzid(Component component, String property) {
    return component.getProperty(property).flatMap(p -> p.<Parameter>getParameter(Parameter.TZID))
        .map(Parameter::getValue).orElse("");
  }

  private static Temporal date(Component component, String property) {
    return ((DateProperty<?>) component.getProperty(property).orElseThrow()).getDate();
  }

  /**
   * The instant a local time and its TZID (or a UTC time) name, through java.time's zone rules as
   * IcsReader reads them: ical4j 4.1.1's own rules from its America/Chicago VTIMEZONE put March 9,
   * 2027 in daylight time, a week early.
   */
  private static Instant instant(Component component, String property) {
    return instant(value(component, property), tzid(component, property));
  }

  private static Instant instant(String value, String tzid) {
    if (value.endsWith("Z")) {
      return LocalDateTime.parse(value.substring(0, value.length() - 1), BASIC).toInstant(ZoneOffset.UTC);
    }
    return LocalDateTime.parse(value, BASIC).atZone(ZoneId.of(tzid)).toInstant();
  }

  private static Set<String> timeZones(Calendar calendar) {
    List<net.fortuna.ical4j.model.component.CalendarComponent> zones = calendar.getComponents(Component.VTIMEZONE);
    return zones.stream().map(tz -> value(tz, Property.TZID)).collect(Collectors.toSet());
  }

  private CalendarEvent event(String id) {
    return fixture.calendars.current().byId(id).orElseThrow();
  }

  private static Instant start(CalendarEvent event) {
    return ((EventTime.Moment) event.start()).at().toInstant();
  }

  private static Instant end(CalendarEvent event) {
    return ((EventTime.Moment) event.end()).at().toInstant();
  }

  @Test
  @DisplayName("A timed event keeps its zone: Chicago and New York times with TZID and their VTIMEZONE, same instants")
  void timedInTwoZones() throws Exception {
    Calendar chicago = parse(file("board-call").content());
    VEvent call = only(chicago);
    assertThat(value(call, Property.UID)).isEqualTo("board-call@convene");
    assertThat(value(call, Property.DTSTART)).isEqualTo("20270121T090000");
    assertThat(tzid(call, Property.DTSTART)).isEqualTo("America/Chicago");
    assertThat(tzid(call, Property.DTEND)).isEqualTo("America/Chicago");
    assertThat(instant(call, Property.DTSTART)).isEqualTo(start(event("board-call")))
        .isEqualTo(Instant.parse("2027-01-21T15:00:00Z"));
    assertThat(instant(call, Property.DTEND)).isEqualTo(end(event("board-call")));
    assertThat(value(call, Property.LOCATION)).isEqualTo("https://zoom.example.org/j/123");
    assertThat(value(call, Property.DESCRIPTION)).isEqualTo("Quarterly call; agenda: budget, \"equity\" review.");
    assertThat(value(call, Property.URL)).isEqualTo("https://msan.example.org/board");
    assertThat(value(call, Property.CATEGORIES)).isEqualTo("virtual");
    assertThat(timeZones(chicago)).containsExactly("America/Chicago");

    Calendar newYork = parse(file("east-coast-visit").content());
    VEvent visit = only(newYork);
    assertThat(tzid(visit, Property.DTSTART)).isEqualTo("America/New_York");
    assertThat(value(visit, Property.DTSTART)).isEqualTo("20270203T100000");
    assertThat(instant(visit, Property.DTSTART)).isEqualTo(start(event("east-coast-visit")))
        .isEqualTo(Instant.parse("2027-02-03T15:00:00Z"));
    assertThat(instant(visit, Property.DTEND)).isEqualTo(Instant.parse("2027-02-03T20:30:00Z"));
    assertThat(value(visit, Property.LOCATION)).isEqualTo("Evanston Township High School, 1600 Dodge Ave");
    assertThat(visit.getProperty(Property.URL)).as("a file name is not a link").isEmpty();
    assertThat(timeZones(newYork)).containsExactly("America/New_York");
  }

  @Test
  @DisplayName("A day is VALUE=DATE with the next day as its end; several days end the day after the last")
  void allDayAndMultiDay() throws Exception {
    VEvent day = only(parse(file("data-day").content()));
    assertThat(day.getProperty(Property.DTSTART).orElseThrow().<Parameter>getParameter(Parameter.VALUE).orElseThrow()
        .getValue())
        .isEqualTo("DATE");
    assertThat(date(day, Property.DTSTART)).isEqualTo(LocalDate.of(2027, 3, 5));
    assertThat(date(day, Property.DTEND)).isEqualTo(LocalDate.of(2027, 3, 6));

    CalendarExport.Ready institute = file("spring-institute");
    VEvent days = only(parse(institute.content()));
    assertThat(date(days, Property.DTSTART)).isEqualTo(LocalDate.of(2027, 4, 15));
    assertThat(date(days, Property.DTEND)).isEqualTo(LocalDate.of(2027, 4, 18));
    assertThat(value(days, Property.SUMMARY)).isEqualTo("Spring Institute – Équité & <Leadership>");
    assertThat(institute.fileName()).isEqualTo("spring-institute.ics");

    // From 6 PM to a day: written as the days it covers, the starting time said in words, none invented.
    VEvent retreat = only(parse(file("summer-retreat").content()));
    assertThat(date(retreat, Property.DTSTART)).isEqualTo(LocalDate.of(2027, 6, 7));
    assertThat(date(retreat, Property.DTEND)).isEqualTo(LocalDate.of(2027, 6, 10));
    assertThat(value(retreat, Property.DESCRIPTION)).isEqualTo("When: Monday, June 7, 2027, 6:00 PM – Wednesday, June 9, 2027");
  }

  @Test
  @DisplayName("An event known only by its month gets no file: nothing is put on a day it doesn't have")
  void monthOnly() {
    assertThat(fixture.export.event("fall-kickoff").orElseThrow()).isInstanceOf(CalendarExport.NoDay.class);
    assertThat(fixture.export.event("no-such-event")).isEmpty();
  }

  @Test
  @DisplayName("An occurrence gives its whole series: RRULE, EXDATE for the cancelled one, RECURRENCE-ID for the moved one")
  void recurringWithAnException() throws Exception {
    List<CalendarEvent> occurrences = fixture.calendars.current().series("office-hours-example-org");
    assertThat(occurrences).hasSize(5);
    CalendarExport.Ready series = file("office-hours-example-org-2027-03-09");
    assertThat(series.fileName()).isEqualTo("office-hours-example-org.ics");
    Calendar calendar = parse(series.content());
    assertThat(events(calendar)).hasSize(2);
    VEvent master = events(calendar).stream().filter(e -> e.getProperty(Property.RECURRENCE_ID).isEmpty())
        .findFirst().orElseThrow();
    VEvent moved = events(calendar).stream().filter(e -> e.getProperty(Property.RECURRENCE_ID).isPresent())
        .findFirst().orElseThrow();
    assertThat(value(master, Property.UID)).isEqualTo(value(moved, Property.UID))
        .isEqualTo("office-hours-example-org@convene");
    assertThat(value(master, Property.RRULE)).isEqualTo(new Recur<>("FREQ=WEEKLY;BYDAY=TU;COUNT=5").toString());
    assertThat(value(master, Property.EXDATE)).isEqualTo("20270316T150000");
    assertThat(tzid(master, Property.EXDATE)).isEqualTo("America/Chicago");
    assertThat(value(moved, Property.RECURRENCE_ID)).isEqualTo("20270323T150000");
    assertThat(instant(moved, Property.DTSTART)).isEqualTo(Instant.parse("2027-03-24T15:00:00Z"));

    // ical4j expands the rule as written; less EXDATE and the moved session, plus where it moved to,
    // these are the calendar's sessions that take place.
    Set<Instant> expanded = new TreeSet<>();
    ZonedDateTime seed = instant(master, Property.DTSTART).atZone(ZoneId.of(tzid(master, Property.DTSTART)));
    Recur<ZonedDateTime> rule = new Recur<>(value(master, Property.RRULE));
    rule.getDates(seed, seed, seed.plusYears(1)).forEach(date -> expanded.add(date.toInstant()));
    for (String excluded : value(master, Property.EXDATE).split(",")) {
      expanded.remove(instant(excluded, tzid(master, Property.EXDATE)));
    }
    expanded.remove(instant(moved, Property.RECURRENCE_ID));
    expanded.add(instant(moved, Property.DTSTART));
    Set<Instant> held = occurrences.stream().filter(e -> !e.cancelled()).map(CalendarExportTest::start)
        .collect(Collectors.toCollection(TreeSet::new));
    assertThat(expanded).isEqualTo(held);
    // 3:00 PM in Chicago on both sides of the change to daylight time on March 14.
    assertThat(held).contains(Instant.parse("2027-03-02T21:00:00Z"), Instant.parse("2027-03-30T20:00:00Z"));
  }

  @Test
  @DisplayName("A series written in UTC stays in UTC across daylight time; listed days stay RDATE, a skipped one EXDATE")
  void utcAndListedSeries() throws Exception {
    Path other = Files.createDirectories(dir.resolve("other"));
    Files.writeString(other.resolve("series.ics"), """
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Test//EN
        BEGIN:VEVENT
        UID:utc-call@example.org
        DTSTAMP:20261201T000000Z
        SUMMARY:UTC call
        DTSTART:20270302T210000Z
        DTEND:20270302T220000Z
        RRULE:FREQ=WEEKLY;COUNT=4
        EXDATE:20270309T210000Z
        END:VEVENT
        BEGIN:VEVENT
        UID:listed@example.org
        DTSTAMP:20261201T000000Z
        SUMMARY:Listed days
        DTSTART;VALUE=DATE:20270401
        RDATE;VALUE=DATE:20270415,20270429
        EXDATE;VALUE=DATE:20270415
        END:VEVENT
        END:VCALENDAR
        """.replace("\n", "\r\n"));
    CalendarService calendars = new CalendarService(new KnowledgeFolder(other),
        new CalendarLoader(ExportFixture.CHICAGO, fixture.clock));
    CalendarExport export = new CalendarExport(calendars, fixture.database, fixture.clock);

    VEvent utc = only(parse(((CalendarExport.Ready) export.event("utc-call-example-org-2027-03-16").orElseThrow())
        .content()));
    assertThat(value(utc, Property.DTSTART)).isEqualTo("20270302T210000Z");
    assertThat(value(utc, Property.EXDATE)).isEqualTo("20270309T210000Z");
    Set<Instant> expanded = new TreeSet<>();
    ZonedDateTime seed = instant(utc, Property.DTSTART).atZone(ZoneOffset.UTC);
    new Recur<ZonedDateTime>(value(utc, Property.RRULE)).getDates(seed, seed, seed.plusYears(1))
        .forEach(date -> expanded.add(date.toInstant()));
    expanded.remove(instant(utc, Property.EXDATE));
    assertThat(expanded).isEqualTo(calendars.current().series("utc-call-example-org").stream()
        .filter(e -> !e.cancelled()).map(CalendarExportTest::start).collect(Collectors.toCollection(TreeSet::new)));
    // 9:00 PM UTC: 3:00 PM in Chicago before March 14, 4:00 PM after.
    assertThat(calendars.current().byId("utc-call-example-org-2027-03-16").orElseThrow().startTime(ExportFixture.CHICAGO))
        .contains("4:00 PM");

    VEvent listed = only(parse(((CalendarExport.Ready) export.event("listed-example-org-2027-04-29").orElseThrow())
        .content()));
    assertThat(value(listed, Property.DTSTART)).isEqualTo("20270401");
    assertThat(value(listed, Property.RDATE)).isEqualTo("20270415,20270429");
    assertThat(value(listed, Property.EXDATE)).isEqualTo("20270415");
    assertThat(listed.getProperty(Property.EXDATE).orElseThrow().<Parameter>getParameter(Parameter.VALUE)
        .orElseThrow().getValue()).isEqualTo("DATE");
    assertThat(listed.getProperty(Property.RRULE)).isEmpty();
  }

  @Test
  @DisplayName("A cancelled event is STATUS:CANCELLED under the UID it always has, so calendars remove it")
  void cancelled() throws Exception {
    VEvent meetup = only(parse(file("family-meetup-example-org").content()));
    assertThat(value(meetup, Property.STATUS)).isEqualTo("CANCELLED");
    assertThat(value(meetup, Property.UID)).isEqualTo("family-meetup-example-org@convene");
    assertThat(instant(meetup, Property.DTSTART)).isEqualTo(Instant.parse("2027-02-11T00:00:00Z"));

    VEvent inFeed = events(parse(fixture.export.feed(ExportFixture.NETWORK).content())).stream()
        .filter(e -> value(e, Property.UID).equals("family-meetup-example-org@convene")).findFirst().orElseThrow();
    assertThat(value(inFeed, Property.STATUS)).isEqualTo("CANCELLED");
  }

  @Test
  @DisplayName("The feed holds upcoming events and those of the last 90 days, each series once, no month-only event")
  void feedWindow() throws Exception {
    CalendarExport.Feed feed = fixture.export.feed(ExportFixture.NETWORK);
    Calendar calendar = parse(feed.content());
    assertThat(events(calendar).stream().filter(e -> e.getProperty(Property.RECURRENCE_ID).isEmpty())
        .map(e -> value(e, Property.UID).replace("@convene", "")))
        .containsExactlyInAnyOrder("board-call", "east-coast-visit", "data-day", "spring-institute", "summer-retreat",
            "november-review", "office-hours-example-org", "family-meetup-example-org");
    assertThat(calendar.getProperty("X-WR-CALNAME").map(Property::getValue)).contains(ExportFixture.NETWORK);
    assertThat(timeZones(calendar)).containsExactlyInAnyOrder("America/Chicago", "America/New_York");
    assertThat(feed.etag()).matches("\"[0-9a-f]{32}\"");
    assertThat(fixture.export.feed(ExportFixture.NETWORK)).isSameAs(feed);
  }

  @Test
  @DisplayName("Convene reads its own feed back to the same events: times, days, sessions and cancellations")
  void readsItsOwnFeed() throws Exception {
    Path copy = Files.createDirectories(dir.resolve("copy"));
    Files.write(copy.resolve("feed.ics"), fixture.export.feed(ExportFixture.NETWORK).content());
    EventCalendar read = new CalendarLoader(ExportFixture.CHICAGO, fixture.clock).load(new KnowledgeFolder(copy));

    assertThat(read.problems()).isEmpty();
    for (CalendarEvent original : fixture.calendars.current().all()) {
      if (!IcsWriter.placeable(original) || original.lastDay().isBefore(LocalDate.of(2026, 10, 12))) {
        continue;
      }
      String id = original.recurrence() == null ? original.id() + "-convene"
          : original.id().replace(original.seriesId(), original.seriesId() + "-convene");
      CalendarEvent back = read.byId(id).orElseThrow(() -> new AssertionError("missing " + id));
      boolean mixed = original.end() != null && original.end().precision() != original.start().precision();
      if (mixed) {
        // A time to a day is written as the days it covers.
        assertThat(back.start()).as(id).isEqualTo(new EventTime.Day(original.start().firstDay()));
        assertThat(back.lastDay()).as(id).isEqualTo(original.lastDay());
      } else {
        assertThat(back.start()).as(id).isEqualTo(original.start());
        assertThat(back.end()).as(id).isEqualTo(original.end());
      }
      assertThat(back.cancelled()).as(id).isEqualTo(original.cancelled());
      assertThat(back.title()).as(id).isEqualTo(original.title());
    }
  }

  @Test
  @DisplayName("SEQUENCE rises when an event changes and stays when nothing did, also after a restart")
  void sequence() throws Exception {
    VEvent first = only(parse(file("data-day").content()));
    assertThat(value(first, Property.SEQUENCE)).isEqualTo("0");
    assertThat(value(first, Property.DTSTAMP)).isEqualTo("20270110T180000Z");
    String etag = fixture.export.feed(ExportFixture.NETWORK).etag();

    Files.writeString(fixture.knowledge.resolve("events.yaml"),
        ExportFixture.EVENTS_YAML.replace("start: 2027-03-05", "start: 2027-03-12"));
    fixture.calendars.reload();
    CalendarExport later = fixture.exportAt(Clock.offset(fixture.clock, Duration.ofHours(2)));
    VEvent moved = only(parse(((CalendarExport.Ready) later.event("data-day").orElseThrow()).content()));
    assertThat(value(moved, Property.SEQUENCE)).isEqualTo("1");
    assertThat(value(moved, Property.DTSTAMP)).isEqualTo("20270110T200000Z");
    assertThat(date(moved, Property.DTSTART)).isEqualTo(LocalDate.of(2027, 3, 12));
    VEvent untouched = only(parse(((CalendarExport.Ready) later.event("board-call").orElseThrow()).content()));
    assertThat(value(untouched, Property.SEQUENCE)).isEqualTo("0");
    assertThat(later.feed(ExportFixture.NETWORK).etag()).isNotEqualTo(etag);
  }
}
