package org.msan.convene.knowledge;

import dev.langchain4j.data.segment.TextSegment;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
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

  /**
   * A passage's vector and one per sentence ({@link Sentences#of} of its text, in that order). A
   * question in members' words often matches one sentence ("Secondary students are also welcome")
   * far better than the whole passage, whose vector blends its topics and which the model reads
   * only up to its input limit (256 word pieces for MiniLM).
   */
  record PassageVectors(float[] passage, List<float[]> sentences) {}

  /**
   * Vectors of the passages and their sentences, in order; {@code counts} learns how many passages
   * were embedded (a passage whose own vector or one of whose sentences' was missing) and how many
   * came wholly from the cache.
   */
  List<PassageVectors> embed(List<Passage> passages, EmbeddingCounts counts) {
    List<List<String>> texts = passages.stream().map(PassageEmbedder::embeddedTexts).toList();
    List<String> keys = new ArrayList<>();
    Map<String, String> missing = new LinkedHashMap<>();
    Map<String, float[]> vectors = new HashMap<>();
    int embeddedPassages = 0;
    for (List<String> passageTexts : texts) {
      boolean embedded = false;
      for (String text : passageTexts) {
        String key = EmbeddingCache.key(modelId, text);
        keys.add(key);
        if (!vectors.containsKey(key)) {
          float[] cached = cache.get(key);
          vectors.put(key, cached);
          if (cached == null) {
            missing.put(key, text);
          }
        }
        embedded |= missing.containsKey(key);
      }
      embeddedPassages += embedded ? 1 : 0;
    }
    if (!missing.isEmpty()) {
      List<String> missingKeys = List.copyOf(missing.keySet());
      var embeddings = embedding.model().embedAll(missing.values().stream().map(TextSegment::from).toList()).content();
      Map<String, float[]> fresh = new HashMap<>();
      for (int i = 0; i < missingKeys.size(); i++) {
        fresh.put(missingKeys.get(i), embeddings.get(i).vector());
      }
      vectors.putAll(fresh);
      cache.putAll(fresh);
    }
    List<PassageVectors> result = new ArrayList<>(passages.size());
    int next = 0;
    for (List<String> passageTexts : texts) {
      float[] passage = vectors.get(keys.get(next++));
      List<float[]> sentences = new ArrayList<>(passageTexts.size() - 1);
      for (int i = 1; i < passageTexts.size(); i++) {
        sentences.add(vectors.get(keys.get(next++)));
      }
      result.add(new PassageVectors(passage, sentences));
    }
    counts.add(embeddedPassages, passages.size() - embeddedPassages);
    return result;
  }

  /** The passage's text as embedded, then each of its sentences'. */
  private static List<String> embeddedTexts(Passage passage) {
    List<String> texts = new ArrayList<>();
    texts.add(embeddedText(passage));
    for (Sentences.Sentence sentence : Sentences.of(passage.text())) {
      texts.add(embeddedSentence(passage, sentence.text()));
    }
    return texts;
  }

  /** The heading path goes with the text: "Cost" alone tells what "$20,000 per team" is about. */
  static String embeddedText(Passage passage) {
    String section = passage.section().isEmpty() ? passage.title() : passage.title() + " — " + passage.section();
    return section + "\n" + passage.text();
  }

  /** A sentence is read under its own heading ("Who Should Apply: Secondary students are also welcome."). */
  static String embeddedSentence(Passage passage, String sentence) {
    return passage.ownHeading() + ": " + sentence;
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
