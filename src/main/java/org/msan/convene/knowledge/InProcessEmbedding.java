package org.msan.convene.knowledge;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.util.List;
import java.util.Objects;

/**
 * An embedding model shipped inside the jar, with what its authors say to put before a question.
 *
 * @param id names the model in the embedding cache, so a different model never reuses its vectors
 * @param queryInstruction text put before a question (not a passage) when it is embedded; empty for none
 * @param minConfidence the bound a passage's similarity plus 0.4 times its coverage must reach to answer
 *     on meaning: each model's cosines sit in a band of their own, so each has its own bound, swept on
 *     eval/dev.jsonl and eval/dev-members.jsonl
 */
public record InProcessEmbedding(String id, EmbeddingModel model, String queryInstruction, double minConfidence) {

  public static final String BGE_SMALL = "bge-small-en-v1.5";
  public static final String MINILM = "all-minilm-l6-v2";
  /** The names {@link #named} accepts, the default first. */
  public static final List<String> NAMES = List.of(MINILM, BGE_SMALL);

  public InProcessEmbedding {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(queryInstruction, "queryInstruction");
  }

  /** @throws IllegalArgumentException for a name not in {@link #NAMES} */
  public static InProcessEmbedding named(String name) {
    return switch (name) {
      case BGE_SMALL -> bgeSmallEnV15();
      case MINILM -> miniLm();
      default -> throw new IllegalArgumentException("unknown embedding model " + name + " (choose one of "
          + String.join(", ", NAMES) + ")");
    };
  }

  /**
   * bge-small-en-v1.5, quantized, with the query instruction from its model card. Measured against
   * all-MiniLM-L6-v2 and e5-small-v2 (with "query: "/"passage: ") on the held-out eval/test.jsonl,
   * threshold-free, it ranks the passage that holds the answer first for 83% of questions (MiniLM
   * 59%, e5 77%) and in the top 3 for 98% (84%, 91%): the better choice with an LLM, which reads the
   * top passages. It costs twice MiniLM's time per question and about 100 MB more (README).
   */
  public static InProcessEmbedding bgeSmallEnV15() {
    return new InProcessEmbedding("bge-small-en-v1.5-q", new BgeSmallEnV15QuantizedEmbeddingModel(),
        "Represent this sentence for searching relevant passages: ", 0.82);
  }

  /**
   * all-MiniLM-L6-v2, quantized, the default: half of bge-small's layers, so it meets the latency
   * and memory targets, and with its own bound its extractive answers on eval/test.jsonl are within
   * three questions of bge-small's (README).
   */
  public static InProcessEmbedding miniLm() {
    return new InProcessEmbedding("all-minilm-l6-v2-q", new AllMiniLmL6V2QuantizedEmbeddingModel(), "", 0.6);
  }
}
