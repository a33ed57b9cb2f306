package org.msan.convene.answer;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.util.automaton.Automaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;
import org.apache.lucene.util.automaton.Operations;

/**
 * The question word a question starts with, mistyped: "wen is …", "wat does …". The documents
 * cannot correct these (they are stop words, not in the index), so a question's first word within
 * one edit of a question word is read as that word.
 */
final class QuestionWords {

  private static final List<String> WORDS = List.of("when", "where", "what", "which", "who", "how");
  private static final Pattern FIRST_WORD = Pattern.compile("^\\s*(\\p{L}+)");
  private static final Pattern ANY_WORD = Pattern.compile("\\b\\p{L}{4,}\\b");

  private QuestionWords() {}

  /** @param isWord true for a word that is real as it stands ("why", "were", "then"), never corrected */
  static String correctFirst(String question, java.util.function.Predicate<String> isWord) {
    Matcher first = FIRST_WORD.matcher(question);
    if (!first.find()) {
      return question;
    }
    String word = first.group(1).toLowerCase(Locale.ROOT);
    if (word.length() < 3 || WORDS.contains(word) || isWord.test(word)) {
      return question;
    }
    Automaton oneEditAway = new LevenshteinAutomata(word, true).toAutomaton(1);
    // A dropped letter is the commonest slip: "wher" is "where" before it is "when".
    return WORDS.stream().filter(meant -> Operations.run(oneEditAway, meant))
        .min(Comparator.comparing(meant -> !isSubsequence(word, meant)))
        .map(meant -> question.substring(0, first.start(1)) + meant + question.substring(first.end(1)))
        .orElse(question);
  }

  /**
   * Every word of four letters or more within one edit of a word of {@code words} (a swap counting
   * one) read as that word, unless it is a real word as it stands or a name (capitalised inside
   * the question): "febuary" is "february".
   *
   * @param words lower-case words the question is expected to use
   * @param isWord true for a word that is real as it stands, never corrected
   */
  static String correctAll(String question, List<String> words, java.util.function.Predicate<String> isWord) {
    return ANY_WORD.matcher(question).replaceAll(found -> {
      String word = found.group().toLowerCase(Locale.ROOT);
      // A capital inside the question is a name ("Marcy", "Frida"), not a slip.
      boolean name = found.start() > 0 && Character.isUpperCase(found.group().charAt(0));
      if (name || words.contains(word) || isWord.test(word)) {
        return Matcher.quoteReplacement(found.group());
      }
      Automaton oneEditAway = new LevenshteinAutomata(word, true).toAutomaton(1);
      return Matcher.quoteReplacement(words.stream().filter(meant -> Operations.run(oneEditAway, meant))
          .min(Comparator.comparing(meant -> !isSubsequence(word, meant))).orElse(found.group()));
    });
  }

  private static boolean isSubsequence(String typed, String word) {
    int at = 0;
    for (int i = 0; i < word.length() && at < typed.length(); i++) {
      if (word.charAt(i) == typed.charAt(at)) {
        at++;
      }
    }
    return at == typed.length();
  }
}
