package org.msan.convene.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

final class WordNeighboursTest {

  @Test
  @DisplayName("The words at or above the bound come back, most similar first")
  void nearestAboveTheBound() {
    WordNeighbours words = WordNeighbours.of(List.of("children", "teachers", "buses", "students"), List.of(
        new float[] {1, 0, 0}, new float[] {0, 1, 0}, new float[] {0, 0, 1}, new float[] {0.6f, 0.8f, 0}));

    float[] kids = {0.9f, 0.3f, 0};

    assertThat(words.nearest(kids, 0.6)).containsExactly("children", "students");
    assertThat(words.nearest(kids, 0.99)).isEmpty();
    assertThat(words.nearest(new float[] {1, 0}, 0.1)).as("a vector of another model").isEmpty();
    assertThat(WordNeighbours.NONE.nearest(kids, 0.1)).isEmpty();
  }

  @Test
  @DisplayName("Vectors kept as bytes give cosines within 0.005 of the exact ones, at the model's 384 dimensions")
  void quantizedCosinesAreClose() {
    Random random = new Random(7);
    float[] asked = randomVector(random);
    for (int i = 0; i < 200; i++) {
      // Half of each vector shared with the asked one: cosines spread around the bounds that matter.
      float[] other = randomVector(random);
      for (int d = 0; d < other.length; d++) {
        other[d] = other[d] * (i % 10) / 10f + asked[d];
      }
      double exact = PassageIndex.cosine(asked, other);
      WordNeighbours one = WordNeighbours.of(List.of("word"), List.of(other));

      assertThat(one.nearest(asked, exact + 0.005)).as("cosine %s", exact).isEmpty();
      assertThat(one.nearest(asked, exact - 0.005)).as("cosine %s", exact).containsExactly("word");
    }
  }

  private static float[] randomVector(Random random) {
    float[] vector = new float[384];
    for (int d = 0; d < vector.length; d++) {
      vector[d] = (float) random.nextGaussian();
    }
    return vector;
  }
}
