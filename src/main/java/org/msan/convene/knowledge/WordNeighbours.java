package org.msan.convene.knowledge;

import java.io.IOException;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * The documents' own words with their vectors, to find those closest in meaning to a word a
 * member uses and no document has ("kids" where the documents say "children", "meditation" where
 * they say "mindfulness"): the embedding model's sense of words, held against the loaded
 * vocabulary, where a hand-made synonym list would hold one corpus's words.
 *
 * <p>Vectors are kept normalized and quantized to one signed byte per dimension, scaled so that
 * each vector's largest component is 127 (a quarter of floats' memory: 30,000 words of 384
 * dimensions take 11 MB); cosines read that way are within about 0.002 of the exact ones, well
 * inside the gap between synonyms and other words.
 */
final class WordNeighbours {

  static final WordNeighbours NONE = new WordNeighbours(List.of(), new byte[0], new float[0], 0);

  private static final float LEVELS = 127f;
  /** Words as the documents write them, of three letters or more: "hs" or "pd" are initials, not words to compare. */
  private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’-]*\\p{L}");
  static final int MIN_LETTERS = 3;

  private final List<String> words;
  private final byte[] vectors;
  /** What one step of each word's bytes is worth in its unit vector. */
  private final float[] scales;
  private final int dimensions;

  private WordNeighbours(List<String> words, byte[] vectors, float[] scales, int dimensions) {
    this.words = List.copyOf(words);
    this.vectors = vectors;
    this.scales = scales;
    this.dimensions = dimensions;
  }

  /**
   * @param words the vocabulary
   * @param vectors each word's vector, in the same order, all of one length
   */
  static WordNeighbours of(List<String> words, List<float[]> vectors) {
    if (words.isEmpty()) {
      return NONE;
    }
    int dimensions = vectors.get(0).length;
    byte[] quantized = new byte[words.size() * dimensions];
    float[] scales = new float[words.size()];
    for (int i = 0; i < words.size(); i++) {
      scales[i] = quantize(vectors.get(i), quantized, i * dimensions);
    }
    return new WordNeighbours(words, quantized, scales, dimensions);
  }

  /**
   * The words the index's passages have as written ({@link PassageFields#WORDS}) that {@code
   * searched} takes, without numbers, words of fewer than {@value #MIN_LETTERS} letters and the
   * names of months and days (no neighbour of another word: "dates" is not "june").
   */
  static List<String> vocabulary(IndexReader reader, Predicate<String> searched) throws IOException {
    Terms terms = MultiTerms.getTerms(reader, PassageFields.WORDS);
    List<String> words = new ArrayList<>();
    if (terms == null) {
      return words;
    }
    TermsEnum each = terms.iterator();
    for (BytesRef term = each.next(); term != null; term = each.next()) {
      String word = term.utf8ToString();
      if (word.length() >= MIN_LETTERS && WORD.matcher(word).matches() && !CALENDAR_NAMES.contains(word)
          && searched.test(word)) {
        words.add(word);
      }
    }
    return words;
  }

  /**
   * Whether a word of a question names one thing rather than a kind: a month or a day of the week
   * (April is no neighbour of March), or a name capitalised inside the question ("is Tom around").
   *
   * @param start where the word starts in the question, 0 for its first word
   */
  static boolean namesOne(String word, int start) {
    return CALENDAR_NAMES.contains(word.toLowerCase(Locale.ROOT)) || start > 0 && Character.isUpperCase(word.charAt(0))
        && !word.equals(word.toUpperCase(Locale.ROOT));
  }

  /** The English names of months and days (java.time's), lower case. */
  private static final Set<String> CALENDAR_NAMES = Stream.concat(
      Arrays.stream(Month.values()).map(month -> month.getDisplayName(TextStyle.FULL, Locale.ENGLISH)),
      Arrays.stream(DayOfWeek.values()).map(day -> day.getDisplayName(TextStyle.FULL, Locale.ENGLISH)))
      .map(name -> name.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());

  int size() {
    return words.size();
  }

  /**
   * The vocabulary's words whose cosine similarity to {@code vector} reaches {@code minSimilarity},
   * most similar first; none for a vector of another length (another model's).
   */
  List<String> nearest(float[] vector, double minSimilarity) {
    if (words.isEmpty() || vector.length != dimensions) {
      return List.of();
    }
    byte[] asked = new byte[dimensions];
    float askedScale = quantize(vector, asked, 0);
    List<Near> near = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      int offset = i * dimensions;
      long dot = 0;
      for (int d = 0; d < dimensions; d++) {
        dot += asked[d] * vectors[offset + d];
      }
      double cosine = dot * askedScale * scales[i];
      if (cosine >= minSimilarity) {
        near.add(new Near(words.get(i), cosine));
      }
    }
    return near.stream().sorted(Comparator.comparingDouble(Near::cosine).reversed()).map(Near::word).toList();
  }

  private record Near(String word, double cosine) {}

  /**
   * Writes the unit vector of {@code vector} as bytes, its largest component as 127.
   *
   * @return what one step of those bytes is worth
   */
  private static float quantize(float[] vector, byte[] into, int offset) {
    double norm = 0;
    float largest = 0;
    for (float value : vector) {
      norm += value * value;
      largest = Math.max(largest, Math.abs(value));
    }
    if (norm == 0) {
      return 0;
    }
    for (int d = 0; d < vector.length; d++) {
      into[offset + d] = (byte) Math.round(vector[d] / largest * LEVELS);
    }
    return (float) (largest / Math.sqrt(norm) / LEVELS);
  }
}
