package org.msan.convene.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

final class QuestionHeadTest {

  @Test
  @DisplayName("\"Which …\" and \"what …\" name the thing asked for by the words before the verb")
  void nounBeforeTheVerb() {
    assertThat(QuestionHead.of("Which hotel is reserved for the institute?")).contains(new QuestionHead.Head("hotel", QuestionHead.Named.BY_A_WORD));
    assertThat(QuestionHead.of("what language do the webinars use")).contains(new QuestionHead.Head("language", QuestionHead.Named.BY_A_WORD));
    // Up to three words before the verb, never the verb or what follows it.
    assertThat(QuestionHead.of("which dual credit courses are online"))
        .contains(new QuestionHead.Head("dual credit courses", QuestionHead.Named.BY_A_WORD));
    assertThat(QuestionHead.of("what benefits do members have")).contains(new QuestionHead.Head("benefits", QuestionHead.Named.BY_A_WORD));
    assertThat(QuestionHead.of("which of the sessions are online")).isEmpty();
    assertThat(QuestionHead.of("What is Dr. Harold Begay's email address?"))
        .contains(new QuestionHead.Head("email address", QuestionHead.Named.BY_A_WORD));
    assertThat(QuestionHead.of("Is there a late fee if a district returns a van late?"))
        .contains(new QuestionHead.Head("late fee", QuestionHead.Named.BY_A_WORD));
    assertThat(QuestionHead.of("is there any way to join late")).isEmpty();
    assertThat(QuestionHead.of("Is there a lot of reading?")).isEmpty();
    assertThat(QuestionHead.of("Is there free parking at the arts center?"))
        .contains(new QuestionHead.Head("free parking", QuestionHead.Named.BY_A_WORD));
    assertThat(QuestionHead.of("is there still room at the institute")).isEmpty();
    assertThat(QuestionHead.of("is there anything for new teachers")).isEmpty();
    assertThat(QuestionHead.of("Is there usually a fee for guests?")).isEmpty();
    assertThat(QuestionHead.of("is there going to be lunch")).isEmpty();
    assertThat(QuestionHead.of("are there many sessions in the spring")).isEmpty();
    assertThat(QuestionHead.of("are there 2 sessions")).isEmpty();
    // "The money person" is no role's title: the person for money.
    assertThat(QuestionHead.of("who's the money person i talk to about payments"))
        .contains(new QuestionHead.Head("money", QuestionHead.Named.BY_TOPIC));
    assertThat(QuestionHead.of("who is the executive director"))
        .contains(new QuestionHead.Head("executive director", QuestionHead.Named.ROLE));
    assertThat(QuestionHead.of("is there family night this year"))
        .contains(new QuestionHead.Head("family night", QuestionHead.Named.BY_A_WORD));
    assertThat(QuestionHead.of("What is the executive director's name?")).isEmpty();
    assertThat(QuestionHead.of("What is the fee if it's late?")).isEmpty();
    assertThat(QuestionHead.of("What's Dr. Begay's phone number if I need to reach her?"))
        .contains(new QuestionHead.Head("phone number", QuestionHead.Named.BY_A_WORD));
    assertThat(QuestionHead.of("What is Dr. Marisol Quintana's salary as executive director?"))
        .contains(new QuestionHead.Head("salary", QuestionHead.Named.BY_A_WORD));
    assertThat(QuestionHead.of("Who is the alliance's finance manager?"))
        .contains(new QuestionHead.Head("finance manager", QuestionHead.Named.ROLE));
    assertThat(QuestionHead.of("who's HDEA's finance manager")).contains(new QuestionHead.Head("finance manager", QuestionHead.Named.ROLE));
    assertThat(QuestionHead.of("what's the alliance's total annual operating budget"))
        .contains(new QuestionHead.Head("operating budget", QuestionHead.Named.BY_A_WORD));
    assertThat(QuestionHead.of("Which school districts are members?"))
        .contains(new QuestionHead.Head("school districts", QuestionHead.Named.BY_A_WORD));
    assertThat(QuestionHead.of("Is childcare provided during the evening seminars?"))
        .contains(new QuestionHead.Head("childcare", QuestionHead.Named.BY_A_WORD));
    assertThat(QuestionHead.of("will lunch be served at the summit"))
        .contains(new QuestionHead.Head("lunch", QuestionHead.Named.BY_A_WORD));
    assertThat(QuestionHead.of("are hotel rooms included in the fee"))
        .contains(new QuestionHead.Head("hotel rooms", QuestionHead.Named.BY_A_WORD));
    assertThat(QuestionHead.of("is it included in the fee")).isEmpty();
    assertThat(QuestionHead.of("does the alliance offer a retirement plan for substitutes"))
        .contains(new QuestionHead.Head("retirement plan", QuestionHead.Named.BY_A_WORD));
    assertThat(QuestionHead.of("does orpc reimburse airfare if i fly to a conference"))
        .contains(new QuestionHead.Head("airfare", QuestionHead.Named.BY_A_WORD));
    assertThat(QuestionHead.of("does hdea pay for checked bag fees if we fly"))
        .contains(new QuestionHead.Head("bag fees", QuestionHead.Named.BY_A_WORD));
    assertThat(QuestionHead.of("does the grant cover it")).isEmpty();
    assertThat(QuestionHead.of("Is anyone available to help with forms?")).isEmpty();
    assertThat(QuestionHead.of("does the grant reimburse anyone for travel")).isEmpty();
  }

  @Test
  @DisplayName("\"What kind of …\" asks for a kind, which a passage may name by an instance; \"who is the …\" for a role")
  void kinds() {
    assertThat(QuestionHead.of("What kind of organization is MSAN?")).contains(new QuestionHead.Head("organization", QuestionHead.Named.BY_INSTANCE));
    assertThat(QuestionHead.of("who's the executive director of msan")).contains(new QuestionHead.Head("executive director", QuestionHead.Named.ROLE));
    assertThat(QuestionHead.of("Who is the keynote speaker at the conference?")).contains(new QuestionHead.Head("keynote speaker", QuestionHead.Named.ROLE));
    assertThat(QuestionHead.of("Who are the partners?")).contains(new QuestionHead.Head("partners", QuestionHead.Named.ROLE));
  }

  @Test
  @DisplayName("A question whose form names no thing has no head")
  void noHead() {
    assertThat(QuestionHead.of("who's behind the midwest district network")).isEmpty();
    assertThat(QuestionHead.of("Who is on the Research Practitioner Council?")).isEmpty();
    assertThat(QuestionHead.of("What do students produce at the conference?")).isEmpty();
    assertThat(QuestionHead.of("When is the kick-off?")).isEmpty();
    assertThat(QuestionHead.of("What is the mission of MSAN?")).isEmpty();
    assertThat(QuestionHead.of("What is the Learning Partnership approach?")).isEmpty();
    assertThat(QuestionHead.of("whats the deal with fixing up old schools")).isEmpty();
  }

  @Test
  @DisplayName("\"How much does X cost\" asks for X's cost: a passage about another price does not answer it")
  void whatCosts() {
    assertThat(QuestionHead.of("how much does parking cost at the spring convening?"))
        .contains(new QuestionHead.Head("parking", QuestionHead.Named.BY_A_WORD));
    assertThat(QuestionHead.of("How much will the hotel cost?"))
        .contains(new QuestionHead.Head("hotel", QuestionHead.Named.BY_A_WORD));
    assertThat(QuestionHead.of("how much does it cost to join")).isEmpty();
  }
}
