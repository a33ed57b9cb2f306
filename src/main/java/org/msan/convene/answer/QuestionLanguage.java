package org.msan.convene.answer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.msan.convene.knowledge.TextNormalizer;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetector;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Tells a question asked in another language from an English one, with Apache OpenNLP's language
 * detector (its 103-language model, {@code opennlp-models-langdetect}).
 *
 * <p>A detector alone misreads short questions ("What is ISJC?" reads as Maltese), so two signals
 * must agree: fewer than half of the question's words read as English (stop words and the
 * documents' own words, {@code englishWordShare}), and the detector prefers another language to
 * English by at least {@link #MIN_PREFERENCE}. Before either, a question with two or more English
 * function words ("what", "the", "is": the analyzer's stop words) that make a fifth of its words or
 * more is taken as English without a look at the index: nearly every English question has them, and
 * it keeps the cost of the check off ordinary questions. The model (10 MB) is loaded on the first
 * question that passes the first test; English questions never load it.
 */
public final class QuestionLanguage {

  /** More than half of a question's words are English: it is English, whatever the detector says. */
  static final double MAX_ENGLISH_SHARE = 0.5;
  /**
   * How much more likely than English the detected language must be. On short questions the
   * detector's scores are close; English questions it misread on eval/dev*.jsonl scored at most
   * 1.04 times English once their words were mostly unknown, the Spanish ones 1.13 and more.
   */
  static final double MIN_PREFERENCE = 1.1;
  private static final String ENGLISH = "eng";
  private static final String MODEL = "/langdetect-183.bin";

  static final int MIN_FUNCTION_WORDS = 2;
  static final double MIN_FUNCTION_SHARE = 0.2;
  private static final Pattern WORD = Pattern.compile("\\p{L}+");

  private final Predicate<String> isFunctionWord;
  private final ToDoubleFunction<String> englishWordShare;
  private LanguageDetector detector;

  /**
   * @param isFunctionWord whether a lower-case word is an English stop word
   * @param englishWordShare the share of a question's words that read as English, 0 to 1
   */
  public QuestionLanguage(Predicate<String> isFunctionWord, ToDoubleFunction<String> englishWordShare) {
    this.isFunctionWord = isFunctionWord;
    this.englishWordShare = englishWordShare;
  }

  /** @return the question's language when it is not English, empty when it is or can't be told */
  public Optional<Locale> foreign(String question) {
    if (plainlyEnglish(question) || englishWordShare.applyAsDouble(question) > MAX_ENGLISH_SHARE) {
      return Optional.empty();
    }
    Language[] languages = detector().predictLanguages(question);
    double english = 0;
    for (Language language : languages) {
      if (language.getLang().equals(ENGLISH)) {
        english = language.getConfidence();
      }
    }
    Language best = languages[0];
    if (best.getLang().equals(ENGLISH) || best.getConfidence() < english * MIN_PREFERENCE) {
      return Optional.empty();
    }
    return Optional.ofNullable(ISO_639_3.get(best.getLang()));
  }

  /**
   * The question without its language's function words ("¿Cuál es la misión de MSAN?" → "misión
   * MSAN"), for a search of English documents, where "es", "la" and "de" would count as words no
   * document has. The stop lists are Lucene's analyzers' (Snowball's); a word matches with or
   * without its accents ("cuál" is listed as "cual"); empty when every word is one. Unchanged in a
   * language without a list here.
   */
  static String contentWords(String question, Locale language) {
    CharArraySet stopWords = STOP_WORDS.get(language.getLanguage());
    if (stopWords == null) {
      return question;
    }
    List<String> kept = new ArrayList<>();
    Matcher word = WORD.matcher(question);
    while (word.find()) {
      String lower = word.group().toLowerCase(language);
      String plain = TextNormalizer.withoutAccents(lower);
      if (!stopWords.contains(lower) && !stopWords.contains(plain)) {
        kept.add(word.group());
      }
    }
    return String.join(" ", kept);
  }

  private static final Map<String, CharArraySet> STOP_WORDS = Map.of(
      "es", SpanishAnalyzer.getDefaultStopSet(), "fr", FrenchAnalyzer.getDefaultStopSet(),
      "pt", PortugueseAnalyzer.getDefaultStopSet(), "de", GermanAnalyzer.getDefaultStopSet(),
      "it", ItalianAnalyzer.getDefaultStopSet());

  private boolean plainlyEnglish(String question) {
    Matcher word = WORD.matcher(question);
    int words = 0;
    int function = 0;
    while (word.find()) {
      words++;
      function += isFunctionWord.test(word.group().toLowerCase(Locale.ROOT)) ? 1 : 0;
    }
    return function >= MIN_FUNCTION_WORDS && function >= MIN_FUNCTION_SHARE * words;
  }

  private synchronized LanguageDetector detector() {
    if (detector == null) {
      try (InputStream in = QuestionLanguage.class.getResourceAsStream(MODEL)) {
        if (in == null) {
          throw new IllegalStateException("the language model " + MODEL + " is not on the class path");
        }
        detector = new LanguageDetectorME(new LanguageDetectorModel(in));
      } catch (IOException e) {
        throw new UncheckedIOException("the language model could not be read", e);
      }
    }
    return detector;
  }

  /** The detector names languages by ISO 639-3 code ("spa"); the JDK's locales know those codes. */
  private static final Map<String, Locale> ISO_639_3 = new HashMap<>();

  static {
    for (String code : Locale.getISOLanguages()) {
      Locale locale = new Locale(code);
      try {
        ISO_639_3.putIfAbsent(locale.getISO3Language(), locale);
      } catch (java.util.MissingResourceException e) {
        // a language without a three-letter code is not one the detector names
      }
    }
  }
}
