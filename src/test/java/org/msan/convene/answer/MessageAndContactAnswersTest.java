package org.msan.convene.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An email saved as text, with its transport's header lines and headings in capitals, and a
 * program page whose contact is an entry of several lines, asked the way members ask.
 */
final class MessageAndContactAnswersTest {

  @TempDir static Path knowledge;
  @TempDir static Path data;
  private static FolderAnswers folder;

  @BeforeAll
  static void open() throws Exception {
    Files.writeString(knowledge.resolve("retreat-email.txt"), """
        From: Luis Carabajal <lcarabajal@example.org>
        To: District Data Coordinators <data@example.org>
        Subject: Spring Data Retreat 2026 - registration open + NEW VENUE
        Date: Tue, 3 Feb 2026 08:47:12 -0500
        Message-ID: <20260203134712.4471@example.org>
        Content-Type: text/plain; charset=utf-8

        Good morning, data coordinators,

        Registration for the 2026 Spring Data Retreat is now open, and there is
        one big change this year, so please read to the end.

        DATES AND TIMES
        The retreat is Thursday, March 19 and Friday, March 20, 2026. Day 1 runs
        8:30 a.m. to 4:00 p.m.

        NEW VENUE
        Because the Lakemont Conference Center is closed for renovation, we have
        moved the retreat to Sable Creek Community College, Heron Hall, Room 214.

        REGISTRATION AND COST
        Register by Friday, February 27, 2026 using the form on the staff portal.
        There is no cost for staff of member districts.

        Luis
        """);
    Files.writeString(knowledge.resolve("mentoring.md"), """
        # Mentor Teacher Program

        ## How to apply

        Applications close on February 12, 2027. Pairings are announced by April 30, 2027.

        Contact: Priya Raman, Mentor Program Coordinator
        Email: priya.raman@example.org
        Phone: (509) 555-0142

        ## Paying for the program

        Districts pay a program fee of $1,200 per mentee. On request, a district may instead pay in two
        equal installments; contact Dale Kimura, Finance Manager, at dkimura@example.org to set this up.

        ## Consortium office

        Executive Director: Dr. Helen Nakamura, helen.nakamura@example.org, (509) 555-0100

        ## Youth Bridges

        Youth Bridges pairs high school students with adult mentors from their own community.

        Tasha Greenwood, Youth Bridges Program Manager
        tgreenwood@example.org | (509) 555-0187
        """);
    Files.writeString(knowledge.resolve("friday-notes.txt"), """
        Friday Notes - October 9

        FLU SHOT CLINICS
        Southwest Plains Public Health will run free flu shot clinics for staff and
        their families on October 20 and October 21 at the district office.

        QUIZ BOWL
        Our students won the regional quiz bowl again. Can somebody please beat them?
        """);
    folder = new FolderAnswers(knowledge, data);
  }

  @AfterAll
  static void close() throws Exception {
    folder.close();
  }

  @Test
  @DisplayName("An email's header lines date and sign it: no answer to when or where its event is; a heading that names a place labels its section")
  void emailSections() {
    Answer where = folder.ask("Where is the 2026 Spring Data Retreat being held?");
    Answer deadline = folder.ask("What is the registration deadline for the Spring Data Retreat?");
    Answer dates = folder.ask("What are the dates of the Spring Data Retreat?");

    assertThat(where.answered()).isTrue();
    assertThat(where.text()).contains("Sable Creek Community College").doesNotContain("Message-ID", "Good morning");
    // "the 2026 Spring Data Retreat" names it, and dates nothing.
    assertThat(deadline.text()).contains("February 27").doesNotContain("is now open");
    assertThat(dates.text()).contains("March 19").doesNotContain("Date: Tue");
  }

  @Test
  @DisplayName("A question about what a message says, of no kind, is answered from its text, not its header lines")
  void untypedQuestionOfAMessage() {
    Answer why = folder.ask("why did the spring data retreat move");

    assertThat(why.text()).contains("closed for renovation").doesNotContain("From:", "Message-ID");
  }

  @Test
  @DisplayName("Two parts one sentence answers get it once, without another passage's extra")
  void twoPartsOneSentence() {
    Answer clinics = folder.ask("when are the flu shot clinics and who is running them");

    assertThat(clinics.answered()).isTrue();
    assertThat(clinics.text().split("Southwest Plains", -1)).hasSize(2);
    assertThat(clinics.text()).contains("October 20").doesNotContain("quiz bowl", "beat them");
  }

  @Test
  @DisplayName("A contact entry's lines are one person's; a part that only asks how to reach them is answered by the entry; \"the money person\" is the person for money")
  void contactEntries() {
    Answer phone = folder.ask("What's the phone number for Priya Raman?");
    Answer reach = folder.ask("Who is the executive director and how do I reach her?");
    Answer money = folder.ask("who's the money person i talk to about splitting our payment in two");
    Answer email = folder.ask("Who runs the Youth Bridges program and what's her email?");

    assertThat(phone.answered()).isTrue();
    assertThat(phone.text()).contains("(509) 555-0142").doesNotStartWith("The documents don't say");
    assertThat(reach.answered()).isTrue();
    assertThat(reach.text()).contains("helen.nakamura@example.org").doesNotContain("About", "Priya");
    assertThat(email.answered()).isTrue();
    assertThat(email.text()).contains("tgreenwood@example.org").doesNotContain("About");
    assertThat(money.answered()).isTrue();
    assertThat(money.text()).contains("Dale Kimura");
  }
}
