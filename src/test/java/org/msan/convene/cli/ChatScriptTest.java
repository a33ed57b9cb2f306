package org.msan.convene.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
        /rsvp open-webinar
        !press nothing:here
        How much is the fee?
        /events
        """, "--user", "u1");

    assertThat(out).contains("status must be one of: going, maybe, not_going.",
        "/rsvp needs status", "There is no event 'open-webinr'. Did you mean open-webinar",
        "guests must be from 0 to 10.", "/rsvp has no option 'colour'.", "That line isn't valid",
        "That button no longer does anything.", "$20,000", "Buttons:  [👍] fb:", "Small Room Convening");
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
    int unknown = Main.execute(concat(new String[] {"rsvps", "export", "--event", "nope"}, common),
        System.in, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
    int gapsStatus = Main.execute(concat(new String[] {"gaps"}, common), System.in, new PrintWriter(gaps, true),
        new PrintWriter(err, true));
    int backup = Main.execute(concat(new String[] {"backup", "--to", data.resolve("copy.db").toString()}, common),
        System.in, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));

    assertThat(csvStatus).isZero();
    assertThat(csv.toString()).contains("\"open-webinar\",\"u1\",\"Zoë\",\"going\",0,1,no,\"café\"");
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
  @DisplayName("chat presses Add to calendar and prints the .ics; a month-only event gets the reason, no file")
  void addToCalendar() {
    String out = chat("""
        /event event:small-room
        !press cal:small-room
        !press cal:open-webinar
        /events
        """, "--user", "u1", "--name", "Ana");

    assertThat(out).contains("[Add to calendar] cal:small-room",
        "Attachment small-room.ics (", "BEGIN:VCALENDAR\n", "UID:small-room@convene\n",
        "DTSTART;VALUE=DATE:20200115\nDTEND;VALUE=DATE:20200116\nSUMMARY:Small Room Convening\n",
        "Open Webinar is planned for February 2020, but no day is set yet, so there's nothing to add to a calendar.",
        "[📅 Small Room Convening] cal:small-room", "[📅 Open Webinar] cal:open-webinar");
    assertThat(out).doesNotContain("Attachment open-webinar");
  }
}
