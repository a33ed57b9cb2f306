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

/**
 * Questions whose words an event shares by chance, or that the calendar can't answer though it has
 * an event on the topic: the documents answer them, and the calendar still answers for its events.
 */
final class CalendarOrDocumentsTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

  @TempDir static Path knowledge;
  @TempDir static Path data;
  private static FolderAnswers folder;

  @BeforeAll
  static void open() throws Exception {
    Files.writeString(knowledge.resolve("events.yaml"), """
        events:
          - id: mentor-kickoff
            title: Mentor Cohort Kickoff
            start: 2026-10-06T16:00
            audience: mentors and new teachers
          - id: privacy-webinar
            title: Data Privacy Training Webinar
            start: 2026-12-09T13:00
            kind: webinar
            audience: all district staff
          - id: spring-board
            title: Spring Board Meeting
            start: 2027-04
            location: Consortium office, Bemidji
          - id: winter-retreat
            title: Winter Leadership Retreat
            start: 2027-01-21T09:00
            end: 2027-01-22T14:00
            location: Cragun's Resort, Brainerd, MN
          - id: summer-institute
            title: Summer Institute
            start: 2027-06-22
            end: 2027-06-24
            audience: first-year mentors
          - id: council-january
            title: Superintendents' Council
            start: 2027-01-04T09:00
          - id: grant-webinar
            title: Reading Grant Informational Webinar
            start: 2027-02-04T15:30
            audience: teachers planning to apply
          - id: leads-summit
            title: Equity Leads Summit
            start: 2027-04-14
            end: 2027-04-16
            location: Ocean Shores Convention Center
            audience: principals and district leaders
            description: Three days on leading small schools.
        """);
    Files.writeString(knowledge.resolve("institute-agenda.md"), """
        # Summer Institute Agenda

        | Day | Time | Session |
        | --- | --- | --- |
        | Tuesday | 8:30 AM | Opening keynote: "Every Learner" with Dr. Rosa Tafoya |
        | Wednesday | 9:00 AM | District team work time |
        """);
    Files.writeString(knowledge.resolve("institute-logistics.md"), """
        # Summer Institute Logistics

        ## Lodging

        A room block is held at the Riverside Lodge in Brainerd.

        ## Refunds

        Cancellations between June 1 and June 10 get a 50 percent refund.
        """);
    Files.writeString(knowledge.resolve("reading-grant.md"), """
        # Reading Grant Guidelines

        ## Questions

        Send questions about the grant to Maya Lindqvist, Grants Manager, at grants@nrsc.org.

        ## Not funded

        - E-readers and tablets
        - Test-prep workbooks
        - Furniture other than shelving
        """);
    Files.writeString(knowledge.resolve("retreat-faq.md"), """
        # Winter Leadership Retreat: Frequently Asked Questions

        The retreat brings district leadership teams together for two days of planning.

        ## Is lodging included?

        Yes. Each district gets two rooms at the resort.
        """);
    Files.writeString(knowledge.resolve("summit-logistics.md"), """
        # Equity Leads Summit logistics

        Bring your district's attendance data and a laptop to the summit.
        """);
    Files.writeString(knowledge.resolve("retreat-packing.md"), """
        # Winter Leadership Retreat packing list

        Bring warm boots and a sleeping bag.
        """);
    Files.writeString(knowledge.resolve("council.md"), """
        # Superintendents' Council

        Superintendents meet the first Monday of each month by Zoom, from 9:00 to 10:30 AM.
        The 2026–27 chair is Dana Whitfield, ELL Director for Bemidji Area Schools.
        """);
    Files.writeString(knowledge.resolve("about.md"), """
        # About the consortium

        ## Staff

        - Karen Vogel, Executive Director
        - Tom Reinholt, Data Privacy Officer

        ## Dues

        Payment is due by September 30. Data sharing agreements are approved by the Data Privacy Officer.

        ## Rules

        1. Student-level data may be shared with the consortium only through the secure upload portal.
        2. Do not email student-level data as attachments, even inside the district.
        3. Data shared with outside researchers or vendors requires a signed Data Sharing Agreement.
        4. Reports never show a group smaller than 10 students.

        ## Reporting a breach

        Suspected data breaches must be reported within 24 hours to the Data
        Privacy Officer, Tom Reinholt (tom.reinholt@nrsc.org, 218-555-0165).
        """);
    Files.writeString(knowledge.resolve("mentoring.md"), """
        # Mentor Program

        ## Contact

        Dr. Lena Okafor, Mentoring Coordinator
        lena.okafor@nrsc.org | 218-555-0142

        ## Time commitment

        Mentors join a monthly mentor network meeting on Zoom, the second Tuesday of each month, 4:00-5:00 PM.
        """);
    Files.writeString(knowledge.resolve("retreat-email.txt"), """
        From: Marcus Delgado <mdelgado@nrsc.org>
        Subject: Winter Leadership Retreat - registration

        Good morning everyone,

        Registration is $175 per person for member districts and $325 for
        non-member districts. Please register by Friday, December 18. After that
        date the fee goes up to $225 for members.

        Those who register late pay $300. Lunch is included.
        """);
    folder = new FolderAnswers(knowledge, data);
  }

  @AfterAll
  static void close() throws Exception {
    folder.close();
  }

  private static Answer ask(String question) {
    return folder.ask(question, TODAY);
  }

  @Test
  @DisplayName("A part that names only a verb (\"what should I bring\") asks about the event of the part before it")
  void partLeavingItsSubjectToTheOneBefore() {
    Answer summit = ask("When is the equity leads summit and what should I bring?");

    assertThat(summit.text()).contains("April 14", "attendance data").doesNotContain("sleeping bag");
  }

  @Test
  @DisplayName("\"Who chairs the council for 2026-27?\" asks a person, not whom the council's meeting is for")
  void whoChairsAnEventsBodyForASchoolYear() {
    Answer chair = ask("Who chairs the Superintendents' Council for 2026-27?");

    assertThat(chair.answered()).isTrue();
    assertThat(chair.text()).contains("Dana Whitfield");
  }

  @Test
  @DisplayName("\"Who do I ask about …\" an event's topic asks for a person, which no field of an event holds; "
      + "\"Frequently Asked Questions\" labels no contact")
  void whoToAskAboutAnEventsTopic() {
    assertThat(ask("who do i ask about the reading grant").text()).contains("Maya Lindqvist");
    assertThat(ask("who is the reading grant webinar for").text()).contains("teachers planning to apply");
    assertThat(ask("who do i talk to about the winter leadership retreat").text())
        .doesNotContain("two days of planning");
  }

  @Test
  @DisplayName("What the documents say on an event's unlisted detail (the agenda's keynote row) beats the calendar's \"doesn't say\"")
  void documentsSayMoreThanTheCalendar() {
    Answer keynote = ask("Who is the keynote speaker at the summer institute?");

    assertThat(keynote.text()).contains("Dr. Rosa Tafoya").doesNotStartWith("The calendar doesn't say");
  }

  @Test
  @DisplayName("What the calendar has no field for: a day the event is not on, or a hotel, is asked of the documents on that event first")
  void documentsOnTheEventFirst() {
    Answer refund = ask("can i get my money back if i cancel my summer institute registration on june 5");
    Answer hotel = ask("what hotel are we supposed to stay at for the summer institute");

    assertThat(refund.text()).contains("50 percent refund").doesNotContain("not on the calendar");
    assertThat(hotel.text()).contains("Riverside Lodge").doesNotContain("The calendar doesn't say");
    assertThat(ask("is the summer institute on june 5").text()).startsWith("Summer Institute is not on the calendar for");
    assertThat(ask("where do we stay for the winter retreat").text()).as("the institute's lodging is not the retreat's")
        .doesNotContain("Riverside Lodge");
  }

  @Test
  @DisplayName("Some of an event's title words that name a document's topic (the grant, not its webinar) ask the documents")
  void topicOfAnEventAndADocument() {
    Answer grant = ask("what stuff is not allowed to buy with the reading grant");

    assertThat(grant.text()).contains("E-readers and tablets").doesNotContain("The calendar doesn't say");
    assertThat(ask("when is the reading grant webinar").text()).startsWith("Reading Grant Informational Webinar is");
  }

  @Test
  @DisplayName("An event named in a clipped word the documents write out (\"sups\") is found on the calendar, which says what it read")
  void clippedEventName() {
    Answer council = ask("when r the sups meeting??");

    assertThat(council.answered()).isTrue();
    assertThat(council.text()).startsWith("Showing results for “when are the superintendents meeting”.\n"
        + "Superintendents' Council is Monday, January 4, 2027, 9:00 AM");
  }

  @Test
  @DisplayName("A word only another event has (an office, for the officer) names no event: the documents answer")
  void wordOfAnotherEvent() {
    Answer officer = ask("who's the data privacy officer");

    assertThat(officer.answered()).isTrue();
    assertThat(officer.text()).startsWith("Tom Reinholt, Data Privacy Officer");
    assertThat(ask("when is the data privacy webinar").text()).startsWith("Data Privacy Training Webinar is Wednesday, December 9");
  }

  @Test
  @DisplayName("\"The next mentor meeting\" when the event named for mentors is past: the documents' monthly meeting, not an event for mentors")
  void nothingNamedAheadAsksTheDocuments() {
    Answer meeting = ask("when is the next mentor meeting");

    assertThat(meeting.answered()).isTrue();
    assertThat(meeting.text()).startsWith("Mentors join a monthly mentor network meeting on Zoom, the second Tuesday");
    assertThat(ask("when is the summer institute").text()).startsWith("Summer Institute is");
  }

  @Test
  @DisplayName("What a chat message adds around its question (\"lol\", \"thanks! btw\") is not a word the documents or the calendar lack")
  void chatAsides() {
    assertThat(ask("when is the retreat lol").text()).startsWith("Winter Leadership Retreat is Thursday, January 21");
    assertThat(ask("thanks! btw how much is the retreat for members").answered()).isTrue();
  }

  @Test
  @DisplayName("A sentence that points back (\"After that date …\") comes after the one it points to")
  void sentencePointingBack() {
    Answer fee = ask("how much is the retreat for members");
    Answer late = ask("what do late registrants pay for the retreat");

    assertThat(fee.text()).contains("Please register by Friday, December 18. After that date the fee goes up to $225");
    assertThat(late.text()).contains("Those who register late pay $300.");
  }

  @Test
  @DisplayName("A yes/no question over a list of rules is answered by the rule it asks about, not the whole list")
  void ruleOfAList() {
    Answer email = ask("Can I email student data as an attachment?");

    assertThat(email.text()).isEqualTo("Do not email student-level data as attachments, even inside the district. [1]");
  }

  @Test
  @DisplayName("A part read with the event of the part before says neither the event's date twice nor what that part asked again")
  void partsSayTheDateOnce() {
    Answer cost = ask("when does the equity leads summit start and how much is it");
    Answer audience = ask("when is the equity leads summit and who is it for");
    Answer time = ask("what time does the winter retreat start");
    Answer timeAndPlace = ask("when and where does the winter retreat start");

    assertThat(cost.text()).contains("About “how much is it”: The calendar doesn't say that").doesNotContain("gives no time");
    assertThat(audience.text()).containsIgnoringCase("for principals and district leaders");
    assertThat(audience.text().split("April 14–16", -1)).hasSize(2);
    assertThat(time.text()).startsWith("Winter Leadership Retreat starts at 9:00 AM (")
        .doesNotContain("Winter Leadership Retreat is");
    assertThat(timeAndPlace.text()).contains("Cragun's Resort");
  }

  @Test
  @DisplayName("A part whose \"it\" is the other part's event is not answered alone by any fee: the calendar says it doesn't give the cost")
  void partReferringBack() {
    Answer both = ask("when is the summer institute and how much does it cost");

    assertThat(both.text()).startsWith("Summer Institute is").contains("About “how much does it cost”:").contains("doesn't say").doesNotContain("$175", "$225");
    assertThat(both.answered()).isFalse();
  }

  @Test
  @DisplayName("\"Showing results for\" is said for a misspelling, not for a form of a word spelt right (approves, approved)")
  void formsAreNoCorrection() {
    assertThat(ask("who approves data sharing agreements").text()).doesNotStartWith("Showing results for");
    assertThat(ask("who apprvoes data sharing agreements").text()).startsWith("Showing results for “who approved");
  }

  @Test
  @DisplayName("A contact's number under the name line is the named person's; \"Tom Reinholt's email\" asks for an email")
  void contactDetails() {
    Answer phone = ask("What is Lena Okafor's phone number?");
    Answer email = ask("what's tom reinholt's email");

    assertThat(phone.answered()).isTrue();
    assertThat(phone.text()).contains("218-555-0142").doesNotStartWith("The documents don't say");
    assertThat(email.answered()).isTrue();
    assertThat(email.text()).contains("tom.reinholt@nrsc.org").doesNotStartWith("The documents don't say");
  }

  @Test
  @DisplayName("How long events of a kind last, or how many people a team has, is the documents' to describe; "
      + "\"how many webinars\" counts the calendar's")
  void eventsOfAKindAtNoTime(@TempDir Path ownKnowledge, @TempDir Path ownData) throws Exception {
    Files.writeString(ownKnowledge.resolve("events.yaml"), """
        events:
          - {id: team-launch, title: Virtual Team Launch, start: 2025-11, kind: virtual}
          - {id: team-meet, title: Virtual Team Meetup, start: 2026-02, kind: virtual}
          - {id: team-review, title: Virtual Team Review, start: 2026-04, kind: virtual}
          - {id: webinar-family, title: Webinar on Family Partnerships, start: 2025-12, kind: webinar}
          - {id: webinar-sel, title: Webinar on Social Emotional Learning, start: 2026-03, kind: webinar}
        """);
    Files.writeString(ownKnowledge.resolve("network.md"), """
        # Learning Network

        ## Who should apply

        District teams of 4-8 leaders apply together. A team brings people from different roles, such as a
        principal and a classroom teacher.

        ## Time commitment

        Participants attend three 2-hour virtual sessions.
        """);
    try (FolderAnswers own = new FolderAnswers(ownKnowledge, ownData)) {
      Answer team = own.ask("how many people should be on a team", TODAY);
      Answer virtual = own.ask("how long are the virtual sessions", TODAY);
      Answer webinars = own.ask("how many webinars are there", TODAY);

      assertThat(team.text()).contains("District teams of 4-8 leaders").doesNotContain("The calendar gives no capacity");
      assertThat(virtual.text()).contains("three 2-hour virtual sessions").doesNotContain("Nothing is scheduled");
      assertThat(webinars.text()).startsWith("The network's calendar has 2 of them:")
          .contains("Webinar on Family Partnerships", "Webinar on Social Emotional Learning");
    }
  }

  @Test
  @DisplayName("A question that says more than an event's title (\"the data coaching institute\" of Data Coach "
      + "Office Hours, \"public comment at board meetings\") asks the documents first; the event alone, the calendar")
  void moreThanAnEventsTitle(@TempDir Path ownKnowledge, @TempDir Path ownData) throws Exception {
    Files.writeString(ownKnowledge.resolve("events.yaml"), """
        events:
          - {id: coach-hours, title: Data Coach Office Hours, start: 2026-12-10T15:00, end: 2026-12-10T16:00}
          - {id: board-december, title: Board of Directors Meeting, start: 2026-12-17T18:00, end: 2026-12-17T19:30}
        """);
    Files.writeString(ownKnowledge.resolve("workshops.md"), """
        # Workshops

        ## Data Coaching Institute

        The Data Coaching Institute is held April 20-21, 2027 at the New Bern Convention Center.

        ## Board meetings

        Board meetings are open to the public. Public comment is limited to three minutes per speaker.
        """);
    try (FolderAnswers own = new FolderAnswers(ownKnowledge, ownData)) {
      assertThat(own.ask("when is the data coaching institute", TODAY).text()).contains("April 20-21, 2027");
      assertThat(own.ask("how long can public comment be at board meetings", TODAY).text()).contains("three minutes");
      assertThat(own.ask("when is the next board meeting", TODAY).text())
          .startsWith("Board of Directors Meeting is Thursday, December 17, 2026");
      assertThat(own.ask("when are the data coach office hours", TODAY).text())
          .startsWith("Data Coach Office Hours is Thursday, December 10, 2026");
    }
  }
}
