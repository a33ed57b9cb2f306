package org.msan.convene.rsvp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class RsvpServiceTest {

  @TempDir Path dir;
  private RsvpFixture fixture;
  private RsvpService rsvps;

  private final Member ana = new Member("u1", "Ana");
  private final Member ben = new Member("u2", "Ben");
  private final Member cal = new Member("u3", "Cal");

  @BeforeEach
  void setUp() throws Exception {
    fixture = new RsvpFixture(dir);
    rsvps = fixture.rsvps;
  }

  @AfterEach
  void tearDown() {
    fixture.close();
  }

  private RsvpChange rsvp(Member member, String event, RsvpStatus status, Integer guests) {
    fixture.clock.tick();
    return rsvps.rsvp(member, event, status, guests, null);
  }

  @Test
  @DisplayName("A change updates the member's one row and appends to the history")
  void changesUpdateNeverDuplicate() {
    rsvps.rsvp(ana, "open-webinar", RsvpStatus.GOING, 1, "vegetarian");
    RsvpChange change = rsvp(ana, "open-webinar", RsvpStatus.MAYBE, null);

    assertThat(rsvps.roster("open-webinar")).hasSize(1);
    assertThat(change.previous().status()).isEqualTo(RsvpStatus.GOING);
    assertThat(change.rsvp().status()).isEqualTo(RsvpStatus.MAYBE);
    assertThat(change.rsvp().guests()).as("guests kept when not given").isEqualTo(1);
    assertThat(change.rsvp().note()).isEqualTo("vegetarian");
    assertThat(rsvps.historyCount("open-webinar")).isEqualTo(2);
    assertThat(rsvps.mine("u1")).extracting(Rsvp::eventId).containsExactly("open-webinar");
  }

  @Test
  @DisplayName("A member who can't go brings no guests, whatever they had or typed")
  void cantGoHasNoGuests() {
    rsvps.rsvp(ana, "open-webinar", RsvpStatus.GOING, 4, null);

    assertThat(rsvp(ana, "open-webinar", RsvpStatus.NOT_GOING, null).rsvp().guests()).isZero();
    assertThat(rsvp(ana, "open-webinar", RsvpStatus.NOT_GOING, 2).rsvp().guests()).isZero();
    assertThat(rsvps.roster("open-webinar")).extracting(Rsvp::guests).containsExactly(0);
  }

  @Test
  @DisplayName("Past the capacity, going waits on a list; a freed place promotes the first who fits")
  void capacityAndWaitlist() {
    rsvp(ana, "small-room", RsvpStatus.GOING, 1);
    RsvpChange benFits = rsvp(ben, "small-room", RsvpStatus.GOING, 0);
    RsvpChange calWaits = rsvp(cal, "small-room", RsvpStatus.GOING, 0);

    assertThat(benFits.rsvp().waitlisted()).isFalse();
    assertThat(calWaits.rsvp().waitlisted()).isTrue();
    assertThat(rsvps.counts("small-room")).isEqualTo(new RsvpCounts(2, 3, 0, 0, 1));

    RsvpChange benLeaves = rsvp(ben, "small-room", RsvpStatus.NOT_GOING, null);

    assertThat(benLeaves.promoted()).extracting(Rsvp::userId).containsExactly("u3");
    assertThat(rsvps.counts("small-room")).isEqualTo(new RsvpCounts(2, 3, 0, 1, 0));
    assertThat(rsvps.roster("small-room")).filteredOn(Rsvp::waitlisted).isEmpty();
    // The promoted member is told through the outbox, whichever process drains it, once.
    java.util.List<String> told = new java.util.ArrayList<>();
    org.msan.convene.outbox.Outbox outbox = new org.msan.convene.outbox.Outbox(fixture.database, fixture.clock);
    org.msan.convene.outbox.DirectMessenger messenger = (user, text) -> {
      told.add(user + ": " + text);
      return org.msan.convene.outbox.DirectMessenger.Delivery.SENT;
    };
    assertThat(outbox.drain(messenger)).isEqualTo(1);
    assertThat(outbox.drain(messenger)).isZero();
    assertThat(told).containsExactly("u3: Good news: a place freed up and you're now going to **Small Room Convening**."
        + " If you can't come after all, /rsvp event:small-room status:not_going gives the place to the next person waiting.");
  }

  @Test
  @DisplayName("A freed place goes to the first waiting member whose party fits, past a larger party ahead")
  void firstWhosePartyFits() {
    rsvp(ana, "small-room", RsvpStatus.GOING, 0);
    rsvp(ben, "small-room", RsvpStatus.GOING, 1);
    rsvp(cal, "small-room", RsvpStatus.GOING, 2);
    RsvpChange dee = rsvp(new Member("u4", "Dee"), "small-room", RsvpStatus.GOING, 0);
    assertThat(dee.rsvp().waitlisted()).isTrue();

    RsvpChange anaLeaves = rsvp(ana, "small-room", RsvpStatus.NOT_GOING, null);

    assertThat(anaLeaves.promoted()).extracting(Rsvp::userId).containsExactly("u4");
    assertThat(rsvps.roster("small-room")).filteredOn(Rsvp::waitlisted).extracting(Rsvp::userId).containsExactly("u3");
  }

  @Test
  @DisplayName("A place no waiting party fits goes to the member whose party fits it, told so once, not 'full' then 'promoted'")
  void placeThatFitsIsTaken() {
    rsvp(ana, "small-room", RsvpStatus.GOING, 1);
    rsvp(ben, "small-room", RsvpStatus.GOING, 1);
    assertThat(rsvps.roster("small-room")).filteredOn(Rsvp::waitlisted).extracting(Rsvp::userId).containsExactly("u2");

    RsvpChange cal1 = rsvp(cal, "small-room", RsvpStatus.GOING, 0);

    assertThat(cal1.rsvp().waitlisted()).isFalse();
    assertThat(cal1.promoted()).isEmpty();
    assertThat(new org.msan.convene.outbox.Outbox(fixture.database, fixture.clock).waiting()).isZero();
  }

  @Test
  @DisplayName("Adding guests beyond the capacity is refused with the places left; the member keeps their place")
  void guestsCountTowardsCapacity() {
    rsvp(ana, "small-room", RsvpStatus.GOING, 0);
    rsvp(ben, "small-room", RsvpStatus.GOING, 0);

    assertThatThrownBy(() -> rsvp(ana, "small-room", RsvpStatus.GOING, 2))
        .isInstanceOf(RsvpException.class).hasMessage("Small Room Convening is full: you can bring up to 1 guest."
            + " Your RSVP is unchanged.");
    assertThat(rsvps.roster("small-room")).filteredOn(r -> r.userId().equals("u1"))
        .singleElement().satisfies(r -> {
          assertThat(r.waitlisted()).isFalse();
          assertThat(r.guests()).isZero();
        });
    assertThat(rsvp(ana, "small-room", RsvpStatus.GOING, 1).rsvp().waitlisted()).isFalse();
  }

  @Test
  @DisplayName("Closed RSVPs and a passed deadline are refused; reopening lets members answer again")
  void closeReopenAndDeadline() {
    assertThat(rsvps.setClosed("open-webinar", true, ana)).isTrue();
    assertThat(rsvps.setClosed("open-webinar", true, ana)).isFalse();
    assertThatThrownBy(() -> rsvp(ben, "open-webinar", RsvpStatus.GOING, 0))
        .isInstanceOf(RsvpException.class).hasMessageContaining("closed");

    rsvps.setClosed("open-webinar", false, ana);
    assertThat(rsvp(ben, "open-webinar", RsvpStatus.GOING, 0).rsvp().status()).isEqualTo(RsvpStatus.GOING);

    assertThat(rsvp(ben, "deadline-day", RsvpStatus.GOING, 0).rsvp().status()).isEqualTo(RsvpStatus.GOING);
    fixture.clock.set(Instant.parse("2020-01-11T12:00:00Z"));
    assertThatThrownBy(() -> rsvp(ana, "deadline-day", RsvpStatus.GOING, 0))
        .isInstanceOf(RsvpException.class).hasMessageContaining("closed on Friday, January 10, 2020");
    assertThatThrownBy(() -> rsvp(ana, "long-gone", RsvpStatus.GOING, 0))
        .isInstanceOf(RsvpException.class).hasMessageContaining("already over");
  }

  @Test
  @DisplayName("Bad values and unknown events are refused with a clear message; nothing is written")
  void badValuesAndUnknownEvents() {
    assertThatThrownBy(() -> rsvps.rsvp(ana, "open-webinar", RsvpStatus.GOING, 11, null))
        .hasMessage("Guests must be between 0 and 10.");
    assertThatThrownBy(() -> rsvps.rsvp(ana, "open-webinar", RsvpStatus.GOING, 0, "x".repeat(201)))
        .hasMessageContaining("keep it to 200");
    assertThatThrownBy(() -> rsvps.rsvp(ana, "small-rom", RsvpStatus.GOING, 0, null))
        .isInstanceOf(RsvpException.class).hasMessageStartingWith("There is no event 'small-rom'. Did you mean small-room");
    assertThat(rsvps.historyCount("open-webinar")).isZero();
  }

  @Test
  @DisplayName("The CSV export opens in a spreadsheet: BOM, header, quoted cells, formulas defused")
  void csvExport() {
    rsvps.rsvp(new Member("u9", "=HYPERLINK(\"x\")"), "open-webinar", RsvpStatus.GOING, 2, "says \"hi\", café");
    rsvps.rsvp(new Member("u8", "@admin"), "open-webinar", RsvpStatus.MAYBE, 0, "+1 -2 =3");

    String csv = new String(RosterExport.csv(rsvps.roster("open-webinar")), java.nio.charset.StandardCharsets.UTF_8);

    assertThat(csv).startsWith("\uFEFFevent,user_id,name,status,guests,people,waitlisted,note,updated_at\r\n");
    assertThat(csv).contains("\"'=HYPERLINK(\"\"x\"\")\"", "\"going\",2,3,no,\"says \"\"hi\"\", café\"",
        "\"'@admin\"", "\"'+1 -2 =3\"");
  }

  @Test
  @DisplayName("Discord ids in the CSV stay exact in a spreadsheet: a text cell (digits, then a tab), never a formula")
  void csvKeepsDiscordIds() {
    String id = "123456789012345678";
    rsvps.rsvp(new Member(id, "Ana"), "open-webinar", RsvpStatus.GOING, 0, "");
    rsvps.rsvp(new Member("98765432109876543210", "Ben"), "open-webinar", RsvpStatus.GOING, 0, "");

    String csv = new String(RosterExport.csv(rsvps.roster("open-webinar")), java.nio.charset.StandardCharsets.UTF_8);
    List<String> idCells = csv.lines().skip(1).map(line -> line.split(",")[1]).toList();

    assertThat(idCells).containsExactlyInAnyOrder("\"123456789012345678\t\"", "\"98765432109876543210\t\"");
    // What a script reading the cell gets back, once the quotes are read and the text trimmed: the id, every digit.
    assertThat(idCells).extracting(cell -> cell.substring(1, cell.length() - 1).strip())
        .containsExactlyInAnyOrder(id, "98765432109876543210");
    assertThat(csv).doesNotContain("=\"1", "\"\t1");
    assertThat(RosterExport.idCell("u9")).isEqualTo("\"u9\"");
    assertThat(RosterExport.idCell("-1")).isEqualTo("\"'-1\"");
  }

  @Test
  @DisplayName("A CSV reader gets every cell back: quotes, commas and line breaks in a note, the id after a trim")
  void csvReadsBack() throws Exception {
    String id = "123456789012345678";
    rsvps.rsvp(new Member(id, "Ana, \"A\""), "open-webinar", RsvpStatus.GOING, 1, "line one\nline \"two\", end");

    String csv = new String(RosterExport.csv(rsvps.roster("open-webinar")), java.nio.charset.StandardCharsets.UTF_8);
    List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new java.io.StringReader(csv.substring(1))).getRecords();

    assertThat(csv).startsWith("\uFEFF");
    assertThat(records).singleElement().satisfies(row -> {
      assertThat(row.get("user_id").strip()).isEqualTo(id);
      assertThat(row.get("name")).isEqualTo("Ana, \"A\"");
      assertThat(row.get("note")).isEqualTo("line one\nline \"two\", end");
      assertThat(row.get("guests")).isEqualTo("1");
      assertThat(row.get("people")).isEqualTo("2");
      assertThat(row.get("waitlisted")).isEqualTo("no");
    });
  }
}
