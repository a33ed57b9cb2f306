package org.msan.convene.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msan.convene.knowledge.TestFiles;
import org.msan.convene.rsvp.RsvpFixture;

/** Scripts piped into {@code chat}, as a coordinator would run them. */
final class ChatScriptTest {

  @TempDir Path knowledge;
  @TempDir Path data;

  @BeforeEach
  void setUp() throws Exception {
    Files.writeString(knowledge.resolve("events.yaml"), RsvpFixture.EVENTS);
    TestFiles.write(knowledge, "cost.md", "# Cost\n\nThe fee is $20,000 per district team, per year.\n");
  }

  private String chat(String script, String... args) {
    StringWriter out = new StringWriter();
    String[] all = new String[args.length + 7];
    all[0] = "chat";
    all[1] = "--knowledge";
    all[2] = knowledge.toString();
    all[3] = "--data";
    all[4] = data.toString();
    all[5] = "--today";
    all[6] = "2020-01-05";
    System.arraycopy(args, 0, all, 7, args.length);
    int status = Main.execute(all, new ByteArrayInputStream(script.getBytes(StandardCharsets.UTF_8)),
        new PrintWriter(out, true), new PrintWriter(new StringWriter(), true));
    assertThat(status).isZero();
    return out.toString();
  }

  @Test
  @DisplayName("A member RSVPs, changes it and lists their RSVPs; coordinator commands are refused")
  void memberScript() {
    String out = chat("""
        /rsvp event:open-webinar status:going guests:1 note:"vegetarian, no nuts"
        /rsvp event:open-webinar status:maybe
        /myrsvps
        /rsvps event:open-webinar
        /rsvp-close event:open-webinar
        /rsvps-export event:open-webinar
        """, "--user", "u1", "--name", "Ana");

    assertThat(out).contains("You're going to Open Webinar with 1 guest. Note: vegetarian, no nuts",
        "You're a maybe for Open Webinar with 1 guest. Note: vegetarian, no nuts (changed from going)",
        "- Open Webinar (some time in February 2020): maybe, +1 — vegetarian, no nuts",
        "Only coordinators can use /rsvps.", "Only coordinators can use /rsvp-close.",
        "Only coordinators can use /rsvps-export.");
  }

  @Test
  @DisplayName("A coordinator sees the roster, exports it, closes and reopens RSVPs")
  void coordinatorScript() {
    chat("/rsvp event:open-webinar status:going guests:2 note:wheelchair access\n", "--user", "u1", "--name", "Ana");
    chat("!press rsvp:open-webinar:not_going\n", "--user", "u2", "--name", "Ben");

    String out = chat("""
        /rsvps event:open-webinar
        /rsvps-export event:open-webinar
        /rsvp-close event:open-webinar
        /rsvp event:open-webinar status:going
        /rsvp-open event:open-webinar
        /rsvp event:open-webinar status:going
        """, "--user", "c1", "--name", "Coordinator", "--coordinator");

    assertThat(out).contains("Open Webinar: 1 going (3 people), 0 maybe, 1 can't go",
        "- Ana: going, +2 — wheelchair access", "- Ben: can't go",
        "Attachment rsvps-open-webinar.csv", "\"open-webinar\",\"u1\",\"Ana\",\"going\",2,3,no,\"wheelchair access\"",
        "RSVPs for Open Webinar are now closed.", "RSVPs for Open Webinar are closed. Please ask a coordinator.",
        "RSVPs for Open Webinar are now open.", "You're going to Open Webinar.");
  }

  @Test
  @DisplayName("Bad lines get Discord's kind of error and the session goes on; questions are answered")
  void badLinesAndQuestions() {
    String out = chat("""
        /rsvp event:open-webinar status:sure
        /rsvp event:open-webinar
        /rsvp event:open-webinr status:going
        /rsvp event:open-webinar status:going guests:11
        /rsvp event:open-webinar status:going colour:red
        /rsvp, please
        !press nothing:here
        How much is the fee?
        /events
        /rsvp status:going
        /ask
        /event event:does-not-exist
        """, "--user", "u1");

    assertThat(out).contains("status must be one of: going, maybe, not_going.",
        "/rsvp needs a status: try /rsvp event:open-webinar status:going|maybe|not_going\n",
        "/rsvp needs an event: try /rsvp event:<id> status:going (see /events)",
        "/ask needs a question: try /ask question:<question>\n",
        "There is no event 'does-not-exist'. See /events for the list.",
        "There is no event 'open-webinr'. Did you mean open-webinar? See /events for the list.",
        "guests must be from 0 to 10.", "/rsvp has no option 'colour'.", "That line isn't valid",
        "That button no longer does anything.", "$20,000", "Buttons:  [👍] fb:", "Small Room Convening");
  }

  @Test
  @DisplayName("!quit ends the session: the lines after it are not run")
  void quit() {
    String out = chat("""
        /myrsvps
        !quit
        /rsvp event:open-webinar status:going
        """, "--user", "u1");

    assertThat(out).contains("You haven't RSVPed to anything yet").doesNotContain("You're going");
  }

  @Test
  @DisplayName("rsvps export of an unknown event is bad usage that says how to list events at the command line")
  void exportUnknownEvent() {
    CliRun typo = CliRun.of(Map.of(), "", List.of("rsvps", "export", "--event", "open-webinr",
        "--knowledge", knowledge.toString(), "--data", data.toString()));
    CliRun nothingClose = CliRun.of(Map.of(), "", List.of("rsvps", "export", "--event", "nope",
        "--knowledge", knowledge.toString(), "--data", data.toString()));

    assertThat(typo.status()).isEqualTo(2);
    assertThat(typo.err().strip()).isEqualTo("convene: There is no event 'open-webinr'. Did you mean open-webinar?"
        + " List the events with: echo /events | convene chat");
    assertThat(nothingClose.err().strip())
        .isEqualTo("convene: There is no event 'nope'. List the events with: echo /events | convene chat");
  }

  @Test
  @DisplayName("rsvps export, gaps and backup work from the command line on the same data")
  void exportGapsAndBackup() throws Exception {
    chat("/rsvp event:open-webinar status:going note:café\nWhat is the wifi password?\n", "--user", "u1", "--name", "Zoë");

    StringWriter csv = new StringWriter();
    StringWriter json = new StringWriter();
    StringWriter gaps = new StringWriter();
    StringWriter err = new StringWriter();
    String[] common = {"--knowledge", knowledge.toString(), "--data", data.toString()};
    int csvStatus = Main.execute(concat(new String[] {"rsvps", "export", "--event", "open-webinar"}, common),
        System.in, new PrintWriter(csv, true), new PrintWriter(err, true));
    int jsonStatus = Main.execute(concat(new String[] {"rsvps", "export", "--event", "open-webinar", "--format", "json"},
        common), System.in, new PrintWriter(json, true), new PrintWriter(err, true));
    StringWriter byTitle = new StringWriter();
    int byTitleStatus = Main.execute(concat(new String[] {"rsvps", "export", "--event", "open webinar"}, common),
        System.in, new PrintWriter(byTitle, true), new PrintWriter(err, true));
    int unknown = Main.execute(concat(new String[] {"rsvps", "export", "--event", "nope"}, common),
        System.in, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
    int gapsStatus = Main.execute(concat(new String[] {"gaps"}, common), System.in, new PrintWriter(gaps, true),
        new PrintWriter(err, true));
    int backup = Main.execute(concat(new String[] {"backup", "--to", data.resolve("copy.db").toString()}, common),
        System.in, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));

    assertThat(csvStatus).isZero();
    assertThat(csv.toString()).contains("\"open-webinar\",\"u1\",\"Zoë\",\"going\",0,1,no,\"café\"");
    assertThat(byTitleStatus).as("named by its title's words, as /event takes it").isZero();
    assertThat(byTitle.toString()).isEqualTo(csv.toString());
    assertThat(jsonStatus).isZero();
    assertThat(json.toString()).contains("\"name\" : \"Zoë\"");
    assertThat(unknown).isEqualTo(2);
    assertThat(err.toString()).contains("There is no event 'nope'");
    assertThat(gapsStatus).isZero();
    assertThat(gaps.toString()).contains("1× What is the wifi password? (1 unanswered, 0 thumbs-down)");
    assertThat(backup).isZero();
    assertThat(data.resolve("copy.db")).exists();
  }

  private static String[] concat(String[] a, String[] b) {
    String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  @Test
  @DisplayName("A value typed without its option's name goes to the one option it can be for, or the member is told the form")
  void bareValues() {
    String out = chat("""
        /notifications off
        /notifications on
        /event open-webinar
        /rsvp open-webinar status:going
        /rsvp maybe event:open-webinar
        /notifications sometimes
        /teach Which hotel?
        """, "--user", "s1", "--name", "Sam", "--staff");

    assertThat(out).contains("Notifications are off. /notifications on turns them back on.", "Notifications are on:",
        "Open Webinar", "You're going to Open Webinar", "You're a maybe for Open Webinar. (changed from going)",
        "state must be one of: off, on.",
        "That line isn't valid: write each option as name:value, e.g. /teach question:… answer:…")
        .doesNotContain("options are written name:value");
  }

  @Test
  @DisplayName("--today moves only the schedule's day: what chat records (RSVP, question, teach, audit) carries the real date")
  void todayMovesOnlyTheSchedule() throws Exception {
    ZoneId zone = ZoneId.of("America/Chicago");
    // Either side of midnight, in the network's zone or in UTC (how instants are written).
    Set<LocalDate> realDays = new HashSet<>(List.of(LocalDate.now(zone), LocalDate.now(ZoneOffset.UTC)));

    // Run at --today 2020-01-05: the January 15, 2020 convening is still ahead, so the RSVP is taken.
    String out = chat("""
        /rsvp event:small-room status:going
        Which hotel is reserved for the January convening?
        /teach question:"Is there parking?" answer:"Parking is free in the north lot."
        /audit
        """, "--user", "s1", "--name", "Sam", "--staff");
    realDays.addAll(List.of(LocalDate.now(zone), LocalDate.now(ZoneOffset.UTC)));
    CliRun export = CliRun.of(Map.of(), "", List.of("rsvps", "export", "--event", "small-room", "--format", "json",
        "--knowledge", knowledge.toString(), "--data", data.toString(), "--today", "2020-01-05"));
    CliRun gaps = CliRun.of(Map.of(), "", List.of("gaps", "--days", "2", "--knowledge", knowledge.toString(),
        "--data", data.toString(), "--today", "2020-01-05"));
    String taught = Files.readString(knowledge.resolve("answers/is-there-parking.md"));

    assertThat(out).contains("You're going to Small Room Convening");
    assertThat(export.out()).contains("\"updated_at\"").doesNotContain("2020-01-0");
    assertThat(realDays).anySatisfy(day -> assertThat(export.out()).contains("\"updated_at\" : \"" + day + "T"));
    assertThat(realDays).anySatisfy(day -> assertThat(taught).contains("updated: " + day));
    assertThat(realDays).anySatisfy(day -> assertThat(out).contains(
        DateTimeFormatter.ofPattern("MMM d, ", Locale.US).format(day)).contains("Sam taught answers/is-there-parking.md"));
    assertThat(out).doesNotContain("Jan 5, ");
    assertThat(gaps.out()).contains("Which hotel is reserved for the January convening?");
  }

  @Test
  @DisplayName("Staff close a gap from chat: /gaps, the Answer form, a paraphrase answered with a citation, the asker told once")
  void teachScript() throws Exception {
    String asked = chat("Which hotel is reserved for the January convening?\n", "--user", "u1", "--name", "Ana");
    assertThat(asked).contains("I couldn't find that");

    String refused = chat("""
        /gaps
        /teach question:"Which hotel?" answer:"The Hilton."
        /audit
        """, "--user", "u2", "--name", "Ben");
    assertThat(refused.split("Only the network's staff can use", -1)).hasSize(4);

    String gaps = chat("/gaps\n", "--user", "s1", "--name", "Sam", "--staff");
    assertThat(gaps).contains("1. “Which hotel is reserved for the January convening?” — asked 1 time by 1 member",
        "[Answer 1] gap:1");

    String taught = chat("""
        !press gap:1
        !submit teach:1 question:"Which hotel is reserved for the January convening?" answer:"Rooms are held at the Lakeside Inn; book by December 15 with the code NETWORK."
        /gaps
        """, "--user", "s1", "--name", "Sam", "--staff");
    assertThat(taught).contains("Form \"Answer a member's question\" (teach:1)",
        "Saved knowledge/answers/which-hotel-is-reserved-for-the-january-convening.md",
        "1 member who asked will get the answer by direct message.", "No gaps");
    assertThat(taught.split("direct message to u1", -1)).as("the asker is told once").hasSize(2);
    assertThat(taught).contains("You asked: “Which hotel is reserved for the January convening?”",
        "Rooms are held at the Lakeside Inn");
    Path file = knowledge.resolve("answers/which-hotel-is-reserved-for-the-january-convening.md");
    assertThat(Files.readString(file)).startsWith("---\ntitle: Which hotel is reserved for the January convening?\n")
        .contains("source: answered by Sam in Discord", "category: faq", "Rooms are held at the Lakeside Inn");

    String paraphrase = chat("what hotel are we staying at for the january convening\n", "--user", "u3", "--name", "Cy");
    assertThat(paraphrase).contains("Rooms are held at the Lakeside Inn", "[1]",
        "answers/which-hotel-is-reserved-for-the-january-convening.md");

    String again = chat("""
        /teach question:"Which hotel is reserved for the January convening?" answer:"Rooms are held at the Lakeside Inn; the code is NETWORK26."
        /audit
        """, "--user", "s1", "--name", "Sam", "--staff");
    assertThat(again).contains("Updated knowledge/answers/which-hotel-is-reserved-for-the-january-convening.md",
        "Nobody is waiting on this question.", "Sam replaced answers/which-hotel", "Sam taught answers/which-hotel")
        .doesNotContain("direct message to u1");
    assertThat(Files.list(knowledge.resolve("answers"))).hasSize(1);
  }

  @Test
  @DisplayName("Staff add, list, remove and restore documents from chat; a broken PDF, an empty file and a climbing "
      + "name change nothing")
  void knowledgeFilesScript(@TempDir Path uploads) throws Exception {
    Path broken = Files.writeString(uploads.resolve("report.pdf"), "%PDF-1.4 this is not really a PDF");
    Path empty = Files.writeString(uploads.resolve("empty2.md"), "");
    Path nested = Files.createDirectories(uploads.resolve("etc"));
    Path parking = Files.writeString(nested.resolve("x.md"), "# Parking\n\nVisitors park free in Lot B behind the gym.\n");

    String member = chat("/knowledge-add file:@" + parking + "\n", "--user", "u1", "--name", "Ana");
    assertThat(member).contains("Only the network's staff can use /knowledge-add");

    String added = chat("/knowledge-add file:@" + broken + "\n"
        + "/knowledge-add file:@" + empty + "\n"
        + "/knowledge-add file:@" + uploads + "/../" + uploads.getFileName() + "/etc/x.md folder:../../etc\n"
        + "/knowledge-add file:@" + parking + " folder:visitors\n"
        + "/knowledge-add file:@" + parking + " folder:visitors\n"
        + "/knowledge-list folder:visitors\n"
        + "Where do visitors park?\n", "--user", "s1", "--name", "Sam", "--staff");
    assertThat(added).contains("I can't use report.pdf:", "Nothing was added.",
        "I can't use empty2.md: no text in the file. Nothing was added.",
        "A folder is letters, digits, - and _",
        "Added knowledge/visitors/x.md: 1 passage now answers questions.",
        "visitors/x.md is already in the knowledge folder; add it with replace:true",
        "1 document:", "visitors/x.md — 1 passage", "Lot B");
    assertThat(Files.exists(knowledge.resolve("report.pdf"))).isFalse();
    try (var files = Files.walk(knowledge)) {
      assertThat(files.filter(Files::isRegularFile).map(knowledge::relativize).map(Path::toString))
          .containsExactlyInAnyOrder("events.yaml", "cost.md", "visitors/x.md");
    }

    String removed = chat("""
        /knowledge-remove path:visitors/x.md
        !press kremove:visitors/x.md
        Where do visitors park?
        /knowledge-restore path:visitors/x.md
        Where do visitors park?
        /audit
        """, "--user", "s1", "--name", "Sam", "--staff");
    assertThat(removed).contains("[Remove it] kremove:visitors/x.md", "Removed knowledge/visitors/x.md",
        "I couldn't find that", "Restored knowledge/visitors/x.md", "Sam removed visitors/x.md",
        "Sam restored visitors/x.md", "Sam added visitors/x.md");
    assertThat(removed.indexOf("Lot B")).isGreaterThan(removed.indexOf("Restored"));
    assertThat(Files.exists(knowledge.resolve("visitors/x.md"))).isTrue();
  }

  @Test
  @DisplayName("chat presses Add to calendar and prints the .ics; a month-only event gets the reason, no file; a card gives its RSVP deadline as a day")
  void addToCalendar() {
    String out = chat("""
        /event event:deadline-day
        /event event:small-room
        !press cal:small-room
        !press cal:open-webinar
        /events
        """, "--user", "u1", "--name", "Ana");

    assertThat(out).contains("RSVP by Friday, January 10, 2020", "- Deadline Day — Sunday, March 1, 2020 · Room 204, "
            + "District Office · ", "[Add to calendar] cal:small-room",
        "Attachment small-room.ics (", "BEGIN:VCALENDAR\n", "UID:small-room@convene\n",
        "DTSTART;VALUE=DATE:20200115\nDTEND;VALUE=DATE:20200116\nSUMMARY:Small Room Convening\n",
        "Open Webinar is planned for February 2020, but no day is set yet, so there's nothing to add to a calendar.",
        "[📅 Small Room Convening] cal:small-room", "[📅 Open Webinar] cal:open-webinar");
    assertThat(out).doesNotContain("Attachment open-webinar");
  }

  @Test
  @DisplayName("A taught answer to an amount question without an amount (\"it's free\") answers it and closes the gap")
  void taughtAnswerWithoutAnAmount() {
    chat("Is there a parking fee at the convening venue?\n", "--user", "u1", "--name", "Ana");
    chat("/teach question:\"Is there a parking fee at the convening venue?\" answer:\"Parking at the venue is free; use the north lot.\"\n",
        "--user", "s1", "--name", "Sam", "--staff");

    String again = chat("Is there a parking fee at the convening venue?\n/gaps\n", "--user", "s1", "--name", "Sam",
        "--staff");

    assertThat(again).contains("Parking at the venue is free; use the north lot. [1]", "No gaps")
        .doesNotContain("don't say that exactly");

    String removed = chat("""
        !press kremove:answers/is-there-a-parking-fee-at-the-convening-venue.md
        /gaps
        """, "--user", "s1", "--name", "Sam", "--staff");
    assertThat(removed).as("removing the answer opens its gap again")
        .contains("“Is there a parking fee at the convening venue?”");
  }
}
