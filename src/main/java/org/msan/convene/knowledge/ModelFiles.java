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
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.jar.JarEntry;

/**
 * A model shipped inside the jar, loaded from files: the model and its tokenizer are copied out of
 * the jar once, into a folder of the data directory, and every later start loads them from there.
 * ONNX Runtime then reads the model file itself; a model read from the jar is first inflated into
 * the heap (23 MB for MiniLM), which cost the first answer 0.6 s at every start (README,
 * Performance). ONNX Runtime's own libraries are kept there too, as its
 * {@code onnxruntime.native.path} allows, instead of being written to a new temporary folder at
 * every start (0.15 s). That also keeps {@code /tmp} clean: ONNX Runtime 1.20 still makes its
 * {@code onnxruntime-java*} folder at every start, but left empty it is deleted at exit, while one
 * it extracted its libraries into outlives them (it asks for the folder's deletion on exit after
 * the files', and the JVM deletes in reverse order, the folder first). A process killed outright
 * leaves its empty folder either way. A copy is named by the checksum the jar records for the entry, so a new
 * model or runtime in a new jar is copied again, never mistaken for the old one.
 */
final class ModelFiles {

  private static final String NATIVE_PATH = "onnxruntime.native.path";

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
    if (System.getProperty(NATIVE_PATH) == null) {
      // Read once, when the runtime first loads; an operator's own setting is left alone.
      runtime(dir).ifPresent(folder -> System.setProperty(NATIVE_PATH, folder.toString()));
    }
    return Optional.of(new FileModel(model.get(), tokenizer.get(), pooling));
  }

  /** The resource as a file: itself when it is one (classes on disk), else its copy under {@code dir}. */
  static Optional<Path> file(Path dir, String resource) {
    return copied(resource, entry -> dir.resolve(Long.toHexString(entry.getCrc()) + "-" + resource));
  }

  /**
   * The folder of ONNX Runtime's two libraries for this machine, as the runtime lays them out in
   * its jar ({@code ai/onnxruntime/native/linux-x64/}); empty on a machine it names otherwise.
   */
  static Optional<Path> runtime(Path dir) {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
    String platform = (os.contains("nux") ? "linux" : os.contains("mac") ? "osx" : os.startsWith("win") ? "win" : "?")
        + "-" + (arch.equals("amd64") || arch.equals("x86_64") ? "x64" : arch);
    String folder = "ai/onnxruntime/native/" + platform + "/";
    String runtime = System.mapLibraryName("onnxruntime");
    String binding = System.mapLibraryName("onnxruntime4j_jni");
    // The runtime changes with every release, and its binding with it: the folder is named by the runtime's checksum.
    Optional<Path> first = copied(folder + runtime,
        entry -> dir.resolve("onnxruntime-" + Long.toHexString(entry.getCrc())).resolve(runtime));
    Optional<Path> second = first.flatMap(lib -> copied(folder + binding, entry -> lib.resolveSibling(binding)));
    return second.map(Path::getParent);
  }

  /**
   * The resource as a file: itself when it is one, else copied out of its jar to {@code target}
   * (unless a copy of the right size is there already).
   */
  private static Optional<Path> copied(String resource, Function<JarEntry, Path> target) {
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
      Path copy = target.apply(entry);
      if (Files.isRegularFile(copy) && Files.size(copy) == entry.getSize()) {
        return Optional.of(copy);
      }
      Path dir = Files.createDirectories(copy.getParent());
      // Another process may copy it at the same time: each writes its own file, then one move wins.
      Path part = Files.createTempFile(dir, copy.getFileName().toString(), ".part");
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
