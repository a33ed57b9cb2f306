package org.msan.convene.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msan.convene.knowledge.TestFiles;

/**
 * Answers from documents as staff really produce them (PDF copy-paste, Word tables, a lead passage
 * and its sections), written in the test: nothing here is in the shipped folder.
 */
final class DocumentAnswersTest {

  @TempDir static Path knowledge;
  @TempDir static Path data;
  private static FolderAnswers folder;

  @BeforeAll
  static void open() throws Exception {
    Files.writeString(knowledge.resolve("institute.md"), """
        ---
        title: Summer Institute
        ---
        # Registration

        Member districts pay no registration fee for the institute. Non-member districts pay a registration fee of $450 per participant. Lunch is provided on both days.
        """);
    // Pasted from a PDF: ligatures for "fi" and "ffi".
    Files.writeString(knowledge.resolve("contribution.md"), """
        # Financial Guidelines

        The \uFB01nancial contribution is due within \uFB01fteen days of the invoice; each district o\uFB03ce pays its share by check.
        """);
    Files.writeString(knowledge.resolve("academy.md"), """
        ---
        title: Leadership Academy
        ---
        The Leadership Academy brings district teams together for two years of shared learning about equity and leadership across the region.

        ## What each role gains

        - Principals learn to lead school-wide equity work with their staff.
        - Coaches gain the capacity to coach teachers for equity in every classroom.
        """);
    Files.writeString(knowledge.resolve("transport.md"), """
        # Transportation Co-op

        - Co-op buses run from 6:00 AM to 6:00 PM on school days.
        - Field trip buses must be booked at least 10 school days in advance.
        - Drivers are assigned by the co-op dispatcher.
        """);
    Files.writeString(knowledge.resolve("family-nights.md"), """
        # Family Nights

        Free childcare is available at every family night. Our therapists lead a session on sleep in March.
        """);
    Files.writeString(knowledge.resolve("service-center.md"), """
        # Service Center

        Devices may be picked up at the Service Center front desk on weekdays.

        ## Office hours

        The Service Center at 410 Mill Street, Cedar Bend is open from 7:30 a.m. to 4:00 p.m.
        """);
    Files.writeString(knowledge.resolve("para-training.md"), """
        # Paraprofessional Training

        Staff of non-member districts may attend for a fee of $85 per session, except where the table shows a different fee.

        ## Cancellations and no-shows

        Member districts are billed a $25 no-show fee for each participant who does not attend.
        """);
    Files.writeString(knowledge.resolve("writing.md"), """
        # Partners

        The Youth Writing Project is our partner for student voice.

        # Summer

        Each July, YWP's summer camp trains student editors for the district newspapers.
        """);
    Files.writeString(knowledge.resolve("history.md"), """
        # Our History

        The Writing Project was founded in 2011 by four districts.

        # Daily Schedule

        Each day of the summer camp runs from 8:30 a.m. to 3:30 p.m., with lunch at noon.
        """);
    Files.writeString(knowledge.resolve("minutes.md"), """
        # Board Minutes, January

        ## 7. Oakridge Membership Request

        The board discussed Oakridge Schools' request to join. Motion by Pham, second by Lee, to table the request until the April meeting so staff can prepare a cost estimate. Motion carried 7-1.

        ## 8. Motions

        Motion 2027-01: Budget. Approve the 2027-28 operating budget of $1,842,500. Moved by Supt. Kessler, seconded by Supt. Ruelas. Passed 9-1.

        Motion 2027-02: Mentor stipend. Raise the mentor stipend from $1,200 to $1,500 per year. Moved by Supt. Ruelas, seconded by Supt. Jessup. Failed 4-6. Staff to bring back a cost analysis in May.

        ## 8b. Travel grant annual cap

        Mr. Brennan reported that four districts hit the $1,500 annual cap by February last year. Motion to raise the per-district annual cap on travel grants from $1,500 to $2,000 (Osei-Bonsu / Marchetti).

        Discussion: Kowalczyk and Szabo opposed, citing the tight budget. Others argued the cap mostly affects the districts furthest from the office. Motion passed 6-3 (Kowalczyk, Fenwick, Szabo opposed).

        ## 9. Joint Van Purchase

        Kucera reported that four districts have committed to six wheelchair vans for the 2027 joint purchase:
        Hollis 2, Cedar Ford 2, Marten 1, Elm Bluff 1. The public opening of sealed offers is set for March 10 at
        the Alliance office. Motion by Novak, second by Whitecloud, to approve the van specifications as presented,
        including power lifts and rear air conditioning in every van. Passed 8-1 (Schaaf opposed, citing the added
        cost of about $9,000 per van).
        """);
    Files.writeString(knowledge.resolve("telehealth.md"), """
        # Telehealth Service

        ## What Is Covered

        The telehealth service provides weekly counseling sessions for enrolled students during the school year.

        ## What Is Not Covered

        The telehealth service does not provide crisis response, medication management or court-ordered evaluations.

        ## Screening results

        The lab returns scored results to the campus within 10 business days after the district uploads its score sheets.

        ## Referrals

        Counselors take referrals from teachers and parents, and each referral is scored for urgency.
        """);
    Files.writeString(knowledge.resolve("catalog.md"), """
        # Dual-Credit Guide

        ## Overview

        Students take college courses from partner colleges, taught on site, online by college faculty, or over video.

        ## Course catalog

        | Course | College partner | Delivery |
        | --- | --- | --- |
        | SPE 1010 Public Speaking | Northeastern Junior College | Online |
        | AGEC 1010 Animal Science | Eastern Plains College | Hybrid |
        | HIST 1110 American History | Western Prairie College | Online |
        | WELD 1110 Welding | Western Prairie College | On site |
        """);
    Files.writeString(knowledge.resolve("about.md"), """
        # About the Collaborative

        The Collaborative is a cooperative of eleven rural school districts in Colorado, Wyoming and Nebraska.

        ## Member districts

        - Colorado: Julesburg RE-1, Haxtun RE-2J, Wray RD-2
        - Wyoming: Goshen County School District #1, Platte County School District #2
        - Nebraska: Creek Valley Schools, Perkins County Schools
        """);
    Files.writeString(knowledge.resolve("ambassadors.md"), """
        # Parent Ambassador Handbook

        ## What ambassadors may not do

        To protect families and students, ambassadors may not:

        - Drive students or families in their personal vehicles.
        - Accept gifts from families worth more than $25.
        - Collect money, donations, or fees from families.
        """);
    Files.writeString(knowledge.resolve("summit-memo.txt"), """
        From: Darnell Price <dprice@example.org>
        Sent: Monday, October 4, 2027 2:47 PM
        Subject: Summit room change + chaperone clearance deadline

        Hi all,

        All adult chaperones must upload their clearances to the summit portal by Wednesday, October 27, 2027. A chaperone without clearances on file cannot travel with students.

        Thanks,
        Darnell
        """);
    Files.writeString(knowledge.resolve("board.md"), """
        # Parent Council

        The parent council gives families a say in the network's plans, beyond the events of any one school. It gathers three times a year on a Saturday morning, each time in a different member district. At every gathering there is breakfast, supervised play for young children, and live interpretation in Somali, Vietnamese, and Spanish.

        What the council does:

        - Comments on the network's yearly plan before the directors adopt it.
        - Sends one observer to the directors' meetings.
        - Plans family evenings together with district staff.
        """);
    Files.writeString(knowledge.resolve("dues.md"), """
        # Membership Dues

        Dues are set by enrollment each spring and cover every program of the alliance for the school year.

        | Enrollment | Annual dues |
        | --- | --- |
        | Fewer than 150 students | $2,500 |
        | 150 to 299 students | $4,000 |
        | 300 to 499 students | $5,750 |
        | 500 students or more | $7,500 |
        """);
    Files.writeString(knowledge.resolve("youth-summit.md"), """
        # Youth Summit

        Doors open 8-11 a.m. for check-in at the Riverside Arena.

        The Youth Summit costs $40 per student, lunch included.
        """);
    Files.writeString(knowledge.resolve("routes.md"), """
        # Shared Routes

        Six member districts currently run three shared daily routes. Each partner district pays its share by the number of students who ride, settled each semester.
        """);
    Files.writeString(knowledge.resolve("council.md"), """
        # Research Council

        The council is made up of research directors, data managers and other senior district leaders.
        """);
    Files.writeString(knowledge.resolve("purchasing.md"), """
        # Cooperative Purchasing

        The alliance's purchasing is managed by the alliance Finance Committee, which reviews finance requests from the alliance's districts each spring and manages the alliance's contracts.
        """);
    Files.writeString(knowledge.resolve("contacts.md"), """
        # Contacting Staff

        General questions go to the alliance office. Questions about invoices go to Ms. Ana Ruiz, Finance Manager.
        """);
    Files.writeString(knowledge.resolve("prairie-coop.md"), """
        # About the Prairie Co-op

        ## Staff

        - **Dr. Renata Okafor**, Programs Lead: overall leadership, the governing board, state reporting.
        - **Paul Estrada**, Grants Manager: the equipment grants.

        ## Joining or leaving

        A district that wants to join the Prairie Co-op applies by letter to the board chair by March 1.

        ## Governing board

        Each member district has one vote on the governing board. For 2026-27 the board chair is Superintendent Dale Hagerty of Bison Creek.

        ## Summer programs

        Harvest Camp is a two-week outdoor program for middle graders new to farming. It runs July 6
        through July 17, Monday through Friday, 9:00 a.m. to 1:00 p.m., at two farms:

        - Bison Creek: Larsen Farm
        - Hugo: Prairie Rose Farm

        ## Dues

        Dues are set by the size of a district's enrollment. Dues for the 2027–28 year will be invoiced on
        March 1, 2027 and are due by April 30, 2027.

        ## Equipment grants

        Grant funds a district has not spent do not carry over to the next school year: they return to the
        Co-op on July 1.

        ## Counselor stipends

        Camp counselors are paid a stipend of $400, deposited on the 15th of the month after camp ends.

        ## Camp places

        Each farm takes up to 40 campers. Families pay $120 per camper, and scholarships are available
        from the district office for any family that asks. Campers bring a water bottle and closed shoes.
        """);
    Files.writeString(knowledge.resolve("handbook.md"), """
        ---
        title: Lakeshore Alliance Handbook 2025–26
        ---
        Prepared by the alliance office for district contacts and approved by the council. Revised July 2025.

        # Fiscal Year

        The Lakeshore Alliance fiscal year runs from July 1 to June 30.

        # Council

        The council sets the alliance's priorities each spring. For 2025–26 the council chair is Dr. Maya Ortiz, superintendent of Pine Hollow Schools.

        # Testing Window

        The 2025–26 testing window for the seal runs from February 23 to March 13, 2026.
        """);
    Files.writeString(knowledge.resolve("home.md"), """
        # Our Home

        The Riverbend Alliance lives at Lakeview College, in its School of Education.

        # Coaches Gathering

        The spring retreat brings the alliance's coaches together for two days. Location: the riverside campus of Lakeview College.

        # Our Practices

        Riverbend Alliance teams share research-based practices, based on evidence from their own classrooms.
        """);
    Files.writeString(knowledge.resolve("pathways-institute.html"), """
        <html><head><title>Pathways Institute 2027</title></head><body><main>
        <h1>Pathways Institute 2027</h1>
        <h2>When and Where</h2>
        <p><strong>Dates:</strong> Tuesday, June 22 through Thursday, June 24, 2027</p>
        <p><strong>Location:</strong> Conference Center, Buffalo River College, 300 College Drive, Harrison, AR 72601</p>
        <p>Check-in opens at 7:30 a.m. on the first day. The Institute ends at noon on Thursday.</p>
        </main></body></html>
        """);
    Files.writeString(knowledge.resolve("stipends.md"), """
        # Stipends

        | Role | Stipend | When paid |
        | --- | --- | --- |
        | Pathways Institute presenter | $300 per session | Within 30 days of the Institute |
        | Mentor teacher | $1,800 per year | In two payments, December and May |
        """);
    Files.writeString(knowledge.resolve("tuition-memo.txt"), """
        Dual Credit Tuition for Spring

        From: Mae-Lynn Cordova, Dual Credit Liaison
        Date: October 14, 2026

        Starting with the spring term, dual credit tuition drops from $80 to $65 per credit hour. Fall semester timesheets are due December 18, 2026.

        Thanks,
        Mae-Lynn
        """);
    Files.writeString(knowledge.resolve("harbor-summit-memo.txt"), """
        Save the date: 2027 Harbor Summit

        Good morning everyone,

        I am pleased to share the plans for the 2027 Harbor Summit. The Harbor Summit will be held June 22-24, 2027 at the Eberhard Center in Grand Rapids.

        Registration opens February 1, 2027. The early registration rate is $295 per person through March 31, 2027; after that date the rate goes up to $350 per person.

        Districts may send teams of up to 12 people. Proposals for breakout sessions are due February 12, 2027, and we especially want proposals co-presented by students and teachers.
        """);
    Files.writeString(knowledge.resolve("concurrent-memo.txt"), """
        Concurrent Enrollment for Spring

        Course rosters for high-school-taught concurrent sections are due by January 8, 2027. Instructors for those sections must hold a master's degree with 18 graduate hours in the subject.
        """);
    Files.writeString(knowledge.resolve("mentoring.md"), """
        # Mentors

        Mentors receive a $1,200 stipend, paid in two equal installments in December and May.
        """);
    Files.writeString(knowledge.resolve("residency.md"), """
        # Residency Seminars

        | Session | Date | Focus |
        | --- | --- | --- |
        | 6 | February 6, 2027 | Family partnership and interpreting in parent conferences |
        | 7 | March 13, 2027 | Biliteracy assessment in the content areas |
        | 8 | April 17, 2027 | Portfolio workshop |
        | 9 | May 21, 2027 | Portfolio defense day |
        | 10 | June 5, 2027 | Cohort 4 celebration |
        """);
    Files.writeString(knowledge.resolve("events.yaml"), """
        events:
          - id: family-kickoff
            title: Family Night Kick-off
            start: 2027-09
        """);
    Files.writeString(knowledge.resolve("family-night.md"), """
        # Family Night

        The year's family events:

        - September · Family Night Kick-off
        - January · Family Literacy Evening
        """);
    Files.writeString(knowledge.resolve("induction.md"), """
        # Induction Mentors

        A mentor may support no more than two mentees at a time. The stipend is paid in two equal installments, on December 18, 2026 and May 28, 2027.
        """);
    Files.writeString(knowledge.resolve("offices.md"), """
        # Offices

        Call the Human Resources office at (320) 555-0142 about pay or licensing. The Transportation Office plans bus routes and is at 410 Birch Avenue.
        """);
    Files.writeString(knowledge.resolve("impact.md"), """
        # Our Impact

        Each year two educators from each building attend the network's institute.
        """);
    TestFiles.docxTable(knowledge, "sessions.docx", "Where the network meets this year.", new String[][] {
        {"Convening", "Month", "Host city"}, {"Fall session", "October", "Evanston"}, {"Winter session", "January", "Madison"}});
    folder = new FolderAnswers(knowledge, data);
  }

  @AfterAll
  static void close() throws Exception {
    folder.close();
  }

  @Test
  @DisplayName("\"No\" stays in the evidence: who pays no fee is answered by the sentence that says so")
  void negation() {
    assertThat(folder.ask("Which districts pay no registration fee?").text()).startsWith("Member districts pay no registration fee");
    assertThat(folder.ask("Is there a fee for member districts?").text()).contains("Member districts pay no registration fee");
  }

  @Test
  @DisplayName("A date relative to something else answers \"when\", in plain letters where the PDF had ligatures")
  void relativeDueDateFromAPdfPaste() {
    Answer answer = folder.ask("When is the financial contribution due?");

    assertThat(answer.answered()).isTrue();
    assertThat(answer.text()).contains("The financial contribution is due within fifteen days").doesNotContain("\uFB01");
  }

  @Test
  @DisplayName("Naming the document in a question about one of its sections finds that section, not the lead")
  void documentNameIsNotTheQuestion() {
    Answer answer = folder.ask("What do coaches gain from the Leadership Academy?");

    assertThat(answer.text()).contains("capacity to coach teachers for equity");
    assertThat(answer.sources().get(0).section()).isEqualTo("What each role gains");
    assertThat(folder.ask("What is the Leadership Academy?").text()).startsWith("The Leadership Academy brings district teams");
  }

  @Test
  @DisplayName("A question that writes a name out finds the passage that only uses its acronym")
  void acronyms() {
    assertThat(folder.ask("What does the Youth Writing Project do in summer?").text()).contains("summer camp trains student editors");
  }

  @Test
  @DisplayName("A thing no document names is not stated, with what the documents do say about the rest")
  void thingTheDocumentsDontName() {
    Answer answer = folder.ask("What hotel is the Leadership Academy in?");

    assertThat(answer.answered()).isFalse();
    assertThat(answer.text()).startsWith(AnswerService.NOT_STATED).contains("The Leadership Academy brings", "[1]");
    assertThat(answer.sources().get(0).path()).isEqualTo("academy.md");
  }

  @Test
  @DisplayName("A part of a question that another part's answer already answers is not reported as unanswered")
  void partAnsweredByAnotherPart() {
    Answer answer = folder.ask("how many mentees can one mentor take on, and when do the stipend payments go out?");

    assertThat(answer.answered()).isTrue();
    assertThat(answer.text()).contains("two mentees", "December 18, 2026").doesNotContain("About “");
  }

  @Test
  @DisplayName("Of a memo titled by what is asked about, the sentence that gives the amount asked, though it names nothing else")
  void amountUnderTheTitle() {
    Answer answer = folder.ask("how much does the harbor summit cost");

    assertThat(answer.answered()).isTrue();
    assertThat(answer.text()).startsWith("The early registration rate is $295 per person").doesNotContain("pleased", "[2]");
  }

  @Test
  @DisplayName("A later part that leaves its subject to the part before is read with that part's topic")
  void partWithTheTopicOfThePartBefore() {
    Answer answer = folder.ask("when are rosters due for high school taught concurrent sections and what degree do the teachers need");

    assertThat(answer.answered()).isTrue();
    assertThat(answer.text()).contains("January 8, 2027", "master's degree").doesNotContain("About “");
  }

  @Test
  @DisplayName("A part that shares only the other part's topic word is still reported as unanswered")
  void partNotAnsweredByAnotherPart() {
    Answer answer = folder.ask("how many mentees can one mentor take on, and when is mentor training?");

    assertThat(answer.answered()).isFalse();
    assertThat(answer.text()).contains("two mentees", "About “when is mentor training?”");
  }

  @Test
  @DisplayName("An office's phone number is that office's: another office's number is no answer")
  void phoneNumberOfOneOffice() {
    Answer human = folder.ask("what's the phone number for human resources?");
    Answer transportation = folder.ask("what's the phone number for the transportation office?");

    assertThat(human.answered()).isTrue();
    assertThat(human.text()).contains("(320) 555-0142");
    assertThat(transportation.answered()).isFalse();
  }

  @Test
  @DisplayName("A passage about the spring retreat does not answer for a fall one")
  void anotherSeason() {
    Answer fall = folder.ask("How long is the fall retreat?");
    Answer spring = folder.ask("How long is the spring retreat?");

    assertThat(fall.answered()).isFalse();
    assertThat(spring.answered()).isTrue();
    assertThat(spring.text()).contains("two days");
  }

  @Test
  @DisplayName("A Word table answers from its row, with the column header")
  void wordTable() {
    assertThat(folder.ask("Where is the winter session?").text()).contains("Winter session", "Madison");
  }

  @Test
  @DisplayName("A question in words far from the documents' gets the sentence closest in meaning, offered as such and left unanswered")
  void closestSentence() {
    Answer unsure = folder.ask("do we grab lunch on our own dime");

    assertThat(unsure.answered()).isFalse();
    assertThat(unsure.text()).isEqualTo(AnswerService.CLOSEST + "Lunch is provided on both days. [1]");
    assertThat(unsure.sources()).hasSize(1);
    assertThat(unsure.sources().get(0).path()).isEqualTo("institute.md");
    assertThat(folder.ask("whats the weather gonna be tomorrow").text()).isEqualTo(AnswerService.NOT_FOUND);
  }

  @Test
  @DisplayName("\"How far ahead\" asks how long before: the line that gives a length of time answers, though it says neither word")
  void howFarAhead() {
    Answer ahead = folder.ask("how far ahead do i have to book a bus for a field trip");

    assertThat(ahead.answered()).isTrue();
    assertThat(ahead.text()).contains("at least 10 school days in advance").doesNotContain("6:00 AM");
  }

  @Test
  @DisplayName("A list no sentence introduces comes under its heading, which says what its items are")
  void listUnderItsHeading() {
    Answer rules = folder.ask("what are the transportation co-op rules");

    assertThat(rules.text()).startsWith("Transportation Co-op:\n- Co-op buses run from 6:00 AM");
  }

  @Test
  @DisplayName("\"What happened with …\" asks what the documents say of it; \"isnt\" keeps its \"not\"")
  void chatPhrasing() {
    assertThat(folder.ask("what happened with oakridge wanting to join").text()).contains("table the request");
    Answer notCovered = folder.ask("what isnt covered by the telehealth service");
    assertThat(notCovered.text()).contains("does not provide crisis response").doesNotContain("Showing results");
    assertThat(folder.ask("how long does scoring take").text()).contains("within 10 business days");
    Answer clearances = folder.ask("when do chaperones need their clearances in");
    assertThat(clearances.answered()).isTrue();
    assertThat(clearances.text()).contains("by Wednesday, October 27, 2027");
  }

  @Test
  @DisplayName("A rule from a list is quoted under the list's lead: \"may not:\" keeps its meaning")
  void listItemUnderItsLead() {
    assertThat(folder.ask("can an ambassador accept a gift from a family").text())
        .startsWith("To protect families and students, ambassadors may not:\n- Accept gifts");
  }

  @Test
  @DisplayName("\"Which motions passed?\": a vote of a word or two is quoted with its paragraph")
  void fragmentWithItsParagraph() {
    assertThat(folder.ask("which motions passed at the board meeting").text())
        .contains("Approve the 2027-28 operating budget of $1,842,500");
  }

  @Test
  @DisplayName("\"What was the vote on …\": the motion's result, written after its discussion, is quoted with the motion")
  void voteAfterTheDiscussion() {
    Answer vote = folder.ask("what was the vote on raising the travel grant cap?");

    assertThat(vote.answered()).isTrue();
    assertThat(vote.text()).contains("Motion to raise the per-district annual cap", "Motion passed 6-3");
  }

  @Test
  @DisplayName("\"Did … go through?\": the paragraph of the motion, with its vote")
  void yesOrNoGetsTheParagraph() {
    assertThat(folder.ask("did the mentor stipend increase go through").text())
        .contains("Raise the mentor stipend", "Failed 4-6").doesNotContain("Passed 9-1");
  }

  @Test
  @DisplayName("\"Which … courses are online\": a table's rows that say what the question adds to its headings")
  void rowsOfATable() {
    assertThat(folder.ask("which dual credit courses are online").text()).startsWith("Course catalog:")
        .contains("SPE 1010", "HIST 1110").doesNotContain("WELD 1110", "AGEC 1010");
  }

  @Test
  @DisplayName("\"Which Wyoming districts …\": the list's row, not the sentence that names the state")
  void listOverSentence() {
    assertThat(folder.ask("which wyoming districts are in the collaborative").text())
        .contains("Goshen County School District #1").doesNotContain("Julesburg", "cooperative of eleven");
  }

  @Test
  @DisplayName("A misspelling is corrected, and the answer says what it understood")
  void misspelling() {
    assertThat(folder.ask("how long is the acadmy").text()).startsWith("Showing results for “how long is the academy”.");
  }

  @Test
  @DisplayName("\"What's the address\" is answered by the passage that gives a street address, not one that only names the place")
  void streetAddress() {
    assertThat(folder.ask("whats the address of the service center").text()).contains("410 Mill Street")
        .doesNotContain("front desk");
  }

  @Test
  @DisplayName("\"No\" in \"no-show\" is evidence: the no-show fee is not the fee a sentence that \"shows\" gives")
  void negationIsEvidence() {
    assertThat(folder.ask("What is the no-show fee for member districts at paraprofessional training?").text())
        .contains("$25 no-show fee").doesNotContain("$85");
  }

  @Test
  @DisplayName("A slip of a stop word (\"ther\") is that word, not a clipping of a document's longer one (\"therapists\")")
  void slipOfAStopWord() {
    Answer childcare = folder.ask("is ther childcare at family nights");

    assertThat(childcare.text()).doesNotStartWith("Showing results for “is therapists").contains("Free childcare is available");
  }

  @Test
  @DisplayName("\"Who is the keynote speaker\" and \"how much are the dues\" ask for things a passage must give")
  void rolesAndAmountsTheDocumentsDontGive() {
    Answer speaker = folder.ask("who is the keynote speaker at the institute");
    Answer dues = folder.ask("how much are the dues for the leadership academy");

    assertThat(speaker.answered()).isFalse();
    assertThat(speaker.text()).startsWith(AnswerService.NOT_FOUND);
    assertThat(dues.answered()).isFalse();
    assertThat(dues.text()).startsWith(AnswerService.NOT_STATED).contains("Leadership Academy brings district teams");
  }

  @Test
  @DisplayName("A role asked for is found where it is written as one (\"Finance Manager\"), not where its words are apart")
  void roleWrittenAsAPhrase() {
    assertThat(folder.ask("Who is the alliance's finance manager?").text()).contains("Ms. Ana Ruiz, Finance Manager")
        .doesNotContain("Finance Committee");
  }

  @Test
  @DisplayName("\"Who's the board chair\": the passage that says who holds the role, not a staff list naming the board or a letter to the chair")
  void thePassageThatSaysWhoHoldsTheRole() {
    Answer chair = folder.ask("whos the board chair this year");

    assertThat(chair.answered()).isTrue();
    assertThat(chair.text()).contains("Superintendent Dale Hagerty").doesNotContain("Okafor");
  }

  @Test
  @DisplayName("A time asked of what a sentence names is given by the next sentence of its paragraph (\"It runs …\")")
  void theKindAskedInTheParagraphsNextSentence() {
    Answer camp = folder.ask("what time do kids need to be at harvest camp in the morning");

    assertThat(camp.text()).contains("two-week outdoor program", "9:00 a.m.", "Larsen Farm");
  }

  @Test
  @DisplayName("\"Next year's dues\" are those of the school year after today's, which a text names by its numbers")
  void nextYearIsNamedByItsNumbers() {
    Answer dues = folder.ask("when are next year's dues due", LocalDate.of(2027, 2, 10));

    assertThat(dues.text()).startsWith("Dues are set").contains("April 30, 2027");
  }

  @Test
  @DisplayName("\"What day of the month\" is answered by a day of every month (\"the 15th of the month\")")
  void aDayOfEveryMonth() {
    Answer stipend = folder.ask("what day of the month do counselors get their money");

    assertThat(stipend.answered()).isTrue();
    assertThat(stipend.text()).contains("15th of the month");
  }

  @Test
  @DisplayName("\"What was the vote\" is answered by the motion's result (\"Passed 8-1\"), which doesn't say \"vote\"")
  void theVoteOnAMotion() {
    assertThat(folder.ask("what was the vote on the van specifications").text()).startsWith("Passed 8-1");
  }

  @Test
  @DisplayName("A role is named by all its words: research directors are not the executive director")
  void aRoleIsNamedByAllItsWords() {
    Answer executive = folder.ask("who is the executive director of the research council");
    Answer members = folder.ask("who is on the research council");

    assertThat(executive.answered()).isFalse();
    assertThat(executive.text()).startsWith(AnswerService.NOT_STATED);
    assertThat(members.answered()).isTrue();
    assertThat(members.text()).contains("research directors, data managers");
  }

  @Test
  @DisplayName("\"What year\" and \"what time\" are answered by a year and a time of day, \"how much is\" by a price")
  void theAnswerTypesOwnWords() {
    Answer founded = folder.ask("What year was the Writing Project founded?");
    Answer starts = folder.ask("What time does each summer camp day start?");
    Answer price = folder.ask("how much is the institute for non-member districts");

    assertThat(founded.answered()).isTrue();
    assertThat(founded.text()).contains("founded in 2011");
    assertThat(starts.answered()).isTrue();
    assertThat(starts.text()).contains("8:30 a.m. to 3:30 p.m.");
    assertThat(price.answered()).isTrue();
    assertThat(price.text()).contains("$450 per participant");
  }

  @Test
  @DisplayName("\"Which …\" is answered by the passage's list alone only when the list says what is asked")
  void aListAnswersOnlyWhatItSays() {
    Answer languages = folder.ask("Which languages are interpreted at the parent council's gatherings?");
    Answer duties = folder.ask("What are the parent council's duties?");

    assertThat(languages.text()).contains("live interpretation in Somali, Vietnamese, and Spanish")
        .doesNotStartWith("What the council does:");
    assertThat(duties.text()).contains("Comments on the network's yearly plan", "Plans family evenings");
  }

  @Test
  @DisplayName("\"How many students …\" is not answered by a count of districts or routes")
  void aCountCountsWhatIsAsked() {
    Answer riders = folder.ask("How many students ride the shared daily routes?");
    Answer routes = folder.ask("How many shared daily routes are there?");

    assertThat(riders.answered()).isFalse();
    assertThat(riders.text()).startsWith(AnswerService.NOT_STATED);
    assertThat(routes.answered()).isTrue();
    assertThat(routes.text()).contains("three shared daily routes");
  }

  @Test
  @DisplayName("A number in the question picks the table row whose range holds it, a row that says no other word of the question too")
  void theRowWhoseRangeHoldsTheNumber() {
    Answer dues = folder.ask("How much are the annual dues for a district with 320 students?");
    Answer owed = folder.ask("our district has like 180 kids what do we owe the alliance every year");

    assertThat(dues.answered()).isTrue();
    assertThat(dues.text()).contains("300 to 499 students; Annual dues: $5,750").doesNotContain("$2,500", "$4,000")
        .doesNotStartWith("Showing results");
    assertThat(owed.answered()).isTrue();
    assertThat(owed.text()).contains("150 to 299 students; Annual dues: $4,000").doesNotContain("$2,500", "$5,750");
    // A sentence whose range holds the number ("8-11 a.m." and 10) says nothing else of the question.
    Answer summit = folder.ask("what does the youth summit cost for our 10 students");
    assertThat(summit.text()).contains("$40 per student");
  }

  @Test
  @DisplayName("A date answers \"when\" only for what the question names: a revision date is no founding date")
  void aDateIsTheDateOfWhatIsAsked() {
    Answer founded = folder.ask("When was the Lakeshore Alliance founded?");
    Answer fiscal = folder.ask("When does the Lakeshore Alliance fiscal year start?");

    assertThat(founded.answered()).isFalse();
    assertThat(founded.text()).doesNotStartWith("Prepared by");
    assertThat(fiscal.answered()).isTrue();
    assertThat(fiscal.text()).contains("runs from July 1 to June 30");
  }

  @Test
  @DisplayName("Of the passages that cover a question, the one that names the asked-for role answers it")
  void thePassageThatNamesTheRole() {
    Answer chair = folder.ask("Who is the chair of the Lakeshore Alliance council for 2025–26?");

    assertThat(chair.answered()).isTrue();
    assertThat(chair.text()).startsWith("The council sets").contains("Dr. Maya Ortiz");
  }

  @Test
  @DisplayName("A passage dated by other years doesn't answer a question about a year it doesn't name")
  void anotherYear() {
    Answer next = folder.ask("When is the seal testing window for 2026–27?");
    Answer now = folder.ask("When is the seal testing window for 2025-26?");

    assertThat(next.answered()).isFalse();
    assertThat(next.text()).startsWith(AnswerService.NOT_STATED).contains("February 23 to March 13, 2026");
    assertThat(now.answered()).isTrue();
    assertThat(now.text()).contains("February 23 to March 13, 2026");
  }

  @Test
  @DisplayName("\"Where is … based\" is answered by the place, not by \"research-based\"")
  void aPlace() {
    Answer home = folder.ask("Where is the Riverbend Alliance based?");

    assertThat(home.answered()).isTrue();
    assertThat(home.text()).startsWith("The Riverbend Alliance lives at Lakeview College");
    // A place in a form no pattern knows still answers: it is preferred, not required.
    Answer retreat = folder.ask("Where is the spring retreat?");
    assertThat(retreat.answered()).isTrue();
    assertThat(retreat.text()).contains("riverside campus of Lakeview College");
  }

  @Test
  @DisplayName("A labelled cell answers what its label names: \"Dates:\" when the institute is, not \"When paid:\" of a stipend")
  void labelledCells() {
    Answer when = folder.ask("when is the pathways institute");

    assertThat(when.answered()).isTrue();
    assertThat(when.text()).startsWith("Dates: Tuesday, June 22").doesNotContain("Within 30 days");
    Answer both = folder.ask("when is the pathways institute and where is it");
    assertThat(both.text()).contains("June 22", "300 College Drive").doesNotContain("[2]");
  }

  @Test
  @DisplayName("\"Who is the dual credit liaison\": the memo's sender with that role")
  void whoIsTheRole() {
    assertThat(folder.ask("who is the dual credit liaison").text()).contains("Mae-Lynn Cordova");
  }

  @Test
  @DisplayName("A slip in the word that asks for a date is mended though no document writes that word")
  void slipInTheKindOfAnswer() {
    Answer answer = folder.ask("whats the deadine for fall timesheets");

    assertThat(answer.text()).startsWith("Showing results for “what's the deadline for fall timesheets”").contains("December 18, 2026");
  }

  @Test
  @DisplayName("Two parts one short passage answers are answered once; a month after \"in\" answers \"when\"")
  void partsWithOneAnswer() {
    Answer answer = folder.ask("How much are mentors paid, and when do they get the money?");

    assertThat(answer.answered()).isTrue();
    assertThat(answer.text().split("\\$1,200", -1)).hasSize(2);
    assertThat(answer.text()).contains("December and May");
  }

  @Test
  @DisplayName("A row that names a label of the question answers, unless another row says more of it")
  void theRowThatSaysMost() {
    Answer answer = folder.ask("When is the portfolio defense day for Cohort 4?");

    assertThat(answer.text()).contains("Session: 9; Date: May 21, 2027").doesNotContain("Portfolio workshop", "Cohort 4 celebration");
  }

  @Test
  @DisplayName("\"Where is\" an event neither the calendar nor the documents place: the calendar says it doesn't say")
  void placeNobodyGives() {
    Answer answer = folder.ask("where is the family night kick-off?");

    assertThat(answer.text()).startsWith("The calendar doesn't say where Family Night Kick-off");
    assertThat(answer.answered()).isFalse();
  }

  @Test
  @DisplayName("A count counts the noun it is of: \"two educators from each building\" is no count of buildings")
  void aCountOfSomethingElse() {
    Answer answer = folder.ask("how many buildings does the network have?");

    assertThat(answer.answered()).isFalse();
  }
}
