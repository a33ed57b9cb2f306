package org.msan.convene.knowledge;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.nio.file.Path;

/** The real in-process embedding model, loaded once for all tests of a run. */
public final class TestEmbedders {

  private static EmbeddingModel model;

  private TestEmbedders() {}

  public static synchronized EmbeddingModel model() {
    if (model == null) {
      model = new AllMiniLmL6V2QuantizedEmbeddingModel();
    }
    return model;
  }

  /** A real embedder whose cache lives under {@code data}; close the returned cache with the test. */
  public static PassageEmbedder embedder(EmbeddingCache cache) {
    return new PassageEmbedder(model(), "all-minilm-l6-v2-q", cache);
  }

  public static EmbeddingCache cache(Path data) {
    return new EmbeddingCache(data.resolve("embeddings.db"));
  }
}
