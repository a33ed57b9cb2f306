package org.msan.convene.knowledge;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.jar.JarEntry;

/**
 * A model shipped inside the jar, loaded from files: the model and its tokenizer are copied out of
 * the jar once, into a folder of the data directory, and every later start loads them from there.
 * ONNX Runtime then reads the model file itself; a model read from the jar is first inflated into
 * the heap (23 MB for MiniLM), which cost the first answer 0.6 s at every start (README,
 * Performance). A copy is named by the checksum the jar records for the entry, so a new model in a
 * new jar is copied again, never mistaken for the old one.
 */
final class ModelFiles {

  private ModelFiles() {}

  /**
   * The model, or empty when its files cannot be had as files (not in this jar, a data folder that
   * cannot be written): the caller then loads it from the jar as before.
   */
  static Optional<FileModel> load(Path dir, String modelResource, String tokenizerResource, PoolingMode pooling) {
    Optional<Path> model = file(dir, modelResource);
    Optional<Path> tokenizer = file(dir, tokenizerResource);
    if (model.isEmpty() || tokenizer.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new FileModel(model.get(), tokenizer.get(), pooling));
  }

  /** The resource as a file: itself when it is one (classes on disk), else its copy under {@code dir}. */
  static Optional<Path> file(Path dir, String resource) {
    URL url = ModelFiles.class.getClassLoader().getResource(resource);
    if (url == null) {
      return Optional.empty();
    }
    try {
      if (url.getProtocol().equals("file")) {
        return Optional.of(Path.of(url.toURI()));
      }
      if (!(url.openConnection() instanceof JarURLConnection jar)) {
        return Optional.empty();
      }
      JarEntry entry = jar.getJarEntry();
      Path copy = dir.resolve(Long.toHexString(entry.getCrc()) + "-" + resource);
      if (Files.isRegularFile(copy) && Files.size(copy) == entry.getSize()) {
        return Optional.of(copy);
      }
      Files.createDirectories(dir);
      // Another process may copy it at the same time: each writes its own file, then one move wins.
      Path part = Files.createTempFile(dir, resource, ".part");
      try (InputStream in = url.openStream()) {
        Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
      }
      try {
        Files.move(part, copy, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(part, copy, StandardCopyOption.REPLACE_EXISTING);
      }
      return Optional.of(copy);
    } catch (IOException | URISyntaxException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** LangChain4j's in-process model on a session of our own, which {@link #close()} frees. */
  static final class FileModel extends AbstractInProcessEmbeddingModel implements AutoCloseable {

    private final OrtSession session;
    private final OnnxBertBiEncoder encoder;

    FileModel(Path model, Path tokenizer, PoolingMode pooling) {
      super(null);
      OrtEnvironment environment = OrtEnvironment.getEnvironment();
      try {
        session = environment.createSession(model.toString());
      } catch (OrtException e) {
        throw new IllegalStateException("cannot load the embedding model " + model + ": " + e.getMessage(), e);
      }
      try (InputStream in = Files.newInputStream(tokenizer)) {
        encoder = new OnnxBertBiEncoder(environment, session, in, pooling);
      } catch (IOException e) {
        close();
        throw new UncheckedIOException("cannot read the tokenizer " + tokenizer, e);
      }
    }

    @Override
    protected OnnxBertBiEncoder model() {
      return encoder;
    }

    @Override
    public void close() {
      try {
        session.close();
      } catch (OrtException e) {
        // the process keeps going; the session's memory is the runtime's to free
      }
    }
  }
}
