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
  /** A word this long or longer ending in "s" may be the plural of a clipping ("subs", not "ms"). */
  private static final int MIN_CLIPPED = 3;
  /** The letters a long form adds at least: "subs" is not clipped "subsidy"'s way of writing "subs". */
  private static final int MIN_ADDED = 3;
  /** Initials of two to five words: "pd", "gpa", "frpl". */
  private static final int MIN_INITIALS = 2;
  private static final int MAX_INITIALS = 5;
  private static final int MAX_WORD = 8;
  private static final Pattern QUESTION_WORD = Pattern.compile("\\b\\p{L}{" + MIN_INITIALS + "," + MAX_WORD + "}\\b");
  private static final Pattern TEXT_WORD = Pattern.compile("\\p{L}+");

  private ClippedWords() {}

  /**
   * The words of the question that no document has ({@code known} false, not a stop word), to be
   * read out by {@link #expanded}, in lower case and in their order.
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
   * @param initials whether a word may be read as initials too, or only as a clipped word
   */
  static Optional<String> expanded(String question, List<String> unknown, List<String> passages, boolean initials,
      Predicate<String> stopWord) {
    List<List<String>> texts = passages.stream().limit(PASSAGES_READ).map(ClippedWords::words).toList();
    String expanded = question;
    for (String word : unknown) {
      Optional<String> longForm = longForm(word, texts, initials, stopWord);
      if (longForm.isPresent()) {
        expanded = Pattern.compile("(?i)\\b" + Pattern.quote(word) + "\\b").matcher(expanded)
            .replaceAll(Matcher.quoteReplacement(longForm.get()));
      }
    }
    return expanded.equals(question) ? Optional.empty() : Optional.of(expanded);
  }

  private static Optional<String> longForm(String word, List<List<String>> texts, boolean readInitials,
      Predicate<String> stopWord) {
    // "subs" is clipped "substitutes", or the plural of clipped "sub".
    String stem = word.length() > MIN_CLIPPED && word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
    Map<String, Integer> clipped = new LinkedHashMap<>();
    Map<String, Integer> initials = new LinkedHashMap<>();
    for (List<String> text : texts) {
      List<String> content = text.stream().filter(w -> !stopWord.test(w)).toList();
      for (int i = 0; i < content.size(); i++) {
        String candidate = content.get(i);
        if (candidate.length() >= stem.length() + MIN_ADDED && candidate.startsWith(stem)) {
          clipped.merge(candidate, 1, Integer::sum);
        }
        if (readInitials && word.length() <= MAX_INITIALS && i + word.length() <= content.size()
            && initialsOf(content.subList(i, i + word.length())).equals(word)) {
          initials.merge(String.join(" ", content.subList(i, i + word.length())), 1, Integer::sum);
        }
      }
    }
    // A word the documents write longer ("special ed": education) before initials that happen to
    // match ("employees district"); of each, the form written most often, of two as often the one
    // found first (in the best passage).
    return mostOften(clipped).or(() -> mostOften(initials));
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
      initials.append(w.charAt(0));
    }
    return initials.toString();
  }

  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    Matcher word = TEXT_WORD.matcher(text);
    while (word.find()) {
      words.add(word.group().toLowerCase(Locale.ROOT));
    }
    return words;
  }
}
