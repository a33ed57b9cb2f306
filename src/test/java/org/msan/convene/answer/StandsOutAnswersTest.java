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
 * A question that shares few words with its answer, whose passage as a whole is not close enough
 * to answer on meaning, but one sentence of which is far closer to it than any other (the
 * embedding model's own bounds, {@link org.msan.convene.knowledge.MeaningBounds#standsOut}).
 */
final class StandsOutAnswersTest {

  @TempDir static Path knowledge;
  @TempDir static Path data;
  private static FolderAnswers folder;

  @BeforeAll
  static void open() throws Exception {
    Files.writeString(knowledge.resolve("member-faq.md"), """
        # Member FAQ

        Answers to the questions the network office hears most often.

        ## Can charter schools join?

        Yes. Charter schools within a member district's boundaries may join as affiliate members for a flat annual fee of $1,200. Affiliates do not vote on the board.

        ## Can we pay the annual dues in installments?

        Yes. A district may split its dues into two equal payments, due October 15 and February 15, if it asks the finance manager in writing by September 1.

        ## Are the regional convenings streamed online?

        No. Convenings are in person only. Recordings of the keynote talks are posted to the member portal within two weeks of each convening.

        ## Can we send more than six people to a convening?

        Yes, space permitting. Each additional registrant beyond a district's six free seats costs $45.

        ## Does the network provide transportation to convenings?

        No. Districts arrange their own travel, and mileage is reimbursed under the travel procedures. A carpool sign-up sheet is kept on the member portal.

        ## Is there a dress code at convenings?

        No. Business casual is typical, and many participants dress in layers because meeting rooms in the host schools can be cold in the morning.

        ## Who decides the convening themes?

        The curriculum council proposes themes each spring based on a survey of member superintendents, and the executive director makes the final selection.
        """);
    Files.writeString(knowledge.resolve("travel.md"), """
        # Travel Reimbursement

        Mileage is reimbursed at $0.67 per mile for the round trip when it exceeds 40 miles. Lodging is reimbursed at actual cost up to $150 per night. Claims are filed within 30 days of travel with receipts attached.
        """);
    folder = new FolderAnswers(knowledge, data);
  }

  @AfterAll
  static void close() throws Exception {
    folder.close();
  }

  @Test
  @DisplayName("One sentence far closer to the question than any other answers it, in members' own words")
  void aSentenceThatStandsOutAnswers() {
    Answer watch = folder.ask("can people watch the regional meetings from home");

    assertThat(watch.answered()).isTrue();
    assertThat(watch.text()).contains("No. Convenings are in person only.");
    assertThat(watch.sources().get(0).section()).isEqualTo("Are the regional convenings streamed online?");
  }

  @Test
  @DisplayName("A question on nothing the documents cover has no sentence that stands out: still declined")
  void offTopicHasNone() {
    assertThat(folder.ask("what's the weather in chicago this weekend").answered()).isFalse();
    assertThat(folder.ask("write me a poem about the ocean").answered()).isFalse();
  }
}
