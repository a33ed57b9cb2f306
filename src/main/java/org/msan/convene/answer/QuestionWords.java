package org.msan.convene.answer;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.util.automaton.Automaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;
import org.apache.lucene.util.automaton.Operations;

/**
 * The question word a question starts with, mistyped: "wen is …", "wat does …". The documents
 * cannot correct these (they are stop words, not in the index), so a question's first word within
 * one edit of a question word is read as that word.
 */
final class QuestionWords {

  private static final List<String> WORDS = List.of("when", "where", "what", "which", "who", "whose", "how");
  /** The question words with "is" contracted and its apostrophe left out, as chat writes them ("whats"). */
  private static final List<String> CONTRACTED = List.of("whens", "wheres", "whats", "whos", "hows", "whys");
  /** What a mistyped first word may be a slip of: a question word, or one contracted ("wats" for "whats"). */
  private static final List<String> FIRST_WORDS = Stream.concat(WORDS.stream(), CONTRACTED.stream()).toList();
  private static final Pattern FIRST_WORD = Pattern.compile("^\\s*(\\p{L}+)");
  /** The words English questions put after "how". */
  private static final List<String> HOW_WORDS = List.of("many", "much", "long", "often", "soon", "late", "early", "far");
  private static final Pattern HOW_WORD = Pattern.compile("^\\s*how\\s+(\\p{L}+)", Pattern.CASE_INSENSITIVE);
  /** The auxiliaries English questions put after the question word: "what does …", "when is …". */
  private static final List<String> AUXILIARIES =
      List.of("does", "do", "did", "is", "are", "was", "were", "will", "can", "should", "would", "could");
  /**
   * The word after the question word where an auxiliary must stand: before the subject ("what dose
   * FERPA stand for", "where cna we park"), an article, a pronoun or a name.
   */
  private static final Pattern AUXILIARY_PLACE = Pattern.compile(
      "^\\s*(?i:what|when|where|which|who|how|why)\\s+(\\p{L}+)\\s+(?=(?i:the|a|an|our|my|your|their|this|that|these|those"
          + "|i|we|you|they|it|he|she)\\b|\\p{Lu})");
  private static final Pattern ANY_WORD = Pattern.compile("\\b\\p{L}{4,}\\b");
  private static final Pattern WORD = Pattern.compile("\\b\\p{L}+\\b");
  private static final Pattern ALL_CAPITALS = Pattern.compile("\\p{Lu}{2,}");
  /** Chat shorthand for general words ("mtg tmrw"), read as the words before anything else. */
  private static final Map<String, String> CHAT_SHORTHAND = Map.ofEntries(
      Map.entry("tmrw", "tomorrow"), Map.entry("tmr", "tomorrow"), Map.entry("tmw", "tomorrow"),
      Map.entry("tdy", "today"), Map.entry("nxt", "next"), Map.entry("hrs", "hours"), Map.entry("hr", "hour"), Map.entry("mins", "minutes"),
      Map.entry("mtg", "meeting"), Map.entry("mtgs", "meetings"), Map.entry("ppl", "people"), Map.entry("wk", "week"),
      Map.entry("wks", "weeks"), Map.entry("mo", "month"), Map.entry("yr", "year"), Map.entry("yrs", "years"), Map.entry("info", "information"),
      Map.entry("u", "you"), Map.entry("r", "are"), Map.entry("pls", "please"), Map.entry("thx", "thanks"),
      // The asker's own contractions typed without the apostrophe ("im a mentor"); "IM", a curriculum's initials, stays.
      Map.entry("im", "I'm"), Map.entry("ive", "I've"), Map.entry("youre", "you're"));
  /** The shorthand, with a question word's contraction typed without its apostrophe ("whens the app due"). */
  private static final Map<String, String> SHORTHAND = Stream.concat(CHAT_SHORTHAND.entrySet().stream(),
          CONTRACTED.stream().map(typed -> Map.entry(typed, withApostrophe(typed))))
      .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));

  /**
   * A negated auxiliary contracted, with or without its apostrophe ("isn't", "doesnt"): its "not"
   * changes what is asked ("what isn't covered"). "Can't" and "won't" only with it: "cant" and
   * "wont" are words of their own.
   */
  private static final Pattern NEGATED_CONTRACTION = Pattern.compile(
      "(?i)\\b(?:(is|are|was|were|do|does|did|has|have|had|should|would|could|must)n['’]?t|(ca|wo)n['’]t)\\b");

  private QuestionWords() {}

  /** The question with its negated contractions written out: "isn't" as "is not", "can't" as "can not". */
  static String withoutNegatedContractions(String question) {
    return NEGATED_CONTRACTION.matcher(question).replaceAll(contraction -> {
      String auxiliary = contraction.group(1) != null ? contraction.group(1) : contraction.group(2);
      String written = switch (auxiliary.toLowerCase(Locale.ROOT)) {
        case "ca" -> auxiliary.charAt(0) + "an";
        case "wo" -> auxiliary.charAt(0) + "ill";
        default -> auxiliary;
      };
      return Matcher.quoteReplacement(written + " not");
    });
  }

  /**
   * Chat shorthand read as the words it stands for ("when r applications due", "Mtg tmrw?"); a
   * word of two letters or more written in capitals ("MO", a state) is a name and stays.
   */
  static String expandShorthand(String question) {
    return expandShorthand(question, word -> false);
  }

  /**
   * @param written true for a word the documents write as it stands ("HR" in "HR Office"), which
   *     means itself, not chat shorthand ("hr" for hour)
   */
  static String expandShorthand(String question, Predicate<String> written) {
    return WORD.matcher(withoutNegatedContractions(question)).replaceAll(word -> {
      String lower = word.group().toLowerCase(Locale.ROOT);
      String meant = SHORTHAND.get(lower);
      // Only a word of the shorthand is asked whether the documents write it: that reads the index.
      boolean itself = meant == null || ALL_CAPITALS.matcher(word.group()).matches() || written.test(lower);
      return Matcher.quoteReplacement(itself ? word.group() : meant);
    });
  }

  /** @param isWord true for a word that is real as it stands ("why", "were", "then"), never corrected */
  static String correctFirst(String question, Predicate<String> isWord) {
    String corrected = correctedAt(question, FIRST_WORD, FIRST_WORDS, isWord);
    // A contraction the slip was of is written out with its apostrophe, as the shorthand is read.
    Matcher first = FIRST_WORD.matcher(corrected);
    if (first.find() && CONTRACTED.contains(first.group(1))) {
      return corrected.substring(0, first.start(1)) + withApostrophe(first.group(1)) + corrected.substring(first.end(1));
    }
    return corrected;
  }

  /** A contraction typed without its apostrophe, written with it: "whats" → "what's". */
  private static String withApostrophe(String contracted) {
    return contracted.substring(0, contracted.length() - 1) + "'s";
  }

  /**
   * The word after "how" mistyped ("how mnay", "how ofen") read as the one it is a slip of.
   *
   * @param isWord true for a word that is real as it stands ("how may I …"), never corrected
   */
  static String correctHowWord(String question, Predicate<String> isWord) {
    return correctedAt(question, HOW_WORD, HOW_WORDS, isWord);
  }

  /**
   * The question words mistyped, the first and the one after "how" ("wen is …", "how mnay …"),
   * as every answerer reads them.
   *
   * @param isStopWord true for a question word as it stands ("were", "why")
   * @param isEnglishWord true for a real word that follows "how" as itself ("how may I …")
   */
  static String correctQuestionWords(String question, Predicate<String> isStopWord, Predicate<String> isEnglishWord) {
    return correctAuxiliary(correctHowWord(correctFirst(question, isStopWord), isStopWord.or(isEnglishWord)));
  }

  /**
   * The auxiliary after the question word mistyped ("what dose FERPA stand for", "where cna we
   * park") read as the one it is a slip of: where it stands, before the question's subject, a
   * real word ("dose") is a slip too.
   */
  static String correctAuxiliary(String question) {
    return correctedAt(question, AUXILIARY_PLACE, AUXILIARIES, word -> false);
  }

  /** The word {@code at} finds (its first group) read as the one of {@code words} it is a slip of. */
  private static String correctedAt(String question, Pattern at, List<String> words, Predicate<String> isWord) {
    Matcher found = at.matcher(question);
    if (!found.find()) {
      return question;
    }
    String word = found.group(1).toLowerCase(Locale.ROOT);
    if (word.length() < 3 || words.contains(word) || isWord.test(word)) {
      return question;
    }
    return nearest(word, words)
        .map(meant -> question.substring(0, found.start(1)) + meant + question.substring(found.end(1)))
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
  static String correctAll(String question, List<String> words, Predicate<String> isWord) {
    // Whether a word is real is asked only of one near a word of the list: it may read a word list.
    return mendWords(question, words::contains, word -> nearest(word, words).filter(meant -> !isWord.test(word)));
  }

  /**
   * Each word of four letters or more of the question, in lower case, that {@code keep} does not
   * keep, replaced by what {@code mend} gives for it, if anything; a capitalised word inside the
   * question is a name or an acronym ("Frida", "NASA") and stays as written.
   */
  static String mendWords(String question, Predicate<String> keep, Function<String, Optional<String>> mend) {
    return ANY_WORD.matcher(question).replaceAll(found -> {
      String word = found.group().toLowerCase(Locale.ROOT);
      boolean name = found.start() > 0 && Character.isUpperCase(found.group().charAt(0));
      return Matcher.quoteReplacement(name || keep.test(word) ? found.group() : mend.apply(word).orElse(found.group()));
    });
  }

  /** The word of {@code words} one edit from {@code typed} (a swap counting one); a dropped letter first: "wher" is "where" before "when". */
  private static Optional<String> nearest(String typed, List<String> words) {
    // Building the automaton costs far more than running it: it is built only when a word of the
    // list may be one edit away, which for most of a question's words none is.
    List<String> near = words.stream().filter(meant -> mayBeOneEditAway(typed, meant)).toList();
    if (near.isEmpty()) {
      return Optional.empty();
    }
    Automaton oneEditAway = new LevenshteinAutomata(typed, true).toAutomaton(1);
    return near.stream().filter(meant -> Operations.run(oneEditAway, meant))
        .min(Comparator.comparing(meant -> !isSubsequence(typed, meant)));
  }

  /**
   * What one edit (a swap counting one) leaves at least: lengths within one of each other, and no
   * more than two letters of the longer word outside what the two share at their start and end.
   */
  private static boolean mayBeOneEditAway(String typed, String word) {
    if (Math.abs(typed.length() - word.length()) > 1) {
      return false;
    }
    int shorter = Math.min(typed.length(), word.length());
    int start = 0;
    while (start < shorter && typed.charAt(start) == word.charAt(start)) {
      start++;
    }
    int end = 0;
    while (end < shorter - start && typed.charAt(typed.length() - 1 - end) == word.charAt(word.length() - 1 - end)) {
      end++;
    }
    return Math.max(typed.length(), word.length()) - start - end <= 2;
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
