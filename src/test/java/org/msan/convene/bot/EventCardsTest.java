package org.msan.convene.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msan.convene.events.CalendarEvent;
import org.msan.convene.events.ExportFixture;
import org.msan.convene.rsvp.RsvpCounts;

/** An event's line in /events: what a member reads of each event in a listing. */
final class EventCardsTest {

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

  @Test
  @DisplayName("A listed event nobody has answered says \"no RSVPs\", not a row of zeros; one with answers gives the counts")
  void countsOnALine() {
    CalendarEvent board = fixture.calendars.current().byId("board-call").orElseThrow();

    assertThat(EventCards.line(board, RsvpCounts.NONE, ExportFixture.CHICAGO))
        .startsWith("**Board call** — Thursday, January 21, 2027").contains(" · no RSVPs · `board-call`")
        .doesNotContain("0 going");
    assertThat(EventCards.line(board, new RsvpCounts(2, 3, 1, 0, 0), ExportFixture.CHICAGO))
        .contains(" · 2 going (3 people), 1 maybe, 0 can't go · ");
  }
}
