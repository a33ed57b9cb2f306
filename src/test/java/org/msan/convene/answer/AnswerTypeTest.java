package org.msan.convene.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

final class AnswerTypeTest {

  @Test
  @DisplayName("The question's form names the kind of answer; other questions name none")
  void typeFromTheQuestion() {
    assertThat(AnswerType.of("How many students does MSAN serve?")).contains(AnswerType.COUNT);
    assertThat(AnswerType.of("How big should a district team be?")).contains(AnswerType.SIZE);
    assertThat(AnswerType.of("How long is the student conference?")).contains(AnswerType.DURATION);
    assertThat(AnswerType.of("How many days is the kick-off?")).contains(AnswerType.DURATION);
    assertThat(AnswerType.of("How much does the network cost?")).contains(AnswerType.MONEY);
    assertThat(AnswerType.of("how much are the membership dues for a district")).contains(AnswerType.MONEY);
    assertThat(AnswerType.of("how much money can our district get for new shop equipment")).contains(AnswerType.MONEY);
    assertThat(AnswerType.of("how old is msan anyway")).contains(AnswerType.DURATION);
    assertThat(AnswerType.of("how often do the school teams meet")).contains(AnswerType.FREQUENCY);
    assertThat(AnswerType.of("How far away must the hotel be for lodging to be paid?")).contains(AnswerType.DISTANCE);
    assertThat(AnswerType.of("how far in advance do we book the van")).isNotEqualTo(java.util.Optional.of(AnswerType.DISTANCE));
    assertThat(AnswerType.DISTANCE.answeredBy("when the destination is more than 60 miles from the work site")).isTrue();
    assertThat(AnswerType.DISTANCE.answeredBy("Is there a distance learning option? Yes.")).isFalse();
    assertThat(AnswerType.of("How many times a year do we meet face to face?")).contains(AnswerType.FREQUENCY);
    assertThat(AnswerType.of("whats the deadline for applications")).contains(AnswerType.DATE);
    assertThat(AnswerType.of("how much is the institute for non members")).contains(AnswerType.MONEY);
    assertThat(AnswerType.of("What time does each day start?")).contains(AnswerType.CLOCK_TIME);
    assertThat(AnswerType.of("What is the Learning Partnership approach?")).isEmpty();
    assertThat(AnswerType.of("What are the dates of the summer camp?")).contains(AnswerType.DAY);
    assertThat(AnswerType.of("how fast do we have to report it")).contains(AnswerType.DURATION);
    // A year that opens a name ("the 2026 Spring Data Retreat") dates nothing.
    assertThat(AnswerType.DATE.answeredBy("Registration for the 2026 Spring Data Retreat is now open.")).isFalse();
    assertThat(AnswerType.DATE.answeredBy("The network was founded in 1999.")).isTrue();
  }

  @Test
  @DisplayName("\"How old do you have to be\" asks an age, which a length of something else does not give")
  void ageRequired() {
    assertThat(AnswerType.of("how old does a kid have to be to do an internship")).contains(AnswerType.AGE);
    assertThat(AnswerType.of("What age can students start the program?")).contains(AnswerType.AGE);
    assertThat(AnswerType.of("is there a minimum age for volunteers")).contains(AnswerType.AGE);
    assertThat(AnswerType.of("how old is the network")).contains(AnswerType.DURATION);
    assertThat(AnswerType.AGE.answeredBy("Students must be at least 16 years old on the first day.")).isTrue();
    assertThat(AnswerType.AGE.answeredBy("Childcare is free for children ages 3 to 11.")).isTrue();
    assertThat(AnswerType.AGE.answeredBy("Open to anyone 18 or older.")).isTrue();
    assertThat(AnswerType.AGE.answeredBy("Internships run 90 hours per semester.")).isFalse();
    assertThat(AnswerType.AGE.answeredBy("Mileage is paid for any distance over 30 miles one way.")).isFalse();
    assertThat(AnswerType.AGE.answeredBy("Interpreters cover 10+ languages.")).isFalse();
    assertThat(AnswerType.AGE.answeredBy("No one under the age of 18 may drive a van.")).isTrue();
  }

  @Test
  @DisplayName("\"How big\" asks a size in people or money; \"how much do subs make\", \"what is the stipend\" ask money")
  void sizesAndPay() {
    assertThat(AnswerType.SIZE.answeredBy("the Board raised the 2026–27 pool to $48,000")).isTrue();
    assertThat(AnswerType.SIZE.answeredBy("Teams of 4-8 leaders")).isTrue();
    assertThat(AnswerType.SIZE.answeredBy("$20,000/per district team, per year")).isFalse();
    assertThat(AnswerType.of("how much do bus drivers get paid per hour")).contains(AnswerType.MONEY);
    assertThat(AnswerType.of("how much do subs make if they stay for weeks")).contains(AnswerType.MONEY);
    assertThat(AnswerType.of("how much do mentors earn")).contains(AnswerType.MONEY);
    assertThat(AnswerType.of("whats the daily pay for a special ed sub")).contains(AnswerType.MONEY);
    assertThat(AnswerType.of("what is the mentor stipend")).contains(AnswerType.MONEY);
    assertThat(AnswerType.of("how much training do new teachers get")).isEmpty();
    assertThat(AnswerType.of("do you pay for subs when teachers go to trainings")).isEmpty();
    assertThat(AnswerType.of("What do I do if I haven't been paid?")).isEmpty();
    assertThat(AnswerType.of("What do participants earn for completing the academy?")).isEmpty();
    assertThat(AnswerType.of("How much PD credit do participants earn?")).isEmpty();
    assertThat(AnswerType.of("What is the pay schedule for subs?")).isEmpty();
  }

  @Test
  @DisplayName("A phone number, an email address or a link is asked for as such, after the other kinds")
  void contactDetails() {
    assertThat(AnswerType.of("What is the phone number for the GLEC office?")).contains(AnswerType.PHONE);
    assertThat(AnswerType.of("whats the office phone?")).contains(AnswerType.PHONE);
    assertThat(AnswerType.of("What is the phone number of the CALDERA office?")).contains(AnswerType.PHONE);
    assertThat(AnswerType.of("what is Priya's email?")).contains(AnswerType.EMAIL);
    assertThat(AnswerType.of("whats Tom's cell phone")).contains(AnswerType.PHONE);
    assertThat(AnswerType.of("how do I reach the grants office?")).contains(AnswerType.CONTACT);
    assertThat(AnswerType.of("contact info for Tom")).contains(AnswerType.CONTACT);
    assertThat(AnswerType.CONTACT.answeredBy("Tom Haugen, thaugen@prairie.org")).isTrue();
    assertThat(AnswerType.CONTACT.answeredBy("Tom runs events.")).isFalse();
    assertThat(AnswerType.MONEY.answeredBy("A late fee of 5% is added after October 31.")).isTrue();
    assertThat(AnswerType.MONEY.answeredBy("Members get a 10% discount.")).isTrue();
    assertThat(AnswerType.MONEY.answeredBy("85% of students graduate on time.")).isFalse();
    assertThat(AnswerType.of("who's the data person?")).contains(AnswerType.PERSON);
    assertThat(AnswerType.of("who is our contact at the state?")).contains(AnswerType.PERSON);
    assertThat(AnswerType.of("Who handles reimbursements?")).contains(AnswerType.PERSON);
    assertThat(AnswerType.of("Who is the Treasurer of the alliance?")).contains(AnswerType.PERSON);
    assertThat(AnswerType.of("whos the vice chair")).contains(AnswerType.PERSON);
    assertThat(AnswerType.of("Who is the network for?")).isEmpty();
    assertThat(AnswerType.of("who is the netwrok meant for, what kind of districts")).isEmpty();
    assertThat(AnswerType.of("who is the summit open to?")).isEmpty();
    assertThat(AnswerType.of("Quick question: who is the treasurer?")).contains(AnswerType.PERSON);
    assertThat(AnswerType.of("Who is the board chair for 2026-27?")).contains(AnswerType.PERSON);
    assertThat(AnswerType.of("how much is registration for the winter convening?")).contains(AnswerType.MONEY);
    assertThat(AnswerType.of("how much is left in the budget")).isEmpty();
    assertThat(AnswerType.of("how much are students expected to read?")).isEmpty();
    assertThat(AnswerType.of("how do I reach the venue from the airport?")).isEmpty();
    assertThat(AnswerType.of("Can I join by phone?")).isEmpty();
    assertThat(AnswerType.of("Can I use my phone for the survey?")).isEmpty();
    assertThat(AnswerType.of("What is the rate for telephone interpretation?")).isEmpty();
    assertThat(AnswerType.PHONE.answeredBy("Program contact: Marisol Quintero, (308) 555-0136")).isTrue();
    assertThat(AnswerType.PHONE.answeredBy("318 students in 2025-2026, groups of 250-1000")).isFalse();
    assertThat(AnswerType.of("whats the email address for registration")).contains(AnswerType.EMAIL);
    assertThat(AnswerType.of("What is the email policy?")).isEmpty();
    assertThat(AnswerType.of("who do i email about the fee")).contains(AnswerType.PERSON);
    assertThat(AnswerType.of("can someone send me the zoom link for the board meeting")).contains(AnswerType.LINK);
    assertThat(AnswerType.of("When will the Zoom link be sent?")).contains(AnswerType.DATE);
    assertThat(AnswerType.of("Who manages the website?")).contains(AnswerType.PERSON);
    assertThat(AnswerType.of("How much does the website cost?")).contains(AnswerType.MONEY);
    assertThat(AnswerType.of("Is there a link between attendance and grades?")).isEmpty();
    assertThat(AnswerType.LINK.answeredBy("Apply at https://www.cprsa.org/grants by Friday.")).isTrue();
    assertThat(AnswerType.LINK.answeredBy("Write to rokafor@cprsa.org.")).isFalse();
    assertThat(AnswerType.LINK.answeredBy("The Zoom link is sent by email the day before.")).isFalse();
  }

  @Test
  @DisplayName("A cell or line labelled where, location or address gives a place; one still to be announced does not")
  void placeUnderALabel() {
    assertThat(AnswerType.PLACE.answeredBy("Event: Cohort Day 4; Where: Elm Creek Public Schools, Commons")).isTrue();
    assertThat(AnswerType.PLACE.answeredBy("Location: 120 West 3rd Street")).isTrue();
    assertThat(AnswerType.PLACE.answeredBy("Where: to be announced")).isFalse();
    assertThat(AnswerType.PLACE.answeredBy("Location: TBD")).isFalse();
    assertThat(AnswerType.PLACE.answeredBy("First place: Elm Creek")).isFalse();
  }

  @Test
  @DisplayName("\"How does … define\", \"what does … stand for\" ask what a term means; \"X means …\" says it")
  void definitions() {
    assertThat(AnswerType.of("how does mmsd define deeper learning")).contains(AnswerType.DEFINITION);
    assertThat(AnswerType.of("What does FERPA stand for?")).contains(AnswerType.DEFINITION);
    assertThat(AnswerType.of("what does tier 2 mean for our district")).contains(AnswerType.DEFINITION);
    assertThat(AnswerType.DEFINITION.answeredBy("Deeper learning means moving beyond the basics.")).isTrue();
    assertThat(AnswerType.DEFINITION.answeredBy("MSAN's two Communities of Practice (RPC) meet.")).isFalse();
    assertThat(AnswerType.DEFINITION.required()).isFalse();
  }

  @Test
  @DisplayName("A length of time may say which days count: \"two school years\", \"five business days\"")
  void spanWithItsKindOfDays() {
    assertThat(AnswerType.DURATION.answeredBy("Agreements are valid for two school years.")).isTrue();
    assertThat(AnswerType.DATE.answeredBy("Travis answers within five school days.")).isTrue();
    assertThat(AnswerType.DURATION.answeredBy("Residents lead for 15 consecutive school days.")).isTrue();
    assertThat(AnswerType.of("how far ahead do i need to book an interpreter")).contains(AnswerType.DURATION);
    assertThat(AnswerType.of("How many school days does the residency last?")).contains(AnswerType.DURATION);
    assertThat(AnswerType.DURATION.answeredBy("Two school districts share the grant.")).isFalse();
  }

  @Test
  @DisplayName("Each answer's label is the words before the colon of its cell or line, empty without one")
  void labelsOfAnswers() {
    assertThat(AnswerType.DATE.labelsOfAnswers("Role: Presenter; Stipend: $300; When paid: Within 30 days of the Institute"))
        .containsExactly("When paid");
    // Three places in one cell, the building, the street and the city and state, each under the cell's label.
    assertThat(AnswerType.PLACE.labelsOfAnswers("Location: Conference Center, 300 College Drive, Harrison, AR 72601"))
        .containsExactly("Location", "Location", "Location");
    assertThat(AnswerType.DATE.labelsOfAnswers("The board meets on June 4.")).containsExactly("");
    assertThat(AnswerType.allHeadWords()).contains("deadline", "cost", "venue").doesNotHaveDuplicates();
  }

  @Test
  @DisplayName("\"What's the address\" asks for a street address or a post office box; an email address or the verb asks none")
  void address() {
    assertThat(AnswerType.of("whats the address of the service center")).contains(AnswerType.ADDRESS);
    assertThat(AnswerType.of("what is their mailing address")).contains(AnswerType.ADDRESS);
    assertThat(AnswerType.of("what is the email address for registration")).contains(AnswerType.EMAIL);
    assertThat(AnswerType.of("how does the plan address attendance")).isEmpty();
    assertThat(AnswerType.ADDRESS.answeredBy("The Service Center at 410 Mill Street, Cedar Bend is open weekdays.")).isTrue();
    assertThat(AnswerType.ADDRESS.answeredBy("Send forms to P.O. Box 118.")).isTrue();
    assertThat(AnswerType.ADDRESS.answeredBy("Pick up items at the Service Center front desk.")).isFalse();
    assertThat(AnswerType.ADDRESS.answeredBy("Route 66 of the bus runs at 7:10.")).isFalse();
    assertThat(AnswerType.ADDRESS.answeredBy("The office moved to 100 W 3rd St, Suite 2.")).isTrue();
    assertThat(AnswerType.ADDRESS.answeredBy("Join the 2027 Principal Leadership Circle.")).isFalse();
    assertThat(AnswerType.ADDRESS.required()).isFalse();
  }

  @Test
  @DisplayName("\"Where is …\" asks for a place: a capitalised name after \"at\" or \"in\", a city and state; not a month or a title's words")
  void place() {
    assertThat(AnswerType.of("Where is MSAN based?")).contains(AnswerType.PLACE);
    assertThat(AnswerType.of("what city is the conference in")).contains(AnswerType.PLACE);
    assertThat(AnswerType.of("where can teachers find the lesson bank")).isEmpty();
    assertThat(AnswerType.PLACE.answeredBy("MSAN lives at the University of Wisconsin-Madison.")).isTrue();
    assertThat(AnswerType.PLACE.answeredBy("Host city: Flagstaff, AZ")).isTrue();
    assertThat(AnswerType.PLACE.answeredBy("The council meets online.")).isTrue();
    assertThat(AnswerType.PLACE.answeredBy("The office is open weekdays at 410 Mill Street, Cedar Bend.")).isTrue();
    assertThat(AnswerType.PLACE.answeredBy("The institute is in June.")).isFalse();
    assertThat(AnswerType.PLACE.answeredBy("We meet in person twice a year.")).isFalse();
    assertThat(AnswerType.PLACE.answeredBy("May 2020 · 1-day in-person Year in Review Convening")).isFalse();
    assertThat(AnswerType.PLACE.saidOfSomething()).isTrue();
    assertThat(AnswerType.COUNT.saidOfSomething()).isFalse();
    assertThat(AnswerType.PLACE.required()).isFalse();
    assertThat(AnswerType.DATE.required()).isTrue();
  }

  @Test
  @DisplayName("\"Who runs …\" and \"who do I talk to …\" ask for a person: a titled name or an email address, not an organisation")
  void person() {
    assertThat(AnswerType.of("Who coordinates the mentoring program?")).contains(AnswerType.PERSON);
    assertThat(AnswerType.of("who do i talk to about getting a translator")).contains(AnswerType.PERSON);
    assertThat(AnswerType.of("they said no to my request who do i appeal to")).contains(AnswerType.PERSON);
    assertThat(AnswerType.of("who do i bug about a late reimbursement")).contains(AnswerType.PERSON);
    assertThat(AnswerType.of("who do we send our forms to?")).contains(AnswerType.PERSON);
    // The person to tell comes first: "how fast" is the part after it.
    assertThat(AnswerType.of("who do we tell and how fast")).contains(AnswerType.PERSON);
    assertThat(AnswerType.of("who can we bring to family night")).isEmpty();
    assertThat(AnswerType.of("who should we invite")).isEmpty();
    assertThat(AnswerType.of("Who is on the research council?")).isEmpty();
    assertThat(AnswerType.of("who can apply")).isEmpty();
    assertThat(AnswerType.PERSON.answeredBy("The program is coordinated by Ms. Ana Ruiz.")).isTrue();
    assertThat(AnswerType.PERSON.answeredBy("Write to mentoring@alliance.org with questions.")).isTrue();
    assertThat(AnswerType.PERSON.answeredBy("We are excited to announce our new Midwest District Network, launching in Fall 2019.")).isFalse();
    assertThat(AnswerType.PERSON.answeredBy("dr. who knows")).isFalse();
    assertThat(AnswerType.PERSON.answeredBy("Tom Haugen, Program Manager, runs the fellowship.")).isTrue();
    assertThat(AnswerType.PERSON.answeredBy("The chair is Renata Oyelaran, EL Coordinator for Worthington.")).isTrue();
    assertThat(AnswerType.PERSON.answeredBy("The office is in Sioux Falls, SD 57104.")).isFalse();
    assertThat(AnswerType.PERSON.answeredBy("The office is at 310 Main Street, Hugo, CO 80821.")).isFalse();
  }

  @Test
  @DisplayName("A count is a number of things, not a year, an amount of money or a length of time")
  void counts() {
    assertThat(AnswerType.COUNT.answeredBy("MSAN school districts serve nearly 190,000 students")).isTrue();
    assertThat(AnswerType.COUNT.answeredBy("Teams of 4-8 leaders from a school district")).isTrue();
    assertThat(AnswerType.COUNT.answeredBy("MSAN's two Communities of Practice")).isTrue();
    assertThat(AnswerType.COUNT.answeredBy("launching in Fall 2019 (school year 2019-20)")).isFalse();
    assertThat(AnswerType.COUNT.answeredBy("Pickup is on Friday, July 16; all students must be picked up by 3:00 p.m."))
        .as("a date's day and a clock time count nothing").isFalse();
    assertThat(AnswerType.COUNT.answeredBy("$20,000/per district team")).isFalse();
    assertThat(AnswerType.COUNT.answeredBy("a three-day in-person conference")).isFalse();
    assertThat(AnswerType.COUNT.answeredBy("The Network will run for 2 years")).isFalse();
    assertThat(AnswerType.COUNT.answeredBy("Teams that received a 2025–26 microgrant report first")).isFalse();
    assertThat(AnswerType.COUNT.answeredBy("Dues follow the October 1 enrollment")).isFalse();
  }

  @Test
  @DisplayName("A length of time is a number with a unit of time, or a year something began")
  void durations() {
    assertThat(AnswerType.DURATION.answeredBy("a three-day in-person conference")).isTrue();
    assertThat(AnswerType.DURATION.answeredBy("Three 2-hour virtual convenings")).isTrue();
    assertThat(AnswerType.DURATION.answeredBy("Since 1999, MSAN has worked")).isTrue();
    assertThat(AnswerType.DURATION.answeredBy("nearly 4,000 high school students")).isFalse();
    assertThat(AnswerType.MONEY.answeredBy("$20,000/per district team, per year")).isTrue();
    assertThat(AnswerType.MONEY.answeredBy("Four full-day in person convenings per year")).isFalse();
  }

  @Test
  @DisplayName("How often is said by a frequency, not by any number or the word every alone")
  void frequencies() {
    assertThat(AnswerType.FREQUENCY.answeredBy("Teams meet at least quarterly to problem solve")).isTrue();
    assertThat(AnswerType.FREQUENCY.answeredBy("The board meets twice a year")).isTrue();
    assertThat(AnswerType.FREQUENCY.answeredBy("Office hours run every other week")).isTrue();
    assertThat(AnswerType.FREQUENCY.answeredBy("Buses get preventive maintenance every 6,000 miles or 90 days")).isTrue();
    assertThat(AnswerType.FREQUENCY.answeredBy("Mileage is paid at 58 cents for every mile driven")).isFalse();
    assertThat(AnswerType.FREQUENCY.answeredBy("Three 2-hour virtual convenings")).isFalse();
    assertThat(AnswerType.FREQUENCY.answeredBy("Every student deserves an excellent education")).isFalse();
    assertThat(AnswerType.CLOCK_TIME.answeredBy("Each day runs from 8:30 a.m. to 3:30 p.m.")).isTrue();
    assertThat(AnswerType.CLOCK_TIME.answeredBy("Doors open at 9am")).isTrue();
    assertThat(AnswerType.CLOCK_TIME.answeredBy("Teams of 4-8 leaders meet 3 times")).isFalse();
  }

  @Test
  @DisplayName("A date is a day, a month with its day, a year or a season, but not a season in a capitalised name; a day is a day")
  void dates() {
    assertThat(AnswerType.DATE.answeredBy("Applications are due October 16, 2026.")).isTrue();
    assertThat(AnswerType.DATE.answeredBy("The institute is held each summer in Elko.")).isTrue();
    assertThat(AnswerType.DATE.answeredBy("The Summer Reading Bridge runs at host sites.")).isFalse();
    assertThat(AnswerType.DATE.answeredBy("The stipend is paid in two installments, in December and May.")).isTrue();
    assertThat(AnswerType.DATE.answeredBy("Training is held each August.")).isTrue();
    assertThat(AnswerType.DATE.answeredBy("Teams may apply once.")).isFalse();
    assertThat(AnswerType.of("what day does the summer program start")).contains(AnswerType.DAY);
    assertThat(AnswerType.of("what do affiliate members pay?")).contains(AnswerType.MONEY);
    assertThat(AnswerType.of("When does the summer program start?")).contains(AnswerType.DATE);
    assertThat(AnswerType.DAY.answeredBy("It runs for four weeks in June and July.")).isFalse();
    assertThat(AnswerType.DAY.answeredBy("It starts Monday, June 14.")).isTrue();
    assertThat(AnswerType.DAY.answeredBy("The stipend is deposited on the 15th of the month after camp ends.")).isTrue();
    assertThat(AnswerType.DATE.answeredBy("Invoices go out on the last business day of each month.")).isTrue();
    assertThat(AnswerType.DAY.answeredBy("Each month the council meets.")).isFalse();
  }

  @Test
  @DisplayName("\"How many …\" counts the words after it, which a count's next words must name")
  void countedThings() {
    assertThat(AnswerType.countedThing("How many students ride the shared routes?")).contains("students");
    assertThat(AnswerType.countedThing("how many of the schools are in nebraska")).contains("schools");
    assertThat(AnswerType.countedThing("How many member districts are in the consortium?")).contains("districts");
    assertThat(AnswerType.countedThing("how many people can we send")).contains("people can");
    assertThat(AnswerType.countedThing("How many newly arrived students have we welcomed?")).contains("students");
    assertThat(AnswerType.countedThing("how many adults has msan worked with")).contains("adults");
    assertThat(AnswerType.COUNT.wordsAfterAnswers("PRSA owns two 14-passenger activity vans.")).contains("passenger");
    assertThat(AnswerType.countedThing("How long is the institute?")).isEmpty();
    assertThat(AnswerType.COUNT.wordsAfterAnswers("Six member districts run three shared daily routes."))
        .containsExactly("member districts run three", "shared daily routes");
    assertThat(AnswerType.COUNT.wordsAfterAnswers("Three 2-hour virtual convenings")).containsExactly("2-hour virtual convenings");
    assertThat(AnswerType.COUNT.wordsAfterAnswers("- Tier: Tier D; Annual dues: $17,250; Coaching days included: 10"))
        .containsExactly("Coaching days included");
  }

  @Test
  @DisplayName("\"What was the vote\" is answered by a motion's result, not by any pair of numbers")
  void votes() {
    assertThat(AnswerType.of("what was the vote on the bid specifications")).contains(AnswerType.VOTE);
    assertThat(AnswerType.VOTE.answeredBy("Passed 8-1 (Schaaf opposed).")).isTrue();
    assertThat(AnswerType.VOTE.answeredBy("The motion carried, 7–2.")).isTrue();
    assertThat(AnswerType.VOTE.answeredBy("The motion carried unanimously.")).isTrue();
    assertThat(AnswerType.VOTE.answeredBy("The curriculum was approved for grades 6-8.")).isFalse();
    assertThat(AnswerType.VOTE.answeredBy("By ballot, Gordon Teague was elected Vice President for the 2026-27 term, 5-4."))
        .isTrue();
    assertThat(AnswerType.VOTE.answeredBy("Gordon Teague was elected Vice President for the 2026-27 term.")).isFalse();
    assertThat(AnswerType.VOTE.answeredBy("The board approved the new courses for middle school, 6-8.")).isFalse();
  }
}
