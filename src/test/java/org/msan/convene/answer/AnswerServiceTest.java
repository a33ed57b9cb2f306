package org.msan.convene.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msan.convene.Convene;
import org.msan.convene.config.Settings;

/** Answers from the shipped knowledge folder, with the real index and embedding model. */
final class AnswerServiceTest {

  @TempDir static Path data;
  private static Convene convene;

  @BeforeAll
  static void openShippedFolder() {
    convene = new Convene(new Settings(Path.of("knowledge"), data, null, Settings.DEFAULT_TIME_ZONE));
  }

  @AfterAll
  static void close() throws Exception {
    convene.close();
  }

  private static Answer ask(String question) {
    return convene.answers().answer(question, 5);
  }

  private static Answer ask(String question, String today) {
    return convene.answers().answer(question, 5, LocalDate.parse(today));
  }

  @Test
  @DisplayName("A list question gets the whole list, cited to the document it comes from")
  void listQuestionsGetTheList() {
    Answer answer = ask("What are the five levers for change?");

    assertThat(answer.answered()).isTrue();
    assertThat(answer.text()).contains("Empower School Communities", "Invest In People", "Streamline Priorities",
        "Plan for the Future", "Embrace Innovation").endsWith("[1]");
    assertThat(answer.sources().get(0).path()).isEqualTo("district-strategy.md");
    assertThat(answer.mode()).isEqualTo("extractive");
  }

  @Test
  @DisplayName("A question in Spanish is told, in Spanish, that the documents are in English; English ones are not")
  void questionsInAnotherLanguage() {
    Answer spanish = ask("¿Dónde tiene su sede MSAN?");
    Answer english = ask("What is ISJC?");

    assertThat(spanish.text()).startsWith("Los documentos de la red están en inglés");
    assertThat(spanish.answered()).isFalse();
    assertThat(english.text()).contains("Intersectional Social Justice Collaborative").doesNotContain("inglés");
  }

  @Test
  @DisplayName("A question in Spanish whose words the documents share (misión, mission) is answered from them")
  void spanishQuestionWithSharedWords() {
    Answer answer = ask("¿Cuál es la misión de MSAN?");

    assertThat(answer.answered()).isTrue();
    assertThat(answer.text()).startsWith("Los documentos de la red están en inglés").contains("MSAN’s mission is");
  }

  @Test
  @DisplayName("A Spanish question's interrogative says what kind of answer it wants: \"¿cuánto cuesta …?\" gets the amount; one on nothing the documents have is declined")
  void spanishQuestionAsksForAKindOfAnswer() {
    Answer cost = ask("¿Cuánto cuesta participar en la Midwest District Network por equipo de distrito?");
    Answer offTopic = ask("¿Cuál es la capital de Francia?");
    // A year and the network's name are what any two texts may share: no topic in common.
    Answer yearAndName = ask("¿Cuál es el horario del taller de MSAN 2026?");

    assertThat(cost.answered()).isTrue();
    assertThat(cost.text()).startsWith("Los documentos de la red están en inglés").contains("$20,000");
    assertThat(offTopic.answered()).isFalse();
    assertThat(offTopic.text()).startsWith("Los documentos de la red están en inglés");
    assertThat(yearAndName.answered()).isFalse();
  }

  @Test
  @DisplayName("A fact question is answered with the document's own sentence and section")
  void factQuestions() {
    Answer answer = ask("How much does the Midwest District Network cost?");

    assertThat(answer.text()).contains("$20,000");
    assertThat(answer.sources().get(0).section()).isEqualTo("Cost");
    assertThat(answer.sources().get(0).path()).isEqualTo("midwest-district-network.md");
  }

  @Test
  @DisplayName("\"How many\" and \"how long\" are answered by the sentence that gives the number")
  void numberQuestionsGetTheNumber() {
    assertThat(ask("How long will the network run?").text())
        .isEqualTo("The Network will run for 2 years (school year 2019-2020 and 2020-2021). [1]");
    assertThat(ask("How long is the high school student conference?").text()).contains("three-day");
    assertThat(ask("How big should a district team be?").text()).startsWith("Teams of 4-8 leaders");
    assertThat(ask("How many students do MSAN districts serve?").text()).contains("nearly 190,000 students");
  }

  @Test
  @DisplayName("A question that restates a heading is answered by that section, not just by one on its topic")
  void restatedHeadings() {
    Answer whatWeDo = ask("What does MSAN do?");
    assertThat(whatWeDo.sources().get(0).section()).isEqualTo("What We Do");
    assertThat(whatWeDo.text()).startsWith("MSAN expands leadership capacity");
    // "does" is not "do" here: the question is about the name, which the introduction spells out.
    assertThat(ask("What does MSAN stand for?").sources().get(0).section()).isNotEqualTo("What We Do");
  }

  @Test
  @DisplayName("Every citation number in an answer points at a listed source")
  void citationsMatchSources() {
    for (String question : new String[] {"What is the Learning Partnership approach?", "Who should apply?",
        "What are MSAN's core values?", "What is the School Improvement Plan?"}) {
      Answer answer = ask(question);
      Matcher citation = Pattern.compile("\\[(\\d+)]").matcher(answer.text());
      assertThat(citation.find()).as(question).isTrue();
      do {
        int n = Integer.parseInt(citation.group(1));
        assertThat(n).as(question).isBetween(1, answer.sources().size());
      } while (citation.find());
    }
  }

  @Test
  @DisplayName("A verb of paying asks for an amount; a sentence that opens a list with a colon brings the list")
  void paraphrasesOfCostAndLists() {
    assertThat(ask("how much does a district team pay").text()).contains("$20,000");
    assertThat(ask("how long has msan been around").text()).containsAnyOf("Since 1999", "over 25 years");
    assertThat(ask("what does msan believe in").text()).contains("core values", "voices must be centered");
  }

  @Test
  @DisplayName("A paraphrase close in meaning is answered; one asking for something no document mentions is not")
  void paraphrasesByMeaning() {
    assertThat(ask("how many adults has msan worked with over the years").text()).contains("6,000");
    assertThat(ask("who's the keynote speaker at the msan student conference this year").answered()).isFalse();
  }

  @Test
  @DisplayName("Each part of a two-part question is answered, the schedule part from the calendar, citations renumbered")
  void multiPartQuestions() {
    Answer answer = ask("When is the kickoff and how much does it cost to join?", "2019-09-01");

    assertThat(answer.text()).contains("October 2019. [1]", "$20,000").contains("[2]");
    assertThat(answer.sources()).extracting(Source::rank).startsWith(1, 2);
    assertThat(answer.sources().get(1).section()).isEqualTo("Cost");
  }

  @Test
  @DisplayName("Asked when, and the passage on the topic gives no date, it says the documents don't say, and it is a gap")
  void notStated() {
    Answer answer = ask("When and where is MSAN's annual institute this year?");

    assertThat(answer.answered()).isFalse();
    assertThat(answer.text()).startsWith(AnswerService.NOT_STATED).contains("annual institute");
    assertThat(ask("When are applications due?").text()).contains("June 7");
  }

  @Test
  @DisplayName("Typos are corrected against the documents and the answer says what it searched for; real words are not")
  void typos() {
    assertThat(ask("Why does MSAN focus on youth voice?").text()).doesNotStartWith("Showing results");
    Answer answer = ask("wat is the learing partnership aproach");

    assertThat(answer.answered()).isTrue();
    assertThat(answer.text()).startsWith("Showing results for “what is the learning partnership approach”.")
        .contains("collaborative, inquiry-based");
  }

  @Test
  @DisplayName("Off-topic questions are abstained on, with a pointer to /events and coordinators")
  void offTopicQuestionsAbstain() {
    for (String question : new String[] {"What is the capital of France?", "banana bread recipe",
        "What's the wifi password at the venue?"}) {
      Answer answer = ask(question);
      assertThat(answer.answered()).as(question).isFalse();
      assertThat(answer.text()).isEqualTo(AnswerService.NOT_FOUND).contains("/events");
    }
    // About an event, for something the calendar and the documents lack: said so, naming the event.
    Answer dog = ask("Can I bring my dog to the kick-off?");
    assertThat(dog.answered()).isFalse();
    assertThat(dog.text()).contains("doesn't say", "Kick-off");
  }

  @Test
  @DisplayName("The next in-person convening is the month the documents give, relative to today")
  void nextInPersonConvening() {
    Answer november = ask("When is the next in-person convening?", "2019-11-15");
    Answer march = ask("When is the next in-person convening?", "2020-03-10");

    assertThat(november.text()).contains("some time in January 2020").doesNotContainPattern("January \\d{1,2},");
    assertThat(november.sources().get(0).path()).isEqualTo("midwest-district-network.md");
    assertThat(march.text()).contains("some time in May 2020");
  }

  @Test
  @DisplayName("After the season there is no wrong 'next': it says so and names the last events")
  void nothingUpcoming() {
    Answer answer = ask("When is the next in-person convening?", "2021-09-01");

    assertThat(answer.text()).startsWith("Nothing is scheduled after today (September 1, 2021)")
        .contains("Year in Review", "May 2020");
  }

  @Test
  @DisplayName("Inside a month-only event's month, that event is still the next one")
  void insideTheMonthOfAMonthOnlyEvent() {
    assertThat(ask("When is the next in-person convening?", "2020-01-31").text()).contains("January 2020");
    assertThat(ask("When is the next in-person convening?", "2020-02-01").text()).contains("May 2020");
  }

  @Test
  @DisplayName("Month and topic questions are answered from the calendar")
  void monthAndTopicQuestions() {
    assertThat(ask("What's happening in March 2020?").text()).contains("Transformational Social Emotional Learning");
    assertThat(ask("What is the December webinar about?", "2019-11-15").text()).contains("Partnerships for Learning");
    assertThat(ask("When is the year in review?", "2020-02-01").text()).contains("May 2020");
  }

  @Test
  @DisplayName("Asked where an event is, and the calendar gives no place, it says so instead of guessing")
  void whereWithoutALocation() {
    Answer answer = ask("Where is the January convening held?", "2019-11-15");

    assertThat(answer.text()).contains("doesn't say where", "1-day In Person Convening", "some time in January 2020");
    assertThat(answer.answered()).isFalse();
  }

  @Test
  @DisplayName("Questions about the documents are not taken for schedule questions")
  void documentQuestionsStayDocumentQuestions() {
    assertThat(ask("What is the Learning Partnership approach?").text()).contains("collaborative, inquiry-based");
    assertThat(ask("When are applications due?").text()).contains("June 7");
  }

  @Test
  @DisplayName("A part's quote says only what an earlier part did not, nothing when all was said, and no list that holds a said item")
  void partsSayEachSentenceOnce() {
    String said = "Summit is April 14–16, 2027, at Ocean Shores. [1]";

    assertThat(AnswerService.withoutSaid("Summit is April 14–16, 2027, at Ocean Shores. For principals. [1]", said))
        .isEqualTo("For principals. [1]");
    assertThat(AnswerService.withoutSaid("For principals. Summit is April 14–16, 2027, at Ocean Shores. [1]", said))
        .isEqualTo("For principals. [1]");
    assertThat(AnswerService.withoutSaid("Summit is April 14–16, 2027, at Ocean Shores. [2]", said)).isEmpty();
    assertThat(AnswerService.withoutSaid("What we do:\n- Summit is April 14–16, 2027, at Ocean Shores.\n- A retreat in May. [1]",
        said)).isEmpty();
    // The same words inside a longer sentence are no repeat.
    assertThat(AnswerService.withoutSaid("Non-Members pay $200 per year. Members pay $200 per year. [1]",
        "Members pay $200 per year. [2]")).isEqualTo("Non-Members pay $200 per year. [1]");
  }
}
