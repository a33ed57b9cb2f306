package org.msan.convene.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msan.convene.database.Database;
import org.msan.convene.outbox.DirectMessenger;
import org.msan.convene.outbox.Outbox;
import org.msan.convene.rsvp.Member;
import org.msan.convene.rsvp.RsvpFixture;
import org.msan.convene.rsvp.RsvpStatus;

/**
 * Reminders in America/Chicago (send hour 09:00) on a fake clock, a real SQLite file, and a
 * recording stand-in for Discord's DMs. small-room is a day event on 2020-01-15: its 7-day reminder
 * is due 2020-01-08 09:00 CST (15:00 UTC), its 1-day reminder 2020-01-14 09:00 CST.
 */
final class ReminderServiceTest {

  private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

  @TempDir Path dir;
  private RsvpFixture fixture;
  private Clock clock;
  private final List<String> sent = new CopyOnWriteArrayList<>();
  private final List<String> refusing = new CopyOnWriteArrayList<>();
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
    clock = fixture.clock.withZone(CHICAGO);
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
  private ReminderService service(Database database) {
    return new ReminderService(database, fixture.calendars, fixture.rsvps,
        new ReminderSchedule(List.of(Duration.ofDays(7), Duration.ofDays(1)), LocalTime.of(9, 0)),
        new Outbox(database, clock), clock);
  }

  private ReminderService service() {
    return service(fixture.database);
  }

  private int at(String instant) {
    fixture.clock.set(Instant.parse(instant));
    return service().sendDue(messenger);
  }

  @Test
  @DisplayName("7 days and 1 day before at 09:00, going and maybe get one each; can't go and opted-out members none")
  void remindersAtEachLead() {
    service().setEnabled("dan", false);

    assertThat(at("2020-01-08T14:59:00Z")).as("not at midnight, not before 09:00").isZero();
    assertThat(at("2020-01-08T15:00:00Z")).isEqualTo(2);
    assertThat(at("2020-01-08T15:01:00Z")).as("not twice, across a restart").isZero();
    assertThat(at("2020-01-14T15:00:00Z")).isEqualTo(2);
    assertThat(at("2020-01-15T15:00:00Z")).as("the event has started").isZero();

    assertThat(sent).extracting(m -> m.substring(0, 3)).containsExactly("ana", "ben", "ana", "ben");
    assertThat(sent.get(0)).contains("Small Room Convening", "You said you're going", "/notifications off");
    assertThat(sent.get(1)).contains("You said you're a maybe");
  }

  @Test
  @DisplayName("A reminder missed while the bot was down goes out late, once; an older missed one is not sent")
  void missedReminderSentOnceLate() {
    assertThat(at("2020-01-14T16:00:00Z")).isEqualTo(3);
    assertThat(at("2020-01-14T17:00:00Z")).isZero();

    assertThat(sent).hasSize(3);
  }

  @Test
  @DisplayName("A member who RSVPs after a lead has passed does not get that reminder, only the next one")
  void lateRsvpSkipsPassedLeads() {
    fixture.clock.set(Instant.parse("2020-01-12T12:00:00Z"));
    fixture.rsvps.rsvp(new Member("eve", "Eve"), "small-room", RsvpStatus.MAYBE, 0, null);

    at("2020-01-12T12:01:00Z");
    assertThat(sent).noneMatch(m -> m.startsWith("eve"));
    at("2020-01-14T15:00:00Z");
    assertThat(sent).filteredOn(m -> m.startsWith("eve")).hasSize(1);
  }

  @Test
  @DisplayName("Closed DMs are recorded and not retried; turning reminders back on resumes them")
  void refusedAndOptIn() {
    refusing.add("ben");
    service().setEnabled("dan", false);
    at("2020-01-08T15:00:00Z");
    refusing.clear();
    service().setEnabled("dan", true);

    assertThat(at("2020-01-08T16:00:00Z")).as("only dan, now opted in").isEqualTo(1);
    assertThat(sent).extracting(m -> m.substring(0, 3)).containsExactly("ana", "dan");
  }

  @Test
  @DisplayName("Two senders on one database (two serve processes) send each reminder once")
  void twoSendersSendOnce() throws Exception {
    fixture.clock.set(Instant.parse("2020-01-14T15:00:00Z"));
    ExecutorService processes = Executors.newFixedThreadPool(2);
    CountDownLatch start = new CountDownLatch(1);
    try (Database second = Database.open(dir.resolve("data/convene.db"))) {
      List<Future<Integer>> rounds = List.of(
          processes.submit(() -> {
            start.await();
            return service(fixture.database).sendDue(messenger);
          }),
          processes.submit(() -> {
            start.await();
            return service(second).sendDue(messenger);
          }));
      start.countDown();
      int delivered = rounds.get(0).get() + rounds.get(1).get();

      assertThat(delivered).isEqualTo(3);
      assertThat(sent).extracting(m -> m.substring(0, 3)).containsExactlyInAnyOrder("ana", "ben", "dan");
    } finally {
      processes.shutdownNow();
    }
  }

  /** What a process dying in the middle of a send looks like to the code that was running. */
  private static final class Crash extends Error {
    Crash() {
      super("the process died while sending");
    }
  }

  @Test
  @DisplayName("A message claimed by a sender that died before recording it is never sent again (at most once)")
  void claimedMessagesAreNotResent() {
    fixture.clock.set(Instant.parse("2020-01-14T15:00:00Z"));
    service().queueDue();
    Outbox outbox = new Outbox(fixture.database, clock);
    assertThat(outbox.drain((user, text) -> DirectMessenger.Delivery.FAILED)).isZero();
    assertThat(outbox.waiting()).as("Discord unreachable: released for the next round").isEqualTo(3);

    assertThatThrownBy(() -> outbox.drain((user, text) -> {
      throw new Crash();
    })).isInstanceOf(Crash.class);

    assertThat(new Outbox(fixture.database, clock).drain(messenger)).as("the other two, after a restart").isEqualTo(2);
    assertThat(outbox.waiting()).isZero();
    assertThat(service().sendDue(messenger)).as("the one lost in the crash is not queued again").isZero();
  }

  @Test
  @DisplayName("Across the end of daylight saving, reminders keep their local hour: 09:00 CDT, then 09:00 CST")
  void daylightSavingWeek() throws Exception {
    Files.writeString(dir.resolve("knowledge/autumn.yaml"), """
        events:
          - id: autumn-day
            title: Autumn Day
            start: 2020-11-03
          - id: autumn-talk
            title: Autumn Talk
            start: 2020-11-03T10:00
        """);
    fixture.calendars.reload();
    fixture.clock.set(Instant.parse("2020-10-20T12:00:00Z"));
    fixture.rsvps.rsvp(new Member("ana", "Ana"), "autumn-day", RsvpStatus.GOING, 0, null);
    fixture.rsvps.rsvp(new Member("ana", "Ana"), "autumn-talk", RsvpStatus.GOING, 0, null);

    // 7 days before: 2020-10-27, still CDT (UTC-5).
    assertThat(at("2020-10-27T13:59:00Z")).isZero();
    assertThat(at("2020-10-27T14:00:00Z")).as("Autumn Day at 09:00 CDT").isEqualTo(1);
    assertThat(at("2020-10-27T15:00:00Z")).as("Autumn Talk at 10:00 CDT, its own hour").isEqualTo(1);
    // 1 day before: 2020-11-02, CST (UTC-6) since November 1.
    assertThat(at("2020-11-02T14:59:00Z")).isZero();
    assertThat(at("2020-11-02T15:00:00Z")).as("Autumn Day at 09:00 CST").isEqualTo(1);
    assertThat(at("2020-11-02T15:59:00Z")).isZero();
    assertThat(at("2020-11-02T16:00:00Z")).as("Autumn Talk at 10:00 CST").isEqualTo(1);
  }

  @Test
  @DisplayName("An event known only by its month gets one reminder on the first of the month, at 09:00")
  void monthOnlyEvent() {
    fixture.clock.set(Instant.parse("2020-01-20T00:00:00Z"));
    fixture.rsvps.rsvp(new Member("eve", "Eve"), "open-webinar", RsvpStatus.GOING, 0, null);

    assertThat(at("2020-02-01T14:59:00Z")).isZero();
    assertThat(at("2020-02-01T15:00:00Z")).isEqualTo(1);
    assertThat(at("2020-02-10T00:00:00Z")).isZero();
    assertThat(sent.get(0)).startsWith("eve:").contains("some time in February 2020");
  }

  @Test
  @DisplayName("CONVENE_REMINDERS is read as days, hours or minutes, CONVENE_REMINDER_HOUR as an hour; nonsense is refused")
  void schedule() {
    assertThat(ReminderLeads.parse("1d, 7d,2h")).containsExactly(Duration.ofDays(7), Duration.ofDays(1), Duration.ofHours(2));
    assertThatThrownBy(() -> ReminderLeads.parse("soon")).hasMessageContaining("7d,1d");
    assertThat(ReminderSchedule.parse(null, "18").sendAt()).isEqualTo(LocalTime.of(18, 0));
    assertThat(ReminderSchedule.parse(null, null)).isEqualTo(ReminderSchedule.DEFAULT);
    assertThatThrownBy(() -> ReminderSchedule.parse(null, "25")).hasMessageContaining("CONVENE_REMINDER_HOUR");
  }
}
