package org.msan.convene.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.msan.convene.knowledge.TextNormalizer;

/**
 * A question asked in another language, read without an LLM to translate it: what the member is
 * told in that language, and the question's interrogative ("¿cuánto cuesta …?", "¿dónde …?") in
 * English, so that the search of English documents knows what kind of answer is asked for (an
 * amount, a place) as it does for an English question.
 *
 * <p>Both come from {@code ForeignQuestion_<code>.properties}: {@code answered} and {@code notFound}
 * are the notes, and {@code forms} lists the language's interrogatives as {@code english form =
 * phrase, phrase; …}. These are the language's own question words, as Lucene's stop lists are its
 * function words: nothing of one folder of documents. A language without a file gets the English
 * notes and no forms.
 */
final class ForeignQuestion {

  private static final String BUNDLE = "org.msan.convene.answer.ForeignQuestion";
  private static final Pattern PUNCTUATION = Pattern.compile("[¿?¡!.,;:«»\"“”]");

  /** An interrogative of the language and the English form it stands for. */
  private record Form(String phrase, String english) {}

  /**
   * The question split for an English search.
   *
   * @param forms its interrogatives in English, in the order asked ("how much does it cost"); empty
   *     when it has none the language's file lists
   * @param content its other words, without the language's function words
   */
  record Search(String forms, String content) {}

  private final Locale language;
  private final ResourceBundle notes;
  private final List<Form> forms;

  private ForeignQuestion(Locale language, ResourceBundle notes, List<Form> forms) {
    this.language = language;
    this.notes = notes;
    this.forms = forms;
  }

  static ForeignQuestion of(Locale language) {
    // No fallback to the machine's own locale: a language without notes gets the English ones.
    ResourceBundle notes = ResourceBundle.getBundle(BUNDLE, language,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    return new ForeignQuestion(language, notes, forms(notes));
  }

  /** The forms, longest phrase first, so "cuánto cuesta" is read before "cuánto". */
  private static List<Form> forms(ResourceBundle notes) {
    String listed;
    try {
      listed = notes.getString("forms");
    } catch (MissingResourceException e) {
      return List.of();
    }
    List<Form> forms = new ArrayList<>();
    for (String entry : listed.split(";")) {
      int equals = entry.indexOf('=');
      if (equals < 0) {
        continue;
      }
      String english = entry.substring(0, equals).strip();
      for (String phrase : entry.substring(equals + 1).split(",")) {
        if (!phrase.isBlank()) {
          forms.add(new Form(lowered(phrase), english));
        }
      }
    }
    forms.sort(Comparator.comparingInt((Form f) -> f.phrase().length()).reversed());
    return List.copyOf(forms);
  }

  /** Lower case, punctuation read as spaces, one space between words; accents kept. */
  private static String lowered(String text) {
    return PUNCTUATION.matcher(TextNormalizer.normalize(text).toLowerCase(Locale.ROOT)).replaceAll(" ")
        .replaceAll("\\s+", " ").strip();
  }

  String answeredNote() {
    return notes.getString("answered");
  }

  String notFoundNote() {
    return notes.getString("notFound");
  }

  /**
   * The question as an English search: "¿Cuánto cuesta el taller para los distritos miembros?" →
   * forms "how much does it cost", content "taller distritos miembros". Each phrase is read once, as
   * whole words. Members often leave accents out ("cuanto cuesta"), so a phrase of several words,
   * or one that opens the question, is found with or without them. A single word inside the
   * question asks only with its accent ("que", "como", "donde", "quand", "onde" relate a clause;
   * "qué", "cómo", "dónde" ask); one that has none asks only where it opens the question.
   */
  Search search(String question) {
    String asked = " " + lowered(question) + " ";
    String plain = TextNormalizer.withoutAccents(asked);
    if (plain.length() != asked.length()) {
      asked = plain;
    }
    TreeMap<Integer, String> found = new TreeMap<>();
    for (Form form : forms) {
      String phrase = form.phrase();
      String plainPhrase = TextNormalizer.withoutAccents(phrase);
      boolean severalWords = phrase.indexOf(' ') >= 0;
      boolean accented = !plainPhrase.equals(phrase);
      for (int at = nextWords(plain, plainPhrase, 0); at >= 0; at = nextWords(plain, plainPhrase, at + 1)) {
        boolean opens = at == 1;
        if (severalWords || opens || accented && asked.startsWith(phrase, at)) {
          found.put(at, form.english());
          // Blanked, the same length, so the places of phrases found before and after stay put.
          String blank = " ".repeat(phrase.length());
          asked = asked.substring(0, at) + blank + asked.substring(at + phrase.length());
          plain = plain.substring(0, at) + blank + plain.substring(at + phrase.length());
        }
      }
    }
    String content = QuestionLanguage.contentWords(TextNormalizer.withoutAccents(asked).strip(), language);
    return new Search(String.join(" ", found.values()), content);
  }

  /** Where the words of the phrase stand in the text from {@code from} on, between spaces; -1 when nowhere. */
  private static int nextWords(String text, String phrase, int from) {
    for (int at = text.indexOf(phrase, from); at >= 0; at = text.indexOf(phrase, at + 1)) {
      if (text.charAt(at - 1) == ' ' && at + phrase.length() < text.length() && text.charAt(at + phrase.length()) == ' ') {
        return at;
      }
    }
    return -1;
  }
}
