package org.msan.convene.answer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.msan.convene.knowledge.TextAnalysis;

/**
 * Words members clip ("subs" for substitutes, "para" for paraprofessional) or write as initials
 * ("pd" for professional development, "GPA" for grade point average) where no document has them,
 * read as the documents write them out. The long form is looked for in the passages the rest of
 * the question finds, so "sub" in a question about pay is "substitute", not "subject" (local
 * feedback, as in Xu and Croft's local context analysis): the documents decide, not a list.
 */
final class ClippedWords {

  /** Passages read for long forms: the first of the candidates, which the question's other words found. */
  static final int PASSAGES_READ = 10;
  /** A word of four letters or more ending in "s" may be a clipping's plural ("subs", "paras"). */
  private static final int MIN_PLURAL_CLIPPING = 4;
  /**
   * The letters a long form adds at least, without its inflection: "sub" is clipped "substitute",
   * but "plan" is not clipped "plans", nor "camp" "campuses".
   */
  private static final int MIN_ADDED = 3;
  /** Initials of two to five words: "pd", "gpa", "frpl". */
  private static final int MIN_INITIALS = 2;
  private static final int MAX_INITIALS = 5;
  /**
   * Two words that two initials stand for are written twice at least, or once in capitals: two that
   * only happen to begin so ("employees' district" for "ed") don't count. Three initials or more
   * seldom match words by chance.
   */
  private static final int MIN_INITIALS_SEEN = 2;
  private static final int SPECIFIC_INITIALS = 3;
  /**
   * A plural clipping stands for things ("subs", "paras"), never a verb's form ("submitted"); a
   * singular one may ("cert" for certificated).
   */
  private static final Pattern VERB_FORM = Pattern.compile("(ed|ing)$");
  /** Longer words are seldom clipped ("orientaton" is a misspelling, which the spell checker reads). */
  private static final int MAX_WORD = 8;
  private static final Pattern QUESTION_WORD =
      Pattern.compile("(?<![\\p{N}]\\s?)\\b\\p{L}{" + MIN_INITIALS + "," + MAX_WORD + "}\\b");
  /**
   * A word, or a mark that ends a phrase: initials stand for words written together, never across
   * a sentence's, a cell's or a line's end ("Kept for: Indefinitely / - Data type" is no "kid").
   */
  private static final Pattern TEXT_WORD = Pattern.compile("\\p{L}+|[.,;:!?()\\n]");
  private static final String PHRASE_END = "";

  private ClippedWords() {}

  /**
   * The words of the question that no document has ({@code known} false, not a stop word), to be
   * read out by {@link #expanded}, in lower case and in their order. A word after a number is its
   * unit ("3 pm"), not a clipping.
   */
  static List<String> unknown(String question, Predicate<String> known, Predicate<String> stopWord) {
    List<String> words = new ArrayList<>();
    Matcher word = QUESTION_WORD.matcher(question);
    while (word.find()) {
      String lower = word.group().toLowerCase(Locale.ROOT);
      if (!stopWord.test(lower) && !known.test(lower) && !words.contains(lower)) {
        words.add(lower);
      }
    }
    return words;
  }

  /**
   * The question with each unknown word written out as the passages write it most often, as a
   * longer word it starts ("subs" → "substitutes") or as words whose initials it is ("pd" →
   * "professional development"); empty when none is found.
   *
   * @param passages the texts of the passages the question finds, best first
   */
  static Optional<String> expanded(String question, List<String> unknown, List<String> passages,
      Predicate<String> stopWord) {
    List<List<String>> texts = passages.stream().limit(PASSAGES_READ).map(ClippedWords::words).toList();
    String expanded = question;
    for (String word : unknown) {
      Optional<String> longForm = longForm(word, texts, stopWord);
      if (longForm.isPresent()) {
        expanded = Pattern.compile("(?i)\\b" + Pattern.quote(word) + "\\b").matcher(expanded)
            .replaceAll(Matcher.quoteReplacement(longForm.get()));
      }
    }
    return expanded.equals(question) ? Optional.empty() : Optional.of(expanded);
  }

  private static Optional<String> longForm(String word, List<List<String>> texts, Predicate<String> stopWord) {
    // "subs" is clipped "substitutes", or the plural of clipped "sub".
    boolean plural = word.length() >= MIN_PLURAL_CLIPPING && word.endsWith("s");
    String stem = plural ? word.substring(0, word.length() - 1) : word;
    Map<String, Integer> clipped = new LinkedHashMap<>();
    // A plural clipping ("subs") stands for things the documents write in the plural too
    // ("substitutes"), before a word that only starts alike ("submit").
    Map<String, Integer> plurals = new LinkedHashMap<>();
    Map<String, Integer> initials = new LinkedHashMap<>();
    Map<String, Boolean> capitalised = new LinkedHashMap<>();
    for (List<String> text : texts) {
      List<String> content = text.stream().filter(w -> !stopWord.test(w.toLowerCase(Locale.ROOT))).toList();
      for (int i = 0; i < content.size(); i++) {
        String candidate = content.get(i).toLowerCase(Locale.ROOT);
        if (candidate.startsWith(stem)) {
          String base = TextAnalysis.withoutInflection(candidate);
          if (base.length() >= stem.length() + MIN_ADDED && !(plural && VERB_FORM.matcher(candidate).find())) {
            clipped.merge(candidate, 1, Integer::sum);
            // KStem's base differs by an "s" ending for a plural: "business" has none.
            if (plural && candidate.endsWith("s") && !base.equals(candidate)) {
              plurals.merge(candidate, 1, Integer::sum);
            }
          }
        }
        if (word.length() <= MAX_INITIALS && i + word.length() <= content.size()) {
          List<String> words = content.subList(i, i + word.length());
          if (initialsOf(words).equals(word)) {
            String phrase = String.join(" ", words).toLowerCase(Locale.ROOT);
            initials.merge(phrase, 1, Integer::sum);
            capitalised.merge(phrase, words.stream().allMatch(w -> Character.isUpperCase(w.charAt(0))), Boolean::logicalOr);
          }
        }
      }
    }
    if (word.length() < SPECIFIC_INITIALS) {
      initials.keySet().removeIf(phrase -> initials.get(phrase) < MIN_INITIALS_SEEN && !capitalised.get(phrase));
    }
    // A word the documents write longer ("special ed": education) before initials that happen to
    // match ("employees district"); of each, the form written most often, of two as often the one
    // found first (in the best passage).
    return mostOften(plurals).or(() -> mostOften(clipped)).or(() -> mostOften(initials));
  }

  private static Optional<String> mostOften(Map<String, Integer> found) {
    return found.entrySet().stream().reduce((best, next) -> next.getValue() > best.getValue() ? next : best)
        .map(Map.Entry::getKey);
  }

  private static String initialsOf(List<String> words) {
    StringBuilder initials = new StringBuilder();
    for (String w : words) {
      if (w.length() < 2) {
        return "";
      }
      initials.append(Character.toLowerCase(w.charAt(0)));
    }
    return initials.toString();
  }

  /**
   * The words of the text as written (case kept: initials written in capitals count for more), with
   * an empty word where a phrase ends, which no initials match.
   */
  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    Matcher word = TEXT_WORD.matcher(text);
    while (word.find()) {
      words.add(Character.isLetter(word.group().charAt(0)) ? word.group() : PHRASE_END);
    }
    return words;
  }
}
