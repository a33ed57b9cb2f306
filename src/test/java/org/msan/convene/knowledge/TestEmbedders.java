package org.msan.convene.knowledge;

import java.nio.file.Path;

/** The real in-process embedding model (the default), loaded once for all tests of a run. */
public final class TestEmbedders {

  private static InProcessEmbedding embedding;

  private TestEmbedders() {}

  public static synchronized InProcessEmbedding embedding() {
    if (embedding == null) {
      embedding = InProcessEmbedding.named(InProcessEmbedding.NAMES.get(0));
    }
    return embedding;
  }

  /** A real embedder whose cache lives under {@code data}; close the returned cache with the test. */
  public static PassageEmbedder embedder(EmbeddingCache cache) {
    return new PassageEmbedder(embedding(), cache);
  }

  public static EmbeddingCache cache(Path data) {
    return new EmbeddingCache(data.resolve("embeddings.db"));
  }
}
