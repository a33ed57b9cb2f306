package org.msan.convene.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Both shipped models, for real: each ranks the passage that answers a paraphrase above one that doesn't. */
final class InProcessEmbeddingTest {

  @TempDir Path data;

  @Test
  @DisplayName("Each named model embeds questions (with its own instruction) close to the passage that answers them")
  void bothModelsRankTheAnsweringPassageFirst() {
    for (String name : InProcessEmbedding.NAMES) {
      InProcessEmbedding embedding = InProcessEmbedding.named(name);
      try (EmbeddingCache cache = TestEmbedders.cache(data.resolve(name))) {
        PassageEmbedder embedder = new PassageEmbedder(embedding, cache);
        Passage fee = passage("Cost", "Each district team pays $20,000 per year to take part.");
        Passage home = passage("Our Home", "The network is housed at a university research center.");
        var vectors = embedder.embed(java.util.List.of(fee, home), new PassageEmbedder.EmbeddingCounts());
        float[] question = embedder.embedQuestion("how much do we have to pay to join");

        assertThat(PassageIndex.cosine(question, vectors.get(0))).as(name).isGreaterThan(PassageIndex.cosine(question, vectors.get(1)));
      }
    }
  }

  @Test
  @DisplayName("An unknown model name is refused with the names to choose from")
  void unknownName() {
    assertThatThrownBy(() -> InProcessEmbedding.named("gpt-embeddings"))
        .hasMessageContaining("all-minilm-l6-v2").hasMessageContaining("bge-small-en-v1.5");
  }

  private static Passage passage(String heading, String text) {
    return new Passage(heading, "network.md", "The Network", "", "", java.util.List.of(heading), 0, text);
  }
}
