package org.msan.convene.knowledge;

import java.nio.file.Path;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Before any test runs, points ONNX Runtime at its libraries copied once into
 * {@code target/test-models}, as the app points it at {@code data/models} ({@link ModelFiles}).
 * Left to load them from its jar, as it does for a model read from the jar ({@link TestEmbedders}),
 * ONNX Runtime 1.20 extracts them into a new {@code /tmp/onnxruntime-java*} folder in every test
 * JVM; at exit it deletes that folder before the files in it, so the folder stays behind, empty.
 * Registered in {@code META-INF/services}; a setting given on the command line is left alone.
 */
public final class OnnxRuntimeFromFolder implements LauncherSessionListener {

  static final String NATIVE_PATH = "onnxruntime.native.path";

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    if (System.getProperty(NATIVE_PATH) == null) {
      ModelFiles.runtime(Path.of("target", "test-models").toAbsolutePath())
          .ifPresent(folder -> System.setProperty(NATIVE_PATH, folder.toString()));
    }
  }
}
