package org.msan.convene.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.msan.convene.knowledge.Passage;
import org.msan.convene.knowledge.TextAnalysis;

final class ReplyCheckTest {

  private static final Passage FEES = passage("Costs", "", "The fee is $20,000 per district team, per year.");
  private static final Passage HOTEL = new Passage("h#0", "hotel.md", "Hotel", "", "https://www.example.org/hotel/",
      List.of("Rooms"), 0, "Rooms are held at the Madison Concourse until December 1. Book at hotels.example.com/msan.");

  private final ReplyCheck check = new ReplyCheck(new TextAnalysis());

  private static Passage passage(String title, String source, String text) {
    return new Passage(title + "#0", title + ".md", title, "", source, List.of(), 0, text);
  }

  private String problem(String reply) {
    return check.problem(reply, List.of(FEES, HOTEL), Locale.ENGLISH).orElse(null);
  }

  @Test
  @DisplayName("Empty replies, NOT IN THE DOCUMENTS, citations out of range and none at all are refused")
  void citationRules() {
    assertThat(problem(" ")).isEqualTo("the reply was empty");
    assertThat(problem("NOT IN THE DOCUMENTS")).isEqualTo("the model found no answer in the passages");
    assertThat(problem("The fee is $20,000 [3].")).isEqualTo("it cites [3] but was given 2 passages");
    assertThat(problem("The fee is $20,000 [99999999999].")).startsWith("it cites [99999999999]");
    assertThat(problem("The fee is $20,000.")).isEqualTo("it cites no passage");
    assertThat(problem("The fee is $20,000 per team [1].")).isNull();
  }

  @Test
  @DisplayName("A link no passage gives is refused; one a passage's text or source gives is kept, however written")
  void links() {
    assertThat(problem("Rooms are held until December 1 [2]. Book at https://evil.example.net/msan [2]."))
        .isEqualTo("it links to https://evil.example.net/msan, which no passage gives");
    assertThat(problem("Book your room at www.cheap-rooms.example.com [2].")).contains("www.cheap-rooms.example.com");
    assertThat(problem("Book at http://hotels.example.com/msan/other [2].")).contains("hotels.example.com/msan/other");
    assertThat(problem("Book at https://tels.example.com/msan [2].")).contains("tels.example.com/msan");

    assertThat(problem("Rooms are held until December 1 (https://www.example.org/hotel) [2].")).isNull();
    assertThat(problem("Book rooms at https://hotels.example.com/msan/ [2].")).isNull();
    assertThat(problem("Rooms are held at example.org, see www.example.org/hotel [2].")).isNull();
  }

  @Test
  @DisplayName("A cited sentence must share a content word with a passage it cites; stems count, stop words don't")
  void grounding() {
    assertThat(problem("Parking is free downtown [1]."))
        .isEqualTo("the sentence \"Parking is free downtown [1].\" shares no word with passage [1]");
    assertThat(problem("The fees are paid yearly [1].")).isNull();
    // Several citations: one passage sharing a word is enough, none is not.
    assertThat(problem("Parking is free near the Concourse [1][2].")).isNull();
    assertThat(problem("Parking is free downtown [1][2].")).contains("shares no word with passages [1, 2]");
    // The passage's title and headings are part of it, as the prompt shows them.
    assertThat(problem("Costs are listed [1].")).isNull();
    // A sentence the model closes before citing ("... downtown. [1]") is still checked against [1].
    assertThat(problem("The fee is $20,000. [1] Parking is free downtown. [1]")).contains("Parking is free downtown [1].");
    assertThat(problem("It is so [1].")).isNull();
  }

  @Test
  @DisplayName("Citations after a sentence's full stop belong to it; list items are sentences of their own")
  void sentencesAndTheirCitations() {
    List<ReplyCheck.CitedSentence> sentences = ReplyCheck.citedSentences(
        "The fee is $20,000. [1] Rooms are held until December 1 [2].\n- Book early [2]\n- Pay by card [1]");

    assertThat(sentences).extracting(ReplyCheck.CitedSentence::cites)
        .containsExactly(Set.of(1), Set.of(2), Set.of(2), Set.of(1));
    assertThat(sentences.get(0).text()).isEqualTo("The fee is $20,000 [1].");
  }

  @Test
  @DisplayName("A reply in another language is checked for citations and links, not for English words")
  void otherLanguages() {
    assertThat(check.problem("La cuota es de 20.000 dólares por equipo [1].", List.of(FEES), Locale.forLanguageTag("es")))
        .isEmpty();
    assertThat(check.problem("Reserve en https://malo.example.es [1].", List.of(FEES), Locale.forLanguageTag("es")))
        .hasValueSatisfying(problem -> assertThat(problem).contains("malo.example.es"));
  }
}
