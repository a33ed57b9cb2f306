package org.msan.convene.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msan.convene.knowledge.KnowledgeFolder;

final class SeriesOnceTest {

  private static final ZoneId DENVER = ZoneId.of("America/Denver");

  @TempDir Path knowledge;

  @Test
  @DisplayName("A series whose next session is cancelled is listed where its next held session falls")
  void seriesInDateOrder() throws Exception {
    Files.writeString(knowledge.resolve("events.yaml"), """
        events:
          - id: induction-day
            title: Induction Day
            start: 2027-02-05
        """);
    Files.writeString(knowledge.resolve("council.ics"), """
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Test//EN
        BEGIN:VEVENT
        UID:council@example.org
        DTSTAMP:20261201T000000Z
        SUMMARY:Superintendents' Council
        DTSTART;TZID=America/Denver:20270201T090000
        DTEND;TZID=America/Denver:20270201T100000
        RRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=3
        EXDATE;TZID=America/Denver:20270201T090000
        END:VEVENT
        END:VCALENDAR
        """.replace("\n", "\r\n"));
    LocalDate today = LocalDate.parse("2027-01-12");
    Clock clock = Clock.fixed(today.atTime(12, 0).atZone(DENVER).toInstant(), DENVER);
    var calendar = new CalendarService(new KnowledgeFolder(knowledge), new CalendarLoader(DENVER, clock)).current();

    assertThat(EventCalendar.oneOfEachSeries(calendar.upcoming(today)))
        .extracting(event -> event.title() + " " + event.start().firstDay())
        .containsExactly("Induction Day 2027-02-05", "Superintendents' Council 2027-02-08");
    assertThat(EventCalendar.oneOfEachSeries(calendar.upcoming(today))).noneMatch(CalendarEvent::cancelled);
  }
}
