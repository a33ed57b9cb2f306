package org.msan.convene.knowledge;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.util.BytesRef;

/**
 * A passage's sentence vectors packed into one doc value: each vector scaled so that its largest
 * component is ±127 and rounded to a byte (scalar quantization, a quarter of the floats' size).
 * Cosine similarity ignores the scale, so none is kept; the rounding moves a cosine by about 0.01.
 */
final class SentenceVectors {

  private static final int MAX_BYTE = 127;

  private SentenceVectors() {}

  /** @throws IllegalArgumentException when the vectors are not all of one length */
  static BytesRef encode(List<float[]> vectors) {
    int dimensions = vectors.isEmpty() ? 0 : vectors.get(0).length;
    byte[] bytes = new byte[vectors.size() * dimensions];
    int at = 0;
    for (float[] vector : vectors) {
      if (vector.length != dimensions) {
        throw new IllegalArgumentException("sentence vectors of " + dimensions + " and " + vector.length + " dimensions");
      }
      float largest = 0;
      for (float component : vector) {
        largest = Math.max(largest, Math.abs(component));
      }
      for (float component : vector) {
        bytes[at++] = largest == 0 ? 0 : (byte) Math.round(component / largest * MAX_BYTE);
      }
    }
    return new BytesRef(bytes);
  }

  /**
   * @param packed the passage's sentence vectors as {@link #encode} packed them
   * @param question the question's vector, whose length is every sentence vector's
   * @return each sentence's cosine similarity to the question (-1 to 1), in sentence order; empty
   *     when the packed vectors are not of the question's length (another model's)
   */
  static List<Double> similarities(BytesRef packed, float[] question) {
    int dimensions = question.length;
    if (dimensions == 0 || packed.length % dimensions != 0) {
      return List.of();
    }
    List<Double> similarities = new ArrayList<>(packed.length / dimensions);
    double questionNorm = 0;
    for (float component : question) {
      questionNorm += component * component;
    }
    for (int start = packed.offset; start + dimensions <= packed.offset + packed.length; start += dimensions) {
      double dot = 0;
      double norm = 0;
      for (int i = 0; i < dimensions; i++) {
        int component = packed.bytes[start + i];
        dot += question[i] * component;
        norm += component * component;
      }
      similarities.add(norm == 0 || questionNorm == 0 ? 0 : dot / Math.sqrt(norm * questionNorm));
    }
    return similarities;
  }
}
