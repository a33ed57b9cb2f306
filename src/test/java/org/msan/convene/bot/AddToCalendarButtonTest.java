package org.msan.convene.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msan.convene.events.CalendarEvent;
import org.msan.convene.events.ExportFixture;

/** The "Add to calendar" button, pressed through the registry as both adapters press it. */
final class AddToCalendarButtonTest {

  @TempDir Path dir;
  private ExportFixture fixture;
  private CommandRegistry registry;
  private final CommandRequest member = new CommandRequest("111111111111111111", "Ana", false, false, false, Map.of());

  @BeforeEach
  void setUp() throws Exception {
    fixture = new ExportFixture(dir);
    registry = new CommandRegistry(List.of(),
        List.of(new AddToCalendarButton(fixture.export, ExportFixture.CHICAGO)), typed -> List.of());
  }

  @AfterEach
  void tearDown() {
    fixture.close();
  }

  private CalendarEvent event(String id) {
    return fixture.calendars.current().byId(id).orElseThrow();
  }

  @Test
  @DisplayName("A dated event's button replies privately with its .ics, also to members of other servers")
  void datedEvent() {
    Reply reply = registry.press("cal:board-call", member);

    assertThat(reply.ephemeral()).isTrue();
    assertThat(reply.text()).isEqualTo("**Board call** — Thursday, January 21, 2027, 9:00–11:00 AM. "
        + "Open the file to add it to your calendar.");
    assertThat(reply.attachment().fileName()).isEqualTo("board-call.ics");
    assertThat(new String(reply.attachment().content(), StandardCharsets.UTF_8))
        .contains("UID:board-call@convene", "DTSTART;TZID=America/Chicago:20270121T090000");
  }

  @Test
  @DisplayName("A month-only event's button says there is no day yet and sends no file")
  void monthOnly() {
    Reply reply = registry.press("cal:fall-kickoff", member);

    assertThat(reply.attachment()).isNull();
    assertThat(reply.text()).isEqualTo("**Fall kick-off** is planned for October 2027, but no day is set yet, so"
        + " there's nothing to add to a calendar. Try again once the day is announced.");
  }

  @Test
  @DisplayName("An occurrence's button gives the series; a cancelled event's button is 'Remove from calendar'")
  void seriesAndCancelled() {
    Reply series = registry.press("cal:office-hours-example-org-2027-03-09", member);
    assertThat(series.text()).isEqualTo("**Data Office Hours**, every session (weekly on Tuesdays). "
        + "Open the file to add the series to your calendar.");
    assertThat(series.attachment().fileName()).isEqualTo("office-hours-example-org.ics");

    CalendarEvent meetup = event("family-meetup-example-org");
    assertThat(EventCards.buttons(meetup)).extracting(Reply.ReplyButton::label).containsExactly("Remove from calendar");
    Reply cancelled = registry.press("cal:family-meetup-example-org", member);
    assertThat(cancelled.text()).isEqualTo("**Family Meetup** is cancelled. Open the file to take it out of your calendar.");
    assertThat(new String(cancelled.attachment().content(), StandardCharsets.UTF_8)).contains("STATUS:CANCELLED");
  }

  @Test
  @DisplayName("An event card has Going, Maybe, Can't go and Add to calendar; a long title's button stays within 80 characters")
  void buttons() {
    assertThat(EventCards.buttons(event("data-day"))).extracting(Reply.ReplyButton::id)
        .containsExactly("rsvp:data-day:going", "rsvp:data-day:maybe", "rsvp:data-day:not_going", "cal:data-day");
    Reply.ReplyButton long_ = AddToCalendarButton.button(event("data-day"), "📅 " + "Convening ".repeat(12));
    assertThat(long_.label()).hasSizeLessThanOrEqualTo(AddToCalendarButton.MAX_LABEL).endsWith("…");
    assertThat(registry.press("cal:gone-event", member).text())
        .isEqualTo("That event is no longer in the calendar. See /events for what is.");
  }
}
