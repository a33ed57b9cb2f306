package org.msan.convene.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msan.convene.rsvp.Member;
import org.msan.convene.rsvp.RsvpFixture;
import org.msan.convene.rsvp.RsvpStatus;

/** Reminders on a fake clock, a real SQLite file, and a recording stand-in for Discord's DMs. */
final class ReminderServiceTest {

  @TempDir Path dir;
  private RsvpFixture fixture;
  private final List<String> sent = new ArrayList<>();
  private final List<String> refusing = new ArrayList<>();
  private final DirectMessenger messenger = (user, text) -> {
    if (refusing.contains(user)) {
      return DirectMessenger.Delivery.REFUSED;
    }
    sent.add(user + ": " + text);
    return DirectMessenger.Delivery.SENT;
  };

  @BeforeEach
  void setUp() throws Exception {
    fixture = new RsvpFixture(dir);
    fixture.rsvps.rsvp(new Member("ana", "Ana"), "small-room", RsvpStatus.GOING, 0, null);
    fixture.rsvps.rsvp(new Member("ben", "Ben"), "small-room", RsvpStatus.MAYBE, 0, null);
    fixture.rsvps.rsvp(new Member("cal", "Cal"), "small-room", RsvpStatus.NOT_GOING, 0, null);
    fixture.rsvps.rsvp(new Member("dan", "Dan"), "small-room", RsvpStatus.GOING, 0, null);
  }

  @AfterEach
  void tearDown() {
    fixture.close();
  }

  /** A new service each time, as after a restart: all it knows is in the database. */
  private ReminderService service() {
    return new ReminderService(fixture.database, fixture.calendars, fixture.rsvps,
        List.of(Duration.ofDays(7), Duration.ofDays(1)), fixture.clock);
  }

  private int at(String instant) {
    fixture.clock.set(Instant.parse(instant));
    return service().sendDue(messenger);
  }

  @Test
  @DisplayName("7 days and 1 day before, going and maybe get one each; can't go and opted-out members none")
  void remindersAtEachLead() {
    service().setEnabled("dan", false);

    assertThat(at("2020-01-07T23:00:00Z")).isZero();
    assertThat(at("2020-01-08T00:00:00Z")).isEqualTo(2);
    assertThat(at("2020-01-08T00:01:00Z")).as("not twice, across a restart").isZero();
    assertThat(at("2020-01-14T00:00:00Z")).isEqualTo(2);
    assertThat(at("2020-01-15T00:00:00Z")).as("the event has started").isZero();

    assertThat(sent).extracting(m -> m.substring(0, 3)).containsExactly("ana", "ben", "ana", "ben");
    assertThat(sent.get(0)).contains("Small Room Convening", "You said you're going", "/reminders off");
    assertThat(sent.get(1)).contains("You said you're a maybe");
  }

  @Test
  @DisplayName("A reminder missed while the bot was down goes out late, once; an older missed one is not sent")
  void missedReminderSentOnceLate() {
    assertThat(at("2020-01-14T12:00:00Z")).isEqualTo(3);
    assertThat(at("2020-01-14T13:00:00Z")).isZero();

    assertThat(sent).hasSize(3);
  }

  @Test
  @DisplayName("Closed DMs are recorded and not retried; turning reminders back on resumes them")
  void refusedAndOptIn() {
    refusing.add("ben");
    service().setEnabled("dan", false);
    at("2020-01-08T00:00:00Z");
    refusing.clear();
    service().setEnabled("dan", true);

    assertThat(at("2020-01-08T01:00:00Z")).as("only dan, now opted in").isEqualTo(1);
    assertThat(sent).extracting(m -> m.substring(0, 3)).containsExactly("ana", "dan");
  }

  @Test
  @DisplayName("An event known only by its month gets one reminder on the first of the month")
  void monthOnlyEvent() {
    fixture.clock.set(Instant.parse("2020-01-20T00:00:00Z"));
    fixture.rsvps.rsvp(new Member("eve", "Eve"), "open-webinar", RsvpStatus.GOING, 0, null);

    assertThat(at("2020-01-31T23:00:00Z")).isZero();
    assertThat(at("2020-02-01T00:00:00Z")).isEqualTo(1);
    assertThat(at("2020-02-10T00:00:00Z")).isZero();
    assertThat(sent.get(0)).startsWith("eve:").contains("some time in February 2020");
  }

  @Test
  @DisplayName("CONVENE_REMINDERS is read as days, hours or minutes; nonsense is refused")
  void leads() {
    assertThat(ReminderLeads.parse("1d, 7d,2h")).containsExactly(Duration.ofDays(7), Duration.ofDays(1), Duration.ofHours(2));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ReminderLeads.parse("soon"))
        .hasMessageContaining("7d,1d");
  }
}
