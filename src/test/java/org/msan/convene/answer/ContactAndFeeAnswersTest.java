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
 * A staff list and a dues table as a network's "who to contact" page gives them, asked the way
 * members ask: by a first name, a role in their own words, their district's size.
 */
final class ContactAndFeeAnswersTest {

  @TempDir static Path knowledge;
  @TempDir static Path data;
  private static FolderAnswers folder;

  @BeforeAll
  static void open() throws Exception {
    Files.writeString(knowledge.resolve("contacts.md"), """
        ---
        title: Who to contact
        ---
        # Who to contact

        - Director: Maria Lopez, 507-555-0100, mlopez@prairie.org
        - Operations and Events: Tom Haugen, 507-555-0142, thaugen@prairie.org
        - Family Outreach: Priya Natarajan, 507-555-0177, pnatarajan@prairie.org

        ## Dues

        Member districts pay annual dues by enrollment:

        | Enrollment | Annual dues |
        | --- | --- |
        | Under 2,000 students | $3,500 |
        | 2,000 to 7,999 students | $8,750 |
        | 8,000 students or more | $14,000 |

        Dues are invoiced in July and due by September 30. A late fee of 5% is added to dues paid after October 31.
        """);
    Files.writeString(knowledge.resolve("staff-directory.md"), """
        ---
        title: Network staff directory
        ---
        # Network staff directory

        Our team supports member districts all year.

        | Name | Role | Email | Phone |
        |---|---|---|---|
        | Dana Whitfield | Executive Director | dwhitfield@rvn.org | (555) 201-4410 |
        | Omar Haddad | Convenings Coordinator | ohaddad@rvn.org | (555) 201-4412 |
        | Grace Lindgren | Data and Research Lead | glindgren@rvn.org | (555) 201-4415 |
        | Luis Ortega | Communications Manager | lortega@rvn.org | (555) 201-4418 |
        """);
    Files.writeString(knowledge.resolve("convenings.md"), """
        # Convenings 2026-27

        Every convening runs one day, from 9 a.m. to 3 p.m.

        | Session | Month | Host city | Focus |
        |---|---|---|---|
        | Fall Convening | October 2026 | Farmington, NM | Chronic absenteeism |
        | Winter Convening | January 2027 | Gallup, NM | Early literacy |
        | Spring Convening | April 2027 | Show Low, AZ | Career pathways |
        """);
    Files.writeString(knowledge.resolve("board.md"), """
        # Governing Board

        The Grants Committee reviews mini-grant applications each October. It is chaired by the Board Treasurer.

        ## Officers

        - Chair: Dr. Linda Harwood, Superintendent, Medicine Creek Public Schools
        - Treasurer: Mrs. Janet Okafor, Business Manager, Sappa Creek Schools
        """);
    Files.writeString(knowledge.resolve("grants.md"), """
        # Mini-grants

        Mini-grants of up to $5000 are open to member districts
        for family engagement projects, and are decided each October.
        """);
    Files.writeString(knowledge.resolve("team.md"), """
        # About the consortium

        ## Staff

        - Dr. Sarah Lindqvist, Executive Director (slindqvist@nrsc.org)
        - Marcus Delgado, Director of Programs
        - Dr. Lena Okafor, Mentoring Coordinator
        - Karen Vogel, Business Manager
        - Jonah Reyes, Payroll Specialist
        """);
    Files.writeString(knowledge.resolve("contacts-page.md"), """
        # Contact the office

        Dr. Ruth Amsel, Program Director
        ramsel@lakes.org | 218-555-0150

        Karen Vogel, Business Manager
        kvogel@lakes.org | 218-555-0160

        Ivan Petrov, Transportation Lead
        ipetrov@lakes.org | 218-555-0170

        Mei Chen, Registrar
        mchen@lakes.org | 218-555-0180

        Office hours are Monday to Friday, 8 a.m. to 4:30 p.m., except on federal holidays.
        """);
    Files.writeString(knowledge.resolve("minutes.md"), """
        # Board minutes, January 21

        ## Action items

        - Haugen: circulate the 2027 roof inspection schedule by February 15.
        - Okafor: pay the $2,400 wrecker invoice by January 31.
        """);
    Files.writeString(knowledge.resolve("handbook.md"), """
        ---
        title: Member District Handbook
        ---
        # Prairie Ridge Cooperative (PRC)

        ## Central Office & Key Contacts

        **Central Office:** 1420 Quarry Road, Harlan Springs, IL 62391
        **Main line:** (217) 555-0148  |  **Fax:** (217) 555-0149
        **Office hours:** 7:30 a.m. – 4:00 p.m., Monday–Friday.

        ## Program tuition

        | Program | Site | Member tuition |
        |---|---|---|
        | Structured Learning Program (K–5) | Tillman Grove Elementary | $36,900 |
        | Transition Academy (ages 18–21) | 210 W. Main St., Harlan Springs | $29,750 |
        """);
    folder = new FolderAnswers(knowledge, data);
  }

  @AfterAll
  static void close() throws Exception {
    folder.close();
  }

  @Test
  @DisplayName("A staff list's row under a role answers for the person it names or the role asked for: that row alone")
  void personInAStaffList() {
    Answer phone = folder.ask("whats tom haugen's phone number");
    Answer email = folder.ask("what is Priya's email?");

    assertThat(phone.answered()).isTrue();
    assertThat(phone.text()).startsWith("Operations and Events: Tom Haugen, 507-555-0142").doesNotContain("Maria");
    assertThat(email.answered()).isTrue();
    assertThat(email.text()).contains("pnatarajan@prairie.org").doesNotContain("Maria");
    assertThat(folder.ask("how do i reach tom").text()).startsWith("Operations and Events: Tom Haugen, 507-555-0142");
    // "person" is the kind of answer, which no document writes; "whos" is "who's", not a typo for "who".
    assertThat(folder.ask("whos the family outreach person").text()).isEqualTo(
        "Family Outreach: Priya Natarajan, 507-555-0177, pnatarajan@prairie.org [1]");
    assertThat(folder.ask("who is the events person?").text()).startsWith("Operations and Events: Tom Haugen");
  }

  @Test
  @DisplayName("A staff table's row is a record: the row that names whom or what is asked, alone; every row when all are asked")
  void rowOfAStaffTable() {
    Answer coordinator = folder.ask("who is the convenings coordinator");
    Answer phone = folder.ask("what is Omar Haddad's phone number");
    Answer reach = folder.ask("how do i reach the data lead");
    Answer all = folder.ask("list the network staff");

    assertThat(coordinator.answered()).isTrue();
    assertThat(coordinator.text()).isEqualTo(
        "Name: Omar Haddad; Role: Convenings Coordinator; Email: ohaddad@rvn.org; Phone: (555) 201-4412 [1]");
    // Every row has a phone number: the word "phone" tells no row from another.
    assertThat(phone.text()).startsWith("Name: Omar Haddad;").doesNotContain("Whitfield");
    // A cell labelled "Email" or "Phone" is a way to reach someone.
    assertThat(reach.answered()).isTrue();
    assertThat(reach.text()).startsWith("Name: Grace Lindgren;").doesNotContain("Whitfield");
    assertThat(all.answered()).isTrue();
    assertThat(all.text()).contains("Dana Whitfield", "Omar Haddad", "Grace Lindgren", "Luis Ortega");
  }

  @Test
  @DisplayName("\"Which city …\" asks for one thing, answered by its row; \"which … are\" with a plural asks for several")
  void whichOfOneOrSeveral() {
    Answer city = folder.ask("Which city hosts the Spring Convening?");
    Answer twoParts = folder.ask("What is the focus of the Fall Convening and which city hosts it?");

    assertThat(city.answered()).isTrue();
    assertThat(city.text()).isEqualTo("Session: Spring Convening; Month: April 2027; Host city: Show Low, AZ; Focus: Career pathways [1]");
    assertThat(twoParts.text()).contains("Farmington, NM").doesNotContain("Gallup");
    assertThat(folder.ask("which convenings are there this year").text()).contains("Farmington", "Gallup", "Show Low");
  }

  @Test
  @DisplayName("\"Who is the treasurer\" asks for the person: the officer's line that names one, not the sentence that names the role")
  void whoIsTheRole() {
    Answer treasurer = folder.ask("Who is the Treasurer of the Governing Board?");

    assertThat(treasurer.answered()).isTrue();
    assertThat(treasurer.text()).isEqualTo("Treasurer: Mrs. Janet Okafor, Business Manager, Sappa Creek Schools [1]");
  }

  @Test
  @DisplayName("A district's size in members' words finds the row whose range holds it; a fee as a share is an amount")
  void rowByRangeAndFeeAsShare() {
    Answer dues = folder.ask("how much are dues for a district with 5000 kids");
    Answer lateFee = folder.ask("whats the late fee if we pay dues late");

    assertThat(dues.answered()).isTrue();
    assertThat(dues.text()).startsWith("Enrollment: 2,000 to 7,999 students; Annual dues: $8,750")
        .as("the row says the 5000 already: no other passage is quoted for it").doesNotContain("Mini-grants");
    assertThat(lateFee.answered()).isTrue();
    assertThat(lateFee.text()).contains("A late fee of 5% is added to dues paid after October 31.");
  }

  @Test
  @DisplayName("A directory's entry (\"- Name, Role\", no full stop) is a record too: the one that names the role asked, alone")
  void entryOfADirectory() {
    Answer mentoring = folder.ask("Who is the mentoring coordinator?");
    Answer director = folder.ask("who is the consortium's executive director?");

    assertThat(mentoring.answered()).isTrue();
    assertThat(mentoring.text()).isEqualTo("Dr. Lena Okafor, Mentoring Coordinator [1]");
    assertThat(director.text()).isEqualTo("Dr. Sarah Lindqvist, Executive Director (slindqvist@nrsc.org) [1]");
  }

  @Test
  @DisplayName("In a contacts page of name lines over their email and phone lines, a person's number is quoted with the name")
  void contactUnderItsName() {
    Answer phone = folder.ask("What is Karen Vogel's phone number?");

    assertThat(phone.answered()).isTrue();
    assertThat(phone.text()).startsWith("Karen Vogel, Business Manager\nkvogel@lakes.org | 218-555-0160")
        .doesNotContain("0150", "0170", "0180");
  }

  @Test
  @DisplayName("An amount asked of a thing whose sentence gives none is not stated, though another line of its passage has one")
  void amountNotInTheQuotedSentence() {
    Answer roof = folder.ask("how much do you charge for a roof inspection?");

    assertThat(roof.answered()).isFalse();
    assertThat(roof.text()).startsWith(AnswerService.NOT_STATED).contains("roof inspection schedule");
  }

  @Test
  @DisplayName("The network's name in a heading above says whose a number is, as the document's title does")
  void numberUnderTheNetworksHeading() {
    Answer phone = folder.ask("What is the main phone number for the PRC Central Office?");

    assertThat(phone.answered()).isTrue();
    assertThat(phone.text()).contains("Main line: (217) 555-0148");
  }

  @Test
  @DisplayName("A street address in a table's \"Site\" column is the address of its row's program")
  void addressUnderASiteLabel() {
    Answer address = folder.ask("What is the address of the Transition Academy?");

    assertThat(address.answered()).isTrue();
    assertThat(address.text()).startsWith("Program: Transition Academy (ages 18–21); Site: 210 W. Main St.");
  }
}
