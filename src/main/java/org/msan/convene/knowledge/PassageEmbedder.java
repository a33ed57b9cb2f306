package org.msan.convene.knowledge;

import dev.langchain4j.data.segment.TextSegment;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns passages and questions into vectors with an in-process embedding model (behind
 * LangChain4j's {@code EmbeddingModel}, loaded on first use),
 * taking passage vectors from the cache when it has them.
 */
public final class PassageEmbedder {

  private final InProcessEmbedding embedding;
  private final String modelId;
  private final EmbeddingCache cache;

  public PassageEmbedder(InProcessEmbedding embedding, EmbeddingCache cache) {
    this.embedding = Objects.requireNonNull(embedding, "embedding");
    this.modelId = embedding.id();
    this.cache = Objects.requireNonNull(cache, "cache");
  }

  public String modelId() {
    return modelId;
  }

  public float[] embedQuestion(String question) {
    return embedding.model().embed(embedding.queryInstruction() + question).content().vector();
  }

  /** Vectors of the passages, in order; {@code counts} learns how many were embedded and how many cached. */
  List<float[]> embed(List<Passage> passages, EmbeddingCounts counts) {
    List<float[]> vectors = new ArrayList<>(passages.size());
    List<Integer> missing = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    for (Passage passage : passages) {
      String key = EmbeddingCache.key(modelId, embeddedText(passage));
      keys.add(key);
      float[] cached = cache.get(key);
      vectors.add(cached);
      if (cached == null) {
        missing.add(vectors.size() - 1);
      }
    }
    if (!missing.isEmpty()) {
      List<TextSegment> segments = missing.stream().map(i -> TextSegment.from(embeddedText(passages.get(i)))).toList();
      var embeddings = embedding.model().embedAll(segments).content();
      Map<String, float[]> fresh = new HashMap<>();
      for (int j = 0; j < missing.size(); j++) {
        float[] vector = embeddings.get(j).vector();
        vectors.set(missing.get(j), vector);
        fresh.put(keys.get(missing.get(j)), vector);
      }
      cache.putAll(fresh);
    }
    counts.add(missing.size(), passages.size() - missing.size());
    return vectors;
  }

  /** The heading path goes with the text: "Cost" alone tells what "$20,000 per team" is about. */
  static String embeddedText(Passage passage) {
    String section = passage.section().isEmpty() ? passage.title() : passage.title() + " — " + passage.section();
    return section + "\n" + passage.text();
  }

  /** How many passage vectors a refresh computed and how many it found in the cache. */
  static final class EmbeddingCounts {
    private int embedded;
    private int cached;

    void add(int newlyEmbedded, int fromCache) {
      embedded += newlyEmbedded;
      cached += fromCache;
    }

    int embedded() {
      return embedded;
    }

    int cached() {
      return cached;
    }
  }
}
