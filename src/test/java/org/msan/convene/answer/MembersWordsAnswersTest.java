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
 * Questions in members' everyday words for what the documents name otherwise ("meditation" for
 * "mindfulness", "kids" for "children"), with no synonyms file: the embedding model's sense of
 * words, held against the folder's own vocabulary, bridges them.
 */
final class MembersWordsAnswersTest {

  @TempDir static Path knowledge;
  @TempDir static Path data;
  private static FolderAnswers folder;

  @BeforeAll
  static void open() throws Exception {
    Files.writeString(knowledge.resolve("wellness.md"), """
        ---
        title: Staff Well-Being
        ---
        # Staff Well-Being

        Mindfulness sessions for staff run every Tuesday at 4 p.m. in the library. Counseling is free for all employees, up to six sessions a year.

        # Summer Camp

        Children of staff may join the summer camp in July. The camp costs $40 per week.
        """);
    Files.writeString(knowledge.resolve("travel.md"), """
        # Travel

        Drivers are reimbursed 67 cents per mile for trips to network meetings. Lodging is booked by the network office.
        """);
    folder = new FolderAnswers(knowledge, data);
  }

  @AfterAll
  static void close() throws Exception {
    folder.close();
  }

  @Test
  @DisplayName("A word no document has is read as the documents' word nearest in meaning")
  void everydayWordsMeetTheDocuments() {
    Answer meditation = folder.ask("is there anything for staff stress, like meditation");
    Answer classes = folder.ask("do staff get any meditation classes");

    assertThat(meditation.answered()).isTrue();
    assertThat(meditation.text()).startsWith("Mindfulness sessions for staff run every Tuesday");
    assertThat(classes.answered()).isTrue();
    assertThat(classes.text()).startsWith("Mindfulness sessions");
    Answer kids = folder.ask("can our kids go to the camp");
    assertThat(kids.answered()).isTrue();
    assertThat(kids.text()).contains("Children of staff may join the summer camp");
  }

  @Test
  @DisplayName("A question with two words no document has (\"kiddo\" one of them) is still answered by the passage closest in meaning")
  void twoUnknownWordsAnswerByMeaning() {
    Answer camp = folder.ask("does my kiddo get to go to camp in july");

    assertThat(camp.answered()).isTrue();
    assertThat(camp.text()).startsWith("Children of staff may join the summer camp in July.");
  }

  @Test
  @DisplayName("\"Is childcare provided at …\": a passage on the event that never names what is provided doesn't say it is")
  void whatIsProvidedMustBeNamed() {
    Answer childcare = folder.ask("Is childcare provided at the summer camp?");

    assertThat(childcare.answered()).isFalse();
    assertThat(childcare.text()).startsWith(AnswerService.NOT_STATED).contains("summer camp in July");
    assertThat(folder.ask("Is counseling available for employees?").text()).contains("Counseling is free for all employees");
  }

  @Test
  @DisplayName("A question on nothing the documents cover is still declined")
  void offTopicStaysDeclined() {
    assertThat(folder.ask("what's the weather in chicago this weekend").answered()).isFalse();
    assertThat(folder.ask("write me a poem about the ocean").answered()).isFalse();
  }
}
