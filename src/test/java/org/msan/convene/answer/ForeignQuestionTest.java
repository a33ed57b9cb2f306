package org.msan.convene.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

final class ForeignQuestionTest {

  private static final Locale SPANISH = Locale.forLanguageTag("es");

  @Test
  @DisplayName("A question's interrogative is read in English, the longest phrase first; its other words keep their place as content")
  void interrogativesInEnglish() {
    ForeignQuestion spanish = ForeignQuestion.of(SPANISH);

    assertThat(spanish.search("¿Cuánto cuesta el taller para los distritos miembros?"))
        .isEqualTo(new ForeignQuestion.Search("how much does it cost", "taller distritos miembros"));
    assertThat(spanish.search("¿Cuál es la fecha límite para la beca?"))
        .isEqualTo(new ForeignQuestion.Search("what is deadline", "beca"));
    assertThat(spanish.search("¿Cuántas sesiones hay?").forms()).isEqualTo("how many");
    // "Qué edad" asks the age a rule sets, as "what age" does (AnswerType.AGE).
    assertThat(AnswerType.of(spanish.search("¿Qué edad mínima debe tener un estudiante?").forms())).contains(AnswerType.AGE);
  }

  @Test
  @DisplayName("Accents may be left out of a phrase of several words or one that opens the question, not of one accented word inside it")
  void accentsLeftOut() {
    ForeignQuestion spanish = ForeignQuestion.of(SPANISH);

    assertThat(spanish.search("cuanto cuesta el taller").forms()).isEqualTo("how much does it cost");
    assertThat(spanish.search("donde es el taller").forms()).isEqualTo("where");
    // "que" relates a clause here; only "qué" asks.
    assertThat(spanish.search("¿Cuánto cuesta para los distritos que no son miembros?").forms())
        .isEqualTo("how much does it cost");
    assertThat(ForeignQuestion.of(Locale.FRENCH).search("Combien coûte l'atelier, en ligne ou sur place ?").forms())
        .isEqualTo("how much does it cost");
    // A question word without an accent asks only where it opens the question: "quand" here relates.
    assertThat(ForeignQuestion.of(Locale.FRENCH).search("Que se passe-t-il quand un mentoré quitte le district ?").forms())
        .isEmpty();
    assertThat(ForeignQuestion.of(Locale.FRENCH).search("Quand commence l'atelier ?").forms()).isEqualTo("when");
  }

  @Test
  @DisplayName("A language without a file of its own gets the English notes and no forms")
  void languageWithoutFile() {
    ForeignQuestion german = ForeignQuestion.of(Locale.GERMAN);

    assertThat(german.search("Wie viel kostet die Tagung?"))
        .isEqualTo(new ForeignQuestion.Search("", "kostet tagung"));
    assertThat(german.answeredNote()).startsWith("The network's documents are in English");
    assertThat(ForeignQuestion.of(SPANISH).notFoundNote()).startsWith("Los documentos de la red están en inglés");
  }
}
