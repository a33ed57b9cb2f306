package org.msan.convene.answer;

import java.util.Locale;
import org.apache.lucene.analysis.en.EnglishMinimalStemmer;

/** Whether a word is an English plural, by Lucene's plural-only stemmer: "values" is, "status" and "focus" are not. */
final class Plurals {

  private static final EnglishMinimalStemmer STEMMER = new EnglishMinimalStemmer();

  private static final int MIN_PLURAL_LENGTH = 3;

  private Plurals() {}

  /** Whether the last word of the words is a plural ("core values"). */
  static boolean endsInPlural(String words) {
    char[] last = words.substring(words.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT).toCharArray();
    // A word of three letters is no plural of one of two: "has", "was", "gas", "bus".
    return last.length > MIN_PLURAL_LENGTH && STEMMER.stem(last, last.length) < last.length;
  }
}
