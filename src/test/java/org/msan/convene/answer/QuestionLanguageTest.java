package org.msan.convene.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The real OpenNLP detector; the share of English words is given, as the index would give it. */
final class QuestionLanguageTest {

  @Test
  @DisplayName("A question mostly in another language is told by its language")
  void spanishAndFrenchQuestions() {
    QuestionLanguage languages = new QuestionLanguage(word -> false, question -> 0.2);

    assertThat(languages.foreign("¿Qué obtendrán los maestros al participar en la red del Medio Oeste?"))
        .contains(new Locale("es"));
    assertThat(languages.foreign("Quelle est la mission du réseau et qui peut y participer ?"))
        .contains(new Locale("fr"));
  }

  @Test
  @DisplayName("A question whose words are mostly English stays English, whatever the detector thinks")
  void mostlyEnglishWordsStayEnglish() {
    QuestionLanguage languages = new QuestionLanguage(word -> false, question -> 0.75);

    assertThat(languages.foreign("¿Cuál es la misión de MSAN?")).isEmpty();
  }

  @Test
  @DisplayName("A short English question of unknown words is not taken for another language on a close call")
  void closeCallsStayEnglish() {
    QuestionLanguage languages = new QuestionLanguage(word -> false, question -> 0.4);

    assertThat(languages.foreign("Give me a banana bread recipe")).isEmpty();
    assertThat(languages.foreign("huddle on nov 26?")).isEmpty();
  }

  @Test
  @DisplayName("A question with English function words is English without asking the index or the detector")
  void functionWordsAreEnough() {
    QuestionLanguage languages = new QuestionLanguage(java.util.Set.of("what", "is", "the", "of")::contains,
        question -> {
          throw new AssertionError("the index is not asked");
        });

    assertThat(languages.foreign("What is the mission of MSAN?")).isEmpty();
  }

  @Test
  @DisplayName("A question searched in its own words loses its language's function words, with or without accents")
  void contentWordsForTheSearch() {
    assertThat(QuestionLanguage.contentWords("¿Cuál es la misión de MSAN?", Locale.forLanguageTag("es")))
        .isEqualTo("misión MSAN");
    assertThat(QuestionLanguage.contentWords("Quelle mission pour le réseau ?", Locale.FRENCH))
        .isEqualTo("mission réseau");
    assertThat(QuestionLanguage.contentWords("Wat is de missie?", Locale.forLanguageTag("nl")))
        .isEqualTo("Wat is de missie?");
    assertThat(QuestionLanguage.contentWords("¿Qué es eso?", Locale.forLanguageTag("es"))).isEmpty();
  }
}
