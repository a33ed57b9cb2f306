package org.msan.convene.knowledge;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * An embedding model shipped inside the jar, with what its authors say to put before a question.
 * The model itself (tens of MB, about a second) is loaded on first use, so a command that never
 * embeds (a schedule question, {@code check}, {@code backup}) never pays for it; given a folder,
 * it is loaded from files copied there once ({@link ModelFiles}). Closing it frees a model it loaded.
 */
public final class InProcessEmbedding implements AutoCloseable {

  public static final String BGE_SMALL = "bge-small-en-v1.5";
  public static final String MINILM = "all-minilm-l6-v2";
  /** The names {@link #named} accepts, the default first. */
  public static final List<String> NAMES = List.of(MINILM, BGE_SMALL);

  private final String id;
  private final Supplier<EmbeddingModel> loader;
  private final String queryInstruction;
  private final MeaningBounds bounds;
  private EmbeddingModel model;
  private CompletableFuture<EmbeddingModel> loading;
  private boolean closed;

  /**
   * @param id names the model in the embedding cache, so a different model never reuses its vectors
   * @param loader creates the model, once, when it is first needed
   * @param queryInstruction text put before a question (not a passage) when it is embedded; empty for none
   * @param bounds where this model's similarities decide whether to answer
   */
  public InProcessEmbedding(String id, Supplier<EmbeddingModel> loader, String queryInstruction, MeaningBounds bounds) {
    this.id = Objects.requireNonNull(id, "id");
    this.loader = Objects.requireNonNull(loader, "loader");
    this.queryInstruction = Objects.requireNonNull(queryInstruction, "queryInstruction");
    this.bounds = Objects.requireNonNull(bounds, "bounds");
  }

  public String id() {
    return id;
  }

  public String queryInstruction() {
    return queryInstruction;
  }

  public MeaningBounds bounds() {
    return bounds;
  }

  /** The model, loaded now if it was not yet (or waited for, if it is loading in the background). */
  public synchronized EmbeddingModel model() {
    if (closed) {
      throw new IllegalStateException("the embedding model " + id + " is closed");
    }
    if (model == null) {
      model = loading == null ? loader.get() : loaded();
    }
    return model;
  }

  private EmbeddingModel loaded() {
    try {
      return loading.join();
    } catch (CompletionException e) {
      loading = null;
      throw e.getCause() instanceof RuntimeException cause ? cause : e;
    }
  }

  /**
   * Starts loading the model on {@code executor} if nobody has yet, and returns at once: a caller
   * that will need a vector soon lets the load overlap with its other work. Calling it again does
   * nothing.
   */
  public synchronized void loadInBackground(Executor executor) {
    if (model == null && loading == null) {
      loading = CompletableFuture.supplyAsync(loader, executor);
    }
  }

  /** Closes the model if this loaded it; one still loading is closed when it is done. */
  @Override
  public synchronized void close() {
    closed = true;
    if (model != null) {
      closeModel(model);
    } else if (loading != null) {
      loading.thenAccept(InProcessEmbedding::closeModel);
    }
  }

  private static void closeModel(EmbeddingModel loaded) {
    if (loaded instanceof AutoCloseable closeable) {
      try {
        closeable.close();
      } catch (Exception e) {
        // nothing more to free
      }
    }
  }

  /**
   * MiniLM's bound for reading a word no document has as one they have: swept on every dev file
   * (0.55, 0.6, 0.65), 0.6 answered the most, with no off-topic question answered.
   */
  static final double MINILM_SAME_WORD = 0.6;

  /**
   * MiniLM's margin for a sentence that stands out from the other candidates' ({@link
   * MeaningBounds#standsOut}): swept on every dev file (0.05–0.15, the sentence at the answer
   * bound 0.6 or at 0.55), 0.08 answered five more questions and no off-topic one; with the
   * sentence's bound at 0.55, one off-topic question was answered.
   */
  static final double MINILM_STANDS_OUT = 0.08;

  /**
   * bge-small's cosines of single words sit higher and closer together ("kids"/"teachers" 0.72,
   * "kids"/"children" 0.96, "morning"/"day" 0.82): swept on eval/dev.jsonl, dev-members and
   * dev-members2 (0.78, 0.82, 0.85), 0.78 answered an off-topic question ("how do you say good
   * morning in spanish") and 0.82 the most of the rest.
   */
  static final double BGE_SAME_WORD = 0.82;

  /**
   * bge-small's margin for a sentence that stands out ({@link MeaningBounds#standsOut}): its
   * cosines sit closer together than MiniLM's; at its answer bound the rule answered one more dev
   * question and no off-topic one, the same for any margin from 0.02 to 0.1.
   */
  static final double BGE_STANDS_OUT = 0.05;

  /** The model read from the jar each time it is loaded (tests share one per run this way). */
  public static InProcessEmbedding named(String name) {
    return named(name, null);
  }

  /**
   * @param files where the model's files are copied once and loaded from; null to read them
   *     from the jar at each load
   * @throws IllegalArgumentException for a name not in {@link #NAMES}
   */
  public static InProcessEmbedding named(String name, Path files) {
    return switch (name) {
      case BGE_SMALL -> bgeSmallEnV15(files);
      case MINILM -> miniLm(files);
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
  public static InProcessEmbedding bgeSmallEnV15(Path files) {
    return new InProcessEmbedding("bge-small-en-v1.5-q", loader(files, "bge-small-en-v1.5-q", PoolingMode.CLS,
        BgeSmallEnV15QuantizedEmbeddingModel::new), "Represent this sentence for searching relevant passages: ",
        new MeaningBounds(0.82, 0.6, BGE_SAME_WORD, BGE_STANDS_OUT));
  }

  /**
   * all-MiniLM-L6-v2, quantized, the default: half of bge-small's layers, so it meets the latency
   * and memory targets, and with its own bound its extractive answers on eval/test.jsonl are within
   * three questions of bge-small's (README).
   */
  public static InProcessEmbedding miniLm(Path files) {
    return new InProcessEmbedding("all-minilm-l6-v2-q", loader(files, "all-minilm-l6-v2-q", PoolingMode.MEAN,
        AllMiniLmL6V2QuantizedEmbeddingModel::new), "", new MeaningBounds(0.6, 0.4, MINILM_SAME_WORD, MINILM_STANDS_OUT));
  }

  /**
   * Loads the files LangChain4j ships the model in ({@code NAME.onnx}, {@code NAME-tokenizer.json},
   * with its pooling) from {@code files}; LangChain4j's own class, reading them from the jar,
   * when there is no folder or the files cannot be had there.
   */
  private static Supplier<EmbeddingModel> loader(Path files, String name, PoolingMode pooling,
      Supplier<EmbeddingModel> fromJar) {
    if (files == null) {
      return fromJar;
    }
    return () -> ModelFiles.load(files, name + ".onnx", name + "-tokenizer.json", pooling)
        .<EmbeddingModel>map(model -> model).orElseGet(fromJar);
  }
}
