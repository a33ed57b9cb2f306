package org.msan.convene.knowledge;

import dev.langchain4j.data.segment.TextSegment;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

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
    Set<String> cached = new HashSet<>();
    Map<String, float[]> vectors = vectors(texts.stream().flatMap(List::stream).toList(), cached);
    int embeddedPassages = (int) texts.stream().filter(passageTexts -> !cached.containsAll(passageTexts)).count();
    List<PassageVectors> result = new ArrayList<>(passages.size());
    for (List<String> passageTexts : texts) {
      List<float[]> sentences = passageTexts.subList(1, passageTexts.size()).stream().map(vectors::get).toList();
      result.add(new PassageVectors(vectors.get(passageTexts.get(0)), sentences));
    }
    counts.add(embeddedPassages, passages.size() - embeddedPassages);
    return result;
  }

  /**
   * The vectors of single words, as they stand (no query instruction: a word is compared with
   * words), from the cache where it has them; the rest are embedded and cached.
   *
   * @return each word's vector, in the order given
   */
  List<float[]> embedWords(List<String> words) {
    Map<String, float[]> vectors = vectors(words, new HashSet<>());
    return words.stream().map(vectors::get).toList();
  }

  /**
   * The vectors of a question's words, as {@link #embedWords} makes them, but never cached: a
   * question's words are the member's.
   */
  List<float[]> embedAsked(List<String> words) {
    return embedding.model().embedAll(words.stream().map(TextSegment::from).toList()).content().stream()
        .map(vector -> vector.vector()).toList();
  }

  /** The embedding model's bounds, where its similarities decide. */
  MeaningBounds bounds() {
    return embedding.bounds();
  }

  /**
   * Each distinct text's vector: from the cache, or embedded in one batch and cached.
   *
   * @param cached receives the texts found in the cache
   */
  private Map<String, float[]> vectors(List<String> texts, Set<String> cached) {
    Map<String, String> keys = new LinkedHashMap<>();
    texts.forEach(text -> keys.computeIfAbsent(text, t -> EmbeddingCache.key(modelId, t)));
    Map<String, float[]> found = cache.getAll(keys.values());
    Map<String, float[]> vectors = new HashMap<>();
    Map<String, String> missing = new LinkedHashMap<>();
    keys.forEach((text, key) -> {
      float[] vector = found.get(key);
      if (vector == null) {
        missing.put(text, key);
      } else {
        vectors.put(text, vector);
        cached.add(text);
      }
    });
    if (!missing.isEmpty()) {
      List<String> missingTexts = List.copyOf(missing.keySet());
      var embeddings = embedding.model().embedAll(missingTexts.stream().map(TextSegment::from).toList()).content();
      Map<String, float[]> fresh = new HashMap<>();
      for (int i = 0; i < missingTexts.size(); i++) {
        float[] vector = embeddings.get(i).vector();
        vectors.put(missingTexts.get(i), vector);
        fresh.put(missing.get(missingTexts.get(i)), vector);
      }
      cache.putAll(fresh);
    }
    return vectors;
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
