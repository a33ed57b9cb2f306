package org.msan.convene.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

final class SentenceVectorsTest {

  @Test
  @DisplayName("Packed into bytes, sentence vectors keep their cosine to a question within 0.02, in order")
  void quantizedCosinesStayClose() {
    Random random = new Random(7);
    float[] question = randomVector(random, 384);
    List<float[]> sentences = List.of(randomVector(random, 384), question.clone(), randomVector(random, 384));

    List<Double> similarities = SentenceVectors.similarities(SentenceVectors.encode(sentences), question);

    assertThat(similarities).hasSize(3);
    for (int i = 0; i < sentences.size(); i++) {
      assertThat(similarities.get(i)).isCloseTo(PassageIndex.cosine(question, sentences.get(i)), within(0.02));
    }
    assertThat(similarities.get(1)).isCloseTo(1.0, within(0.001));
  }

  @Test
  @DisplayName("A passage without sentences packs to nothing and gives no similarities")
  void empty() {
    assertThat(SentenceVectors.similarities(SentenceVectors.encode(List.of()), new float[] {1, 0})).isEmpty();
    assertThat(SentenceVectors.similarities(SentenceVectors.encode(List.of(new float[] {0, 0})), new float[] {1, 0}))
        .containsExactly(0.0);
  }

  @Test
  @DisplayName("Packed vectors are read from where they start in a shared buffer; another model's length gives nothing")
  void offsetsAndLengths() {
    org.apache.lucene.util.BytesRef packed = SentenceVectors.encode(List.of(new float[] {0, 1}, new float[] {1, 0}));
    byte[] shifted = new byte[packed.length + 3];
    System.arraycopy(packed.bytes, packed.offset, shifted, 3, packed.length);

    assertThat(SentenceVectors.similarities(new org.apache.lucene.util.BytesRef(shifted, 3, packed.length),
        new float[] {1, 0})).containsExactly(0.0, 1.0);
    assertThat(SentenceVectors.similarities(packed, new float[] {1, 0, 0})).isEmpty();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> SentenceVectors.encode(
        List.of(new float[] {1, 0}, new float[] {1, 0, 0}))).isInstanceOf(IllegalArgumentException.class);
  }

  private static float[] randomVector(Random random, int dimensions) {
    float[] vector = new float[dimensions];
    for (int i = 0; i < dimensions; i++) {
      vector[i] = (float) random.nextGaussian();
    }
    return vector;
  }
}
