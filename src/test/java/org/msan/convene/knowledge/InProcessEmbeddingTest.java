package org.msan.convene.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.model.embedding.EmbeddingModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Both shipped models, for real: each ranks the passage that answers a paraphrase above one that
 * doesn't; and the model is loaded once, in the background or when first needed.
 */
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

        assertThat(PassageIndex.cosine(question, vectors.get(0).passage())).as(name)
            .isGreaterThan(PassageIndex.cosine(question, vectors.get(1).passage()));
      }
    }
  }

  @Test
  @DisplayName("An unknown model name is refused with the names to choose from")
  void unknownName() {
    assertThatThrownBy(() -> InProcessEmbedding.named("gpt-embeddings"))
        .hasMessageContaining("all-minilm-l6-v2").hasMessageContaining("bge-small-en-v1.5");
  }

  @Test
  @DisplayName("Given a folder, the model is copied there once and loaded from the files, with the jar's vectors")
  void loadedFromCopiedFiles() throws Exception {
    Path models = data.resolve("models");
    String question = "how much do we have to pay to join";
    float[] fromJar = TestEmbedders.embedding().model().embed(question).content().vector();

    try (InProcessEmbedding fromFiles = InProcessEmbedding.named(InProcessEmbedding.MINILM, models)) {
      assertThat(fromFiles.model()).isInstanceOf(ModelFiles.FileModel.class);
      assertThat(fromFiles.model().embed(question).content().vector()).containsExactly(fromJar);
    }
    Path copy;
    try (var files = Files.list(models)) {
      copy = files.filter(f -> f.toString().endsWith(".onnx")).findFirst().orElseThrow();
    }
    FileTime copied = Files.getLastModifiedTime(copy);
    Files.setLastModifiedTime(copy, FileTime.fromMillis(copied.toMillis() - 60_000));

    assertThat(ModelFiles.file(models, "all-minilm-l6-v2-q.onnx")).contains(copy);
    assertThat(Files.getLastModifiedTime(copy).toMillis()).as("not copied again").isEqualTo(copied.toMillis() - 60_000);
    Files.writeString(copy, "cut short");
    assertThat(ModelFiles.file(models, "all-minilm-l6-v2-q.onnx")).contains(copy);
    assertThat(Files.size(copy)).as("a damaged copy is replaced").isGreaterThan(1_000_000);
    assertThat(ModelFiles.file(models, "no-such-model.onnx")).isEmpty();
  }

  @Test
  @DisplayName("ONNX Runtime's libraries for this machine are copied once into one folder, under the names it loads")
  void runtimeCopiedOnce() throws Exception {
    Path models = data.resolve("models");

    Path folder = ModelFiles.runtime(models).orElseThrow();
    FileTime copied = Files.getLastModifiedTime(folder.resolve(System.mapLibraryName("onnxruntime")));

    assertThat(folder.getParent()).isEqualTo(models);
    assertThat(folder.resolve(System.mapLibraryName("onnxruntime"))).isNotEmptyFile();
    assertThat(folder.resolve(System.mapLibraryName("onnxruntime4j_jni"))).isNotEmptyFile();
    assertThat(ModelFiles.runtime(models)).contains(folder);
    assertThat(Files.getLastModifiedTime(folder.resolve(System.mapLibraryName("onnxruntime")))).isEqualTo(copied);
  }

  @Test
  @DisplayName("A model loaded in the background is loaded once, and a question waits for it rather than loading it again")
  void backgroundLoadOnce() throws Exception {
    AtomicInteger loads = new AtomicInteger();
    CompletableFuture<Void> release = new CompletableFuture<>();
    InProcessEmbedding embedding = new InProcessEmbedding("real", () -> {
      loads.incrementAndGet();
      release.join();
      return TestEmbedders.embedding().model();
    }, "", new MeaningBounds(0.6, 0.4, 0.6, 0.08));
    ExecutorService background = Executors.newSingleThreadExecutor();
    try {
      embedding.loadInBackground(background);
      embedding.loadInBackground(background);
      release.complete(null);

      EmbeddingModel model = embedding.model();

      assertThat(model).isSameAs(TestEmbedders.embedding().model());
      assertThat(embedding.model()).isSameAs(model);
      assertThat(loads).hasValue(1);
    } finally {
      background.shutdownNow();
    }
  }

  @Test
  @DisplayName("A background load that fails is reported to the question that needs the model; the next one loads it again")
  void failedBackgroundLoad() {
    AtomicInteger loads = new AtomicInteger();
    InProcessEmbedding embedding = new InProcessEmbedding("flaky", () -> {
      if (loads.incrementAndGet() == 1) {
        throw new IllegalStateException("no space left for the runtime");
      }
      return TestEmbedders.embedding().model();
    }, "", new MeaningBounds(0.6, 0.4, 0.6, 0.08));
    ExecutorService background = Executors.newSingleThreadExecutor();
    try {
      embedding.loadInBackground(background);

      assertThatThrownBy(embedding::model).hasMessage("no space left for the runtime");
      assertThat(embedding.model()).isSameAs(TestEmbedders.embedding().model());
      assertThat(loads).hasValue(2);
    } finally {
      background.shutdownNow();
    }
  }

  private static Passage passage(String heading, String text) {
    return new Passage(heading, "network.md", "The Network", "", "", java.util.List.of(heading), 0, text);
  }
}
