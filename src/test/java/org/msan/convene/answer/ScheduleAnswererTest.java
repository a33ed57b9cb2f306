package org.msan.convene.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msan.convene.database.Database;
import org.msan.convene.events.CalendarLoader;
import org.msan.convene.events.CalendarService;
import org.msan.convene.events.EventCalendar;
import org.msan.convene.knowledge.KnowledgeFolder;
import org.msan.convene.knowledge.TextAnalysis;
import org.msan.convene.rsvp.Member;
import org.msan.convene.rsvp.RsvpService;
import org.msan.convene.rsvp.RsvpStatus;

/**
 * Schedule answers on calendars written for the tests, of two seasons with different words: what
 * is named, when and which field come from the loaded calendar, never from the code.
 */
final class ScheduleAnswererTest {

  private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
  private static final TextAnalysis ANALYSIS = new TextAnalysis();

  @TempDir Path dir;
  private EventCalendar calendar;
  private RsvpService rsvps;
  private ScheduleAnswerer answerer;

  private void load(String yaml, String ics, String today) throws Exception {
    Path knowledge = Files.createDirectories(dir.resolve("knowledge"));
    Files.writeString(knowledge.resolve("events.yaml"), yaml);
    if (ics != null) {
      Files.write(knowledge.resolve("shared.ics"), ics.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
    }
    Clock clock = Clock.fixed(LocalDate.parse(today).atTime(12, 0).atZone(CHICAGO).toInstant(), CHICAGO);
    CalendarService calendars = new CalendarService(new KnowledgeFolder(knowledge), new CalendarLoader(CHICAGO, clock));
    calendar = calendars.current();
    assertThat(calendar.problems()).isEmpty();
    rsvps = new RsvpService(Database.open(dir.resolve("convene.db")), calendars, clock);
    answerer = new ScheduleAnswerer(ANALYSIS, CHICAGO, rsvps::peopleGoing, term -> false);
  }

  private ScheduleAnswerer.ScheduleReply ask(String question, String today) {
    return answerer.answer(question, calendar, LocalDate.parse(today)).orElseThrow(
        () -> new AssertionError("not taken for a calendar question: " + question));
  }

  @Nested
  @DisplayName("Season 2026-27, with an Outlook export")
  final class Season2026 {

    private static final String TODAY = "2026-11-30";

    @BeforeEach
    void calendar() throws Exception {
      load("""
          events:
            - id: rpc-december
              title: Research Practitioner Council (RPC) Convening
              start: 2026-12-09T13:00 America/Chicago
              end: 2026-12-09T15:00 America/Chicago
              kind: virtual
              description: Findings on advanced course enrollment.
            - id: board-january
              title: Governing Board Meeting
              start: 2027-01-21T10:00 America/New_York
              end: 2027-01-21T12:00 America/New_York
              kind: in-person
              location: Shaker Heights, OH
              audience: Superintendents of member districts
              capacity: 3
              rsvp_deadline: 2027-01-10
            - id: student-conference
              title: Student Conference
              start: 2027-04-15
              end: 2027-04-17
              kind: in-person
              location: Ann Arbor, MI
              rsvp_deadline: 2027-03-01
            - id: kickoff
              title: Network Kick-off
              start: 2026-10-14T09:00 America/Chicago
              kind: in-person
            - id: summer
              title: Summer Institute
              start: 2027-07
          """, """
          BEGIN:VCALENDAR
          VERSION:2.0
          PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
          BEGIN:VEVENT
          UID:office-hours
          DTSTAMP:20261001T000000Z
          SUMMARY:Data Office Hours
          DTSTART;TZID=Central Standard Time:20261103T150000
          DTEND;TZID=Central Standard Time:20261103T160000
          RRULE:FREQ=WEEKLY;BYDAY=TU;UNTIL=20270330T210000Z
          EXDATE;TZID=Central Standard Time:20261222T150000
          LOCATION:Microsoft Teams Meeting
          END:VEVENT
          BEGIN:VEVENT
          UID:meetup
          DTSTAMP:20261001T000000Z
          SUMMARY:Equity Leads Meetup
          STATUS:CANCELLED
          CATEGORIES:in-person
          DTSTART;TZID=Eastern Standard Time:20261203T170000
          LOCATION:Cleveland Heights, OH
          END:VEVENT
          END:VCALENDAR
          """, TODAY);
    }

    @Test
    @DisplayName("A cancelled event is never next, and asked about, it is said to be cancelled")
    void cancelledEvents() {
      assertThat(ask("When is the next in-person meeting?", TODAY).text()).contains("Governing Board Meeting")
          .doesNotContain("Equity Leads");
      assertThat(ask("Is the equity leads meetup still happening?", TODAY).text()).startsWith("No, ").contains("cancelled");
      // Asked the other way round, "yes" is what means cancelled.
      assertThat(ask("Is the equity leads meetup cancelled?", TODAY).text()).startsWith("Yes, ").contains("has been cancelled");
      assertThat(ask("has the board meeting been called off?", TODAY).text())
          .startsWith("No, it hasn't been cancelled: Governing Board Meeting is");
      assertThat(ask("is there a cancellation for the equity leads meetup?", TODAY).text()).startsWith("Yes, ");
      assertThat(ask("is the equity leads meetup still cancelled?", TODAY).text()).startsWith("Yes, ");
      assertThat(ask("is the equity leads meetup still on?", TODAY).text()).startsWith("No, ");
    }

    @Test
    @DisplayName("The next occurrence of a weekly series, with its day; a skipped date is said to be off")
    void recurringSeries() {
      assertThat(ask("When are the next data office hours?", TODAY).text())
          .contains("Tuesday, December 1, 2026, 3:00–4:00 PM").contains("weekly on Tuesdays");
      assertThat(ask("Are the data office hours on December 22?", TODAY).text()).contains("cancelled")
          .contains("The next one is Tuesday, December 29, 2026");
      assertThat(ask("What's on next week?", "2026-12-14").text())
          .startsWith("Nothing is on the network's calendar for next week").contains("Data Office Hours", "cancelled");
      assertThat(ask("What's on next month?", TODAY).text())
          .contains("Data Office Hours — December 1, 8, 15 and 29, 2026, 3:00–4:00 PM (not on December 22)");
    }

    @Test
    @DisplayName("Every field an event carries can be asked for, places left from the RSVP store")
    void everyField() {
      assertThat(ask("What time is the RPC convening?", TODAY).text()).contains("starts at 1:00 PM");
      assertThat(ask("How long is the RPC convening?", TODAY).text()).contains("2 hours");
      assertThat(ask("How long is the student conference?", TODAY).text())
          .contains("3 days", "Thursday–Saturday, April 15–17, 2027");
      assertThat(ask("Who is the board meeting for?", TODAY).text()).contains("superintendents of member districts");
      // The event named between "RSVP" and "by" is the one asked about.
      assertThat(ask("When do I need to RSVP for the board meeting by?", TODAY).text()).contains("January 10, 2027")
          .doesNotContain("Student Conference");
      assertThat(ask("When do I have to RSVP for the student conference by?", TODAY).text())
          .startsWith("RSVPs for Student Conference close on").doesNotContain("Governing Board");
      assertThat(ask("when do we have to rsvp for the student conference", TODAY).text())
          .startsWith("RSVPs for Student Conference close on Monday, March 1, 2027.");
      assertThat(ask("Where will the board meet?", TODAY).text()).contains("Shaker Heights, OH");
      // The date's sentence says where: once.
      assertThat(ask("When and where will the board meet?", TODAY).text().split("Shaker Heights", -1)).hasSize(2);
      assertThat(ask("Is the RPC convening online?", TODAY).text()).startsWith("Yes, ").contains("online");
      assertThat(ask("Is the student conference online?", TODAY).text()).startsWith("No, ").contains("in person");
      assertThat(ask("What is the RPC convening about?", TODAY).text()).contains("advanced course enrollment");
      assertThat(ask("What time is the board meeting in Chicago time?", TODAY).text()).contains("9:00–11:00 AM Central Time");

      rsvps.rsvp(new Member("u1", "Ana"), "board-january", RsvpStatus.GOING, 1, null);
      assertThat(ask("How many spots are left?", TODAY).text()).contains("1 of 3 places are left for Governing Board Meeting");
      // "Coming" here is who attends, not "the coming weeks"; the capacity alone would not answer it.
      assertThat(ask("how many people are coming to the board meeting?", TODAY).text()).contains("2 people have said")
          .doesNotContain("has room for");
      assertThat(ask("who is coming to the board meeting?", TODAY).text()).startsWith("2 people have said they're going");
    }

    @Test
    @DisplayName("\"In person or online?\" asks which, and a format no event of the month has is said so, with what is on")
    void formatAskedOrMissing() {
      assertThat(ask("is the april conference in person or online?", TODAY).text())
          .contains("Student Conference").contains("in person").doesNotStartWith("Nothing");
      assertThat(ask("any online events in april?", TODAY).text())
          .startsWith("No online event is on the network's calendar for April 2027").contains("Student Conference");
    }

    @Test
    @DisplayName("What is left of a school year, however it is said, is the events ahead in it; a format asked still filters")
    void restOfTheSchoolYear() {
      for (String question : List.of("what in-person events are left this school year",
          "Please list the upcoming in-person events for the remainder of the 2026-27 year.",
          "in-person events for the rest of 2026-27")) {
        assertThat(ask(question, TODAY).text()).as(question).startsWith("In the 2026-27 school year:")
            .contains("Governing Board", "Student Conference").doesNotContain("Data Office Hours", "Network Kick-off");
      }
      for (String places : List.of("how many spots are left for the board meeting?", "what spots are left at the board meeting")) {
        assertThat(ask(places, TODAY).text()).as(places).contains("Governing Board").doesNotContain("Student Conference");
      }
    }

    @Test
    @DisplayName("\"Anything virtual in January?\" where no event of kind virtual is then: the events held online then (a Teams series)")
    void virtualAsHeldOnline() {
      assertThat(ask("anything virtual in january?", TODAY).text())
          .startsWith("In January 2027:").contains("Data Office Hours").doesNotContain("Governing Board");
    }

    @Test
    @DisplayName("A person at an event and where to park are the documents' to say first; where it is held, the calendar's")
    void notTheEventsOwnFields() {
      ScheduleAnswerer.ScheduleReply speaker = ask("Who is the keynote speaker at the student conference?", TODAY);
      assertThat(speaker.text()).startsWith("The calendar doesn't say that about Student Conference")
          .doesNotContain(" is for ");
      assertThat(speaker.standing()).isEqualTo(ScheduleAnswerer.Standing.FALLBACK);
      ScheduleAnswerer.ScheduleReply parking = ask("where do i park for the board meeting?", TODAY);
      assertThat(parking.standing()).isEqualTo(ScheduleAnswerer.Standing.FALLBACK);
      assertThat(ask("where do we meet for the board meeting?", TODAY).text()).contains("Shaker Heights, OH");
      assertThat(ask("where will they hold the board meeting?", TODAY).text()).contains("Shaker Heights, OH");
      // Only where an event is held is named: the place is asked about, which the documents may describe.
      assertThat(ask("where is shaker heights?", TODAY).standing()).isEqualTo(ScheduleAnswerer.Standing.FALLBACK);
      assertThat(ask("what's on in shaker heights this year?", TODAY).standing()).isEqualTo(ScheduleAnswerer.Standing.CALENDAR);
      // A Zoom link and another deadline than the RSVPs' are not the calendar's to give.
      assertThat(ask("is there a zoom link for the RPC convening?", TODAY).text()).doesNotStartWith("Yes");
      assertThat(ask("when is the hotel block deadline for the board meeting?", TODAY).text()).doesNotContain("RSVPs");
      assertThat(ask("what's the deadline for the board meeting?", TODAY).text()).contains("January 10, 2027");
      assertThat(ask("who is the board meeting for?", TODAY).text()).contains("superintendents of member districts");
      assertThat(ask("who can attend the student conference?", TODAY).text()).contains(" is for ");
    }

    @Test
    @DisplayName("Who is going to an event that is over is said in the past tense")
    void goingToAPastEvent() {
      assertThat(ask("how many people are going to the kick-off?", TODAY).text())
          .startsWith("Nobody said they were going to Network Kick-off");
    }

    @Test
    @DisplayName("A field the calendar lacks is said to be missing, naming the event, and not counted as answered")
    void missingFields() {
      ScheduleAnswerer.ScheduleReply where = ask("Where is the summer institute?", TODAY);
      assertThat(where.text()).contains("doesn't say where", "Summer Institute", "some time in July 2027");
      assertThat(where.answered()).isFalse();
      ScheduleAnswerer.ScheduleReply dress = ask("What's the dress code for the board meeting?", TODAY);
      assertThat(dress.text()).contains("doesn't say", "Governing Board Meeting");
      assertThat(dress.answered()).isFalse();
      assertThat(dress.standing()).isEqualTo(ScheduleAnswerer.Standing.FALLBACK);
      // A month that names which meeting is meant does not make "which hotel" a question about time.
      ScheduleAnswerer.ScheduleReply hotel = ask("Which hotel should we book for the July summer institute?", TODAY);
      assertThat(hotel.text()).contains("doesn't say", "Summer Institute");
      assertThat(hotel.answered()).isFalse();
      // What no field holds but the description says is said, not "the calendar doesn't say".
      ScheduleAnswerer.ScheduleReply findings = ask("any findings on enrollment at the RPC convening", TODAY);
      assertThat(findings.text()).startsWith("Research Practitioner Council (RPC) Convening is")
          .contains("Findings on advanced course enrollment.").doesNotContain("doesn't say");
      assertThat(findings.answered()).isTrue();
    }

    @Test
    @DisplayName("Time expressions: a year, this week, tomorrow, after and before an event, the past in the past tense")
    void timeExpressions() {
      assertThat(ask("What's on in 2027?", TODAY).text())
          .contains("Governing Board Meeting", "Student Conference", "Summer Institute", "Data Office Hours");
      assertThat(ask("Are there any events this week?", TODAY).text())
          .contains("Data Office Hours — Tuesday, December 1, 2026", "Equity Leads Meetup", "(cancelled)");
      assertThat(ask("Is there anything tomorrow?", TODAY).text()).contains("Data Office Hours");
      assertThat(ask("Are there any events this week?", "2026-12-06").text()).as("asked on a Sunday: the week ahead")
          .contains("December 6 – December 13", "Data Office Hours", "December 8");
      assertThat(ask("What comes after the kick-off?", TODAY).text()).startsWith("After Network Kick-off")
          .contains("Data Office Hours");
      assertThat(ask("What's on before the student conference?", TODAY).text()).contains("Governing Board Meeting");
      assertThat(ask("After the kick-off, what's the next in-person event?", TODAY).text()).startsWith("After Network Kick-off");
      // "After" that is not followed by an event or a time alone is the question's own word.
      // The calendar may still offer what it has of the event named, after the documents, never as its answer.
      assertThat(answerer.answer("who looks after the money on the governing board", calendar, LocalDate.parse(TODAY))
          .map(ScheduleAnswerer.ScheduleReply::standing)).isNotEqualTo(Optional.of(ScheduleAnswerer.Standing.CALENDAR));
      assertThat(answerer.answer("how soon after a trip must receipts reach us for the student conference", calendar,
          LocalDate.parse(TODAY)).map(ScheduleAnswerer.ScheduleReply::standing))
          .isNotEqualTo(Optional.of(ScheduleAnswerer.Standing.CALENDAR));
      assertThat(ask("what's on after 2026-12-15?", TODAY).text()).as("a date after \"after\" is no day asked")
          .doesNotContain("calendar for Tuesday, December 15");
      assertThat(ask("When was the kick-off?", TODAY).text()).contains("Network Kick-off was Wednesday, October 14, 2026");
      assertThat(ask("wen is the studnet conference", TODAY).text()).contains("April 15");
      assertThat(ask("what's on 2026-12-09", TODAY).text()).contains("Research Practitioner Council");
      assertThat(ask("What events are in Shaker Heights?", TODAY).text()).contains("Governing Board Meeting");
    }
  }

  @Nested
  @DisplayName("Season 2031-32, other words")
  final class Season2031 {

    @BeforeEach
    void calendar() throws Exception {
      load("""
          events:
            - id: family-night
              title: Family Voices Night
              start: 2031-09-18T18:00 America/Denver
              end: 2031-09-18T20:00 America/Denver
              location: Albuquerque, NM
              audience: Families
            - id: literacy-lab
              title: Literacy Leads Lab
              start: 2032-02
              kind: webinar
            - id: tour
              title: Winter Learning Tour
              start: 2031-12-01
              end: 2031-12-03
              kind: in-person
            - id: review
              title: Year in Review Forum
              start: 2032-05
              kind: family event
          """, null, "2031-09-01");
    }

    @Test
    @DisplayName("The same forms of question find this season's events")
    void sameQuestionsOtherSeason() {
      assertThat(ask("What's next?", "2031-09-01").text()).contains("Family Voices Night", "6:00–8:00 PM Mountain Time");
      assertThat(ask("When is the literacy lab?", "2031-09-01").text()).contains("some time in February 2032");
      assertThat(ask("What's on this school year?", "2031-09-01").text())
          .contains("Family Voices Night", "Winter Learning Tour", "Literacy Leads Lab");
      assertThat(ask("How long is the winter tour?", "2031-09-01").text()).contains("3 days");
      assertThat(ask("What time is family night in New York time?", "2031-09-01").text()).contains("8:00–10:00 PM Eastern Time");
      assertThat(ask("What was the last event?", "2032-03-15").text()).contains("Literacy Leads Lab");
      assertThat(ask("what's the next event coming up?", "2031-09-01").text())
          .as("every entry is an event: a \"family event\" kind is not the one meant")
          .contains("Family Voices Night").doesNotContain("Year in Review");
    }

    @Test
    @DisplayName("A day asked of an event dated by month is said to be missing; a title's time words name it, not a time")
    void dayOfAMonthOnlyEvent() {
      ScheduleAnswerer.ScheduleReply review = ask("what's the exact date of the year in review forum", "2031-09-01");
      assertThat(review.text()).isEqualTo("Year in Review Forum is in May 2032; the calendar doesn't give the day. [1]");
      assertThat(review.answered()).isFalse();
      assertThat(review.standing()).isEqualTo(ScheduleAnswerer.Standing.CALENDAR);
      assertThat(ask("what dates are the literacy lab", "2031-09-01").text())
          .contains("Literacy Leads Lab is in February 2032; the calendar doesn't give the day");
      assertThat(ask("When is the literacy lab?", "2031-09-01").answered()).isTrue();
      assertThat(ask("what time is the literacy lab", "2031-09-01").text())
          .contains("gives no time for Literacy Leads Lab, only the month");
    }

    @Test
    @DisplayName("Questions about other things are left to the documents")
    void otherQuestionsAreNotCalendarQuestions() {
      assertThat(answerer.answer("What is the mission of the alliance?", calendar, LocalDate.parse("2031-09-01"))).isEmpty();
      assertThat(answerer.answer("Who won the Super Bowl last year?", calendar, LocalDate.parse("2031-09-01"))).isEmpty();
    }
  }

  @Nested
  @DisplayName("Season 2028-29, a venue with \"Event\" in its name and events of one kind")
  final class Season2028 {

    private static final String TODAY = "2028-11-10";

    @BeforeEach
    void calendar() throws Exception {
      load("""
          events:
            - id: welcome-breakfast
              title: New Teacher Welcome Breakfast
              start: 2028-11-14T07:30 America/Denver
              kind: in-person
            - id: fall-convening
              title: Fall Leaders Convening
              start: 2028-11-21T09:00 America/Denver
              kind: in-person
              rsvp_deadline: 2028-11-12
            - id: spring-convening
              title: Spring Leaders Convening
              start: 2029-02-28T09:00 America/Denver
              location: Island Grove Event Center, Greeley, CO
            - id: talk-reading
              title: "Data Talks: Reading Growth"
              start: 2028-12-06T15:30 America/Denver
              kind: webinar
            - id: talk-attendance
              title: "Data Talks: Chronic Absenteeism"
              start: 2029-02-07T15:30 America/Denver
              kind: webinar
          """, """
          BEGIN:VCALENDAR
          VERSION:2.0
          PRODID:-//Google Inc//Google Calendar 70.9054//EN
          BEGIN:VEVENT
          UID:meetup
          DTSTAMP:20281001T000000Z
          SUMMARY:Assessment Coordinators Meetup
          STATUS:CANCELLED
          DTSTART;TZID=America/Denver:20281115T130000
          END:VEVENT
          BEGIN:VEVENT
          UID:coaches-plc
          DTSTAMP:20281001T000000Z
          SUMMARY:Coaches PLC
          DTSTART;TZID=America/Denver:20281102T153000
          RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TH;COUNT=6
          EXDATE;TZID=America/Denver:20281102T153000
          END:VEVENT
          BEGIN:VEVENT
          UID:credentialing
          DTSTAMP:20281001T000000Z
          SUMMARY:Teacher Credentialing Info Session
          STATUS:CANCELLED
          DTSTART;TZID=America/Denver:20281201T160000
          END:VEVENT
          END:VCALENDAR
          """, TODAY);
    }

    @Test
    @DisplayName("\"The next event\" is any event, not the one held at an event center; \"the webinars\" are the events of that kind")
    void eventNounsAndKinds() {
      assertThat(ask("what's the next event?", TODAY).text()).contains("New Teacher Welcome Breakfast");
      assertThat(ask("List the webinars", TODAY).text()).contains("Reading Growth", "Chronic Absenteeism")
          .doesNotContain("Breakfast");
    }

    @Test
    @DisplayName("A slip in a field's word is mended; \"on the 15th\" is the nearest 15th")
    void slipsAndOrdinalDays() {
      assertThat(ask("rsvp deadlin for fall leaders convening?", TODAY).text()).contains("November 12");
      assertThat(ask("is the assessment coordinators meetup on the 15th still on", TODAY).text())
          .contains("Assessment Coordinators Meetup", "November 15", "cancelled");
    }

    @Test
    @DisplayName("A series is listed where its first occurrence that is on falls, not where a skipped one would")
    void seriesInDateOrder() {
      String november = ask("anything happening in november", TODAY).text();
      assertThat(november).contains("Coaches PLC", "not on November 2");
      assertThat(november.indexOf("Welcome Breakfast")).isLessThan(november.indexOf("Coaches PLC"));
      assertThat(november.indexOf("Coaches PLC")).isLessThan(november.indexOf("Fall Leaders Convening"));
    }

    @Test
    @DisplayName("Chat shorthand a title writes as it stands is the title's word: the \"info\" of an Info Session")
    void shorthandOfATitle() {
      assertThat(ask("is the credentialing info session still on", TODAY).text())
          .startsWith("No, ").contains("Teacher Credentialing Info Session", "cancelled");
    }
  }

  @Nested
  @DisplayName("Season 2025-26, times with offsets and events that share a name")
  final class Season2025 {

    private static final String TODAY = "2025-11-20";

    @BeforeEach
    void calendar() throws Exception {
      load("""
          events:
            - id: board-winter
              title: Board Meeting (Winter)
              start: 2025-12-04T10:00:00-06:00
              end: 2025-12-04T12:00:00-06:00
              location: Great Bend, KS
              capacity: 40
            - id: board-spring
              title: Board Meeting (Spring)
              start: 2026-04-23T10:00:00-05:00
              location: Salina, KS
              capacity: 30
            - id: site-visit
              title: Partner Site Visit
              start: 2026-02-05T09:00:00-08:00
              end: 2026-02-05T15:00:00-08:00
              audience: Directors and principals
            - id: late-call
              title: Late Call
              start: 2025-12-05T01:00:00Z
            - id: family-webinar
              title: "Webinar: Family Engagement"
              start: 2025-11-12T19:00:00-06:00
              kind: webinar
            - id: absence-webinar
              title: "Webinar: Chronic Absenteeism"
              start: 2026-04-08T12:00:00-05:00
              kind: webinar
            - id: celebration
              title: End-of-Year Celebration
              start: 2026-05
            - id: winter-break
              title: Winter Break
              start: 2025-12-22
              end: 2026-01-02
            - id: winter-gathering
              title: Winter Gathering
              start: 2026-01-15
            - id: planning-call
              title: Directors' Planning Call
              start: 2026-03-10T10:00:00-06:00
              kind: virtual
              location: Microsoft Teams (link sent to members)
              audience: Council of Directors; open to the public
          """, null, TODAY);
    }

    @Test
    @DisplayName("An offset the network keeps is its time; another is shown on the network's clocks with the written time")
    void offsets() {
      assertThat(ask("When is the winter board meeting?", TODAY).text())
          .contains("Thursday, December 4, 2025, 10:00 AM–12:00 PM").doesNotContain("-06:00");
      assertThat(ask("What time does the partner site visit start?", TODAY).text()).contains("starts at 11:00 AM")
          .doesNotContain("-08:00");
      // 7:00 PM at UTC-08:00 is 9:00 PM in Chicago; 1:00 AM UTC the next day is still December 4 there.
      assertThat(ask("what's on December 4?", TODAY).text()).contains("Late Call");
      assertThat(ask("what's on December 5?", TODAY).text()).doesNotContain("Late Call");
    }

    @Test
    @DisplayName("A field asked of events that share a name is answered for each")
    void sharedNames() {
      assertThat(ask("Where is the board meeting?", TODAY).text()).contains("Board Meeting (Winter) is at Great Bend, KS", "Board Meeting (Spring) is at Salina, KS", "[2]");
      assertThat(ask("How many spots are left for the board meeting?", TODAY).text())
          .contains("40 of 40 places are left for Board Meeting (Winter)", "30 of 30 places are left for Board Meeting (Spring)");
    }

    @Test
    @DisplayName("A time alone lists what the calendar held then, after the documents")
    void timeAlone() {
      ScheduleAnswerer.ScheduleReply december = ask("What happened in December?", "2026-01-10");
      assertThat(december.text()).startsWith("In December 2025:").contains("Board Meeting (Winter)", "Winter Break");
      assertThat(december.standing()).isEqualTo(ScheduleAnswerer.Standing.FALLBACK);
      assertThat(ask("what did we have last month?", "2026-01-10").text()).contains("Board Meeting (Winter)");
    }

    @Test
    @DisplayName("An event noun of a title said whole is part of its name: the Winter Gathering, not every winter event")
    void nounOfATitle() {
      ScheduleAnswerer.ScheduleReply gathering = ask("When is the Winter Gathering?", TODAY);
      assertThat(gathering.text()).contains("Winter Gathering is Thursday, January 15, 2026").doesNotContain("Board");
      assertThat(gathering.standing()).isEqualTo(ScheduleAnswerer.Standing.CALENDAR);
      // "Directors" is in the site visit's audience too, but only the planning call is called by it.
      ScheduleAnswerer.ScheduleReply call = ask("when is the directors meeting?", TODAY);
      assertThat(call.text()).startsWith("Directors' Planning Call is Tuesday, March 10, 2026").doesNotContain("Site Visit");
      assertThat(call.standing()).isEqualTo(ScheduleAnswerer.Standing.CALENDAR);
    }

    @Test
    @DisplayName("An audience in title case keeps its case; a location with brackets of its own is not bracketed again")
    void audienceAndLocationAsWritten() {
      assertThat(ask("Who is the directors' planning call for?", TODAY).text())
          .contains("is for Council of Directors; open to the public.");
      assertThat(ask("Where is the directors' planning call?", TODAY).text())
          .contains("online, Microsoft Teams (link sent to members)").doesNotContain("((", "))");
    }

    @Test
    @DisplayName("A title's words are its name, not a field; a day-only event's start is its date")
    void titlesAndDays() {
      ScheduleAnswerer.ScheduleReply celebration = ask("When is the End-of-Year Celebration?", TODAY);
      assertThat(celebration.text()).contains("some time in May 2026").doesNotContain("end time");
      assertThat(celebration.answered()).isTrue();
      ScheduleAnswerer.ScheduleReply winterBreak = ask("when does winter break start", "2025-12-08");
      assertThat(winterBreak.text()).contains("Monday, December 22, 2025").doesNotContain("no time");
      assertThat(winterBreak.answered()).isTrue();
    }

    @Test
    @DisplayName("What's left in a year, the next event of a kind after another, a slip in a title word")
    void listingsAndSlips() {
      assertThat(ask("what's left on the calendar in 2025?", "2025-12-01").text())
          .contains("Board Meeting (Winter)", "Winter Break").doesNotContain("Family Engagement");
      assertThat(ask("when's the next webinar after the family engagement one?", TODAY).text())
          .contains("the next one is Webinar: Chronic Absenteeism").doesNotContain("Board Meeting");
      assertThat(ask("what time is the absenteesim webinar", TODAY).text()).contains("starts at 12:00 PM");
      assertThat(ask("anythign hapening in febuary?", TODAY).text()).contains("Partner Site Visit");
      assertThat(ask("whats the nxt webinar", "2025-11-01").text()).contains("Family Engagement");
    }

    @Test
    @DisplayName("A field asked of named events that are all past is answered for the last of each")
    void fieldOfPastEvents() {
      ScheduleAnswerer.ScheduleReply times = ask("what time do the webinars start", "2026-06-01");
      assertThat(times.text()).contains("Webinar: Chronic Absenteeism started at 12:00 PM", "Webinar: Family Engagement started at 7:00 PM", "[2]");
    }

    @Test
    @DisplayName("Words no event has, before an event noun, ask the calendar after the documents; others don't")
    void unknownModifiers() {
      ScheduleAnswerer.ScheduleReply next = ask("What's the next alliance event?", TODAY);
      assertThat(next.text()).contains("Board Meeting (Winter)");
      assertThat(next.standing()).isEqualTo(ScheduleAnswerer.Standing.FALLBACK);
      // The link is what is asked, not a kind of event: the documents are left to say.
      assertThat(answerer.answer("whats the zoom link for the next board meeting", calendar, LocalDate.parse(TODAY))).isEmpty();
      assertThat(answerer.answer("who won the world series last year", calendar, LocalDate.parse(TODAY))).isEmpty();
    }

    @Test
    @DisplayName("What the calendar doesn't give about RSVPs is not made up: no deadline or capacity is said to be missing")
    void missingRsvpFields() {
      ScheduleAnswerer.ScheduleReply spots = ask("how many spots are left for the partner site visit", TODAY);
      assertThat(spots.text()).contains("gives no capacity for Partner Site Visit");
      assertThat(spots.answered()).isFalse();
      assertThat(spots.standing()).isEqualTo(ScheduleAnswerer.Standing.CALENDAR);
      ScheduleAnswerer.ScheduleReply deadline = ask("what's the rsvp deadline for the partner site visit", TODAY);
      assertThat(deadline.text()).contains("gives no RSVP deadline");
      assertThat(deadline.answered()).isFalse();
    }
  }

  @Nested
  @DisplayName("A title that names its year")
  final class YearInTheTitle {

    private static final String TODAY = "2027-03-09";

    @BeforeEach
    void calendar() throws Exception {
      load("""
          events:
            - id: spring-institute-2027
              title: Spring Literacy Institute 2027
              start: 2027-04-22
              end: 2027-04-23
              location: Ocean City, MD
          """, null, TODAY);
    }

    @Test
    @DisplayName("\"The 2028 institute\" is said to be not on the calendar for 2028 without the 2027 of its title, then the nearest")
    void anotherYearsEvent() {
      assertThat(ask("When is the 2028 spring institute?", TODAY).text())
          .startsWith("No Spring Literacy Institute is on the calendar for 2028. The nearest: Spring Literacy Institute 2027 is");
    }
  }

  @Nested
  @DisplayName("Venues and audiences that write names: the network's own, another event's title")
  final class NetworkNameInAVenue {

    private static final String TODAY = "2027-02-01";

    @BeforeEach
    void calendar() throws Exception {
      load("""
          events:
            - id: mentor-training
              title: Mentor Training Day
              start: 2027-02-06T09:00 America/Chicago
              location: Lehigh Crossing Middle School, Easton, PA
            - id: steering
              title: Steering Committee Meeting
              start: 2027-02-18T18:00 America/Chicago
              location: PRYN Central Office, 214 Northampton Street, Easton, PA
            - id: senate-spring
              title: Student Senate Spring Session
              start: 2027-04-17T09:30 America/Chicago
              location: Paulins Kill High School, Newton, NJ
            - id: sli-info-night
              title: Summer Institute Info Night
              start: 2027-03-23T18:30 America/Chicago
              audience: Students and families considering the Summer Leadership Institute
            - id: sli-2027
              title: Summer Leadership Institute 2027
              start: 2027-07-12
              end: 2027-07-16
          """, null, TODAY);
      // The documents spell the network's name out, as the index tells the analysis it reads questions with.
      TextAnalysis withAcronym = new TextAnalysis();
      withAcronym.useAcronyms(Map.of("pryn", "prairie ridge youth network"), Set.of());
      answerer = new ScheduleAnswerer(withAcronym, CHICAGO, rsvps::peopleGoing, term -> false);
    }

    @Test
    @DisplayName("\"The next PRYN event\" is the next event, though only one venue has the word; \"being held\" asks nothing more")
    void nextEventOfTheNetwork() {
      assertThat(ask("What's the next PRYN event coming up?", TODAY).text()).startsWith("The next event is the Mentor Training Day");
      assertThat(ask("Where is the Student Senate spring session being held?", TODAY).text())
          .startsWith("Student Senate Spring Session is at Paulins Kill High School");
    }

    @Test
    @DisplayName("An event's title written whole names it, though another's audience writes it too")
    void titleWrittenWhole() {
      assertThat(ask("When is the 2028 Summer Leadership Institute?", TODAY).text())
          .startsWith("No Summer Leadership Institute is on the calendar for 2028. The nearest: Summer Leadership Institute 2027");
      assertThat(ask("When is the summer leadership institute?", TODAY).text()).startsWith("Summer Leadership Institute 2027 is");
    }
  }
}
