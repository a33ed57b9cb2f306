package org.msan.convene.knowledge;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a word broken with a hyphen at a line's end ("teach-" / "ers", "gluten-" / "free") is
 * one word cut by the wrap or a compound that keeps its hyphen. The document's own words decide
 * first, as dehyphenation of scanned and wrapped text usually does: a document that writes
 * "teachers" or "gluten-free" elsewhere says which it is. Otherwise an English word joins
 * ("teachers"), a prefix keeps its hyphen ("non-member"), and a piece that is a word of its own
 * ("free", "based") after one that does not join into a word makes a compound.
 */
final class LineBreakHyphens {

  /** A word, or words joined by hyphens, as the document writes them. */
  private static final Pattern WORD = Pattern.compile("\\p{L}+(?:-\\p{L}+)*");
  /** English prefixes written with a hyphen ("non-", "self-", "multi-") have at most this many letters. */
  private static final int MAX_PREFIX_LETTERS = 5;
  /**
   * A word piece shorter than this is a suffix ("-ing", "-ers", "-ter" are in the word list as
   * pieces of words), not the second word of a compound ("-free", "-based", "-wide").
   */
  private static final int MIN_COMPOUND_PIECE_LETTERS = 4;

  private final Predicate<String> isWord;
  private final Set<String> documentWords;

  private LineBreakHyphens(Predicate<String> isWord, Set<String> documentWords) {
    this.isWord = isWord;
    this.documentWords = documentWords;
  }

  /**
   * @param text the whole document, whose words (lower-cased, hyphenated ones whole) are evidence
   * @param isWord whether a lower-case word is an English word
   */
  static LineBreakHyphens of(String text, Predicate<String> isWord) {
    Set<String> words = new HashSet<>();
    Matcher word = WORD.matcher(text);
    while (word.find()) {
      words.add(word.group().toLowerCase(Locale.ROOT));
    }
    return new LineBreakHyphens(isWord, words);
  }

  /**
   * @param first the letters before the hyphen at the line's end
   * @param rest the letters that begin the next line
   * @return true when the hyphen stays ("gluten-free"), false when the two pieces are one word
   */
  boolean keepsHyphen(String first, String rest) {
    String whole = (first + rest).toLowerCase(Locale.ROOT);
    String lowerRest = rest.toLowerCase(Locale.ROOT);
    if (documentWords.contains(whole)) {
      return false;
    }
    if (documentWords.contains(first.toLowerCase(Locale.ROOT) + "-" + lowerRest)) {
      return true;
    }
    // "partner-" / "ships": a plural the word list holds only in the singular.
    if (isWord.test(whole) || whole.endsWith("s") && isWord.test(whole.substring(0, whole.length() - 1))) {
      return false;
    }
    return first.length() <= MAX_PREFIX_LETTERS
        || lowerRest.length() >= MIN_COMPOUND_PIECE_LETTERS && isWord.test(lowerRest);
  }
}
