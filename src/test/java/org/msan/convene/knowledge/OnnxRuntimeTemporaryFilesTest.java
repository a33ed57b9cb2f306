package org.msan.convene.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msan.convene.cli.Main;

/**
 * ONNX Runtime loads its libraries from a folder Convene keeps, so no start leaves a
 * {@code onnxruntime-java*} folder in the temporary folder: not the app's, nor the tests' JVM.
 */
final class OnnxRuntimeTemporaryFilesTest {

  @TempDir Path dir;

  @Test
  @DisplayName("An ask that loads the model, run as its own process, leaves nothing in the temporary folder")
  void askLeavesNoTemporaryFolder() throws Exception {
    Path knowledge = dir.resolve("knowledge");
    TestFiles.write(knowledge, "partnership.md",
        "# Learning Partnership\n\nThe Learning Partnership is an inquiry-based approach to change in schools.\n");
    Path temporary = Files.createDirectories(dir.resolve("tmp"));
    ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Djava.io.tmpdir=" + temporary, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
        "ask", "--knowledge", knowledge.toString(), "--data", dir.resolve("data").toString(),
        "What is the Learning Partnership approach?").redirectErrorStream(true);
    builder.environment().keySet().removeIf(name -> name.startsWith("CONVENE_") || name.equals("JAVA_TOOL_OPTIONS"));

    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    assertThat(output).contains("inquiry-based approach");
    try (Stream<Path> left = Files.list(temporary)) {
      assertThat(left.map(path -> path.getFileName().toString()).toList()).as("left in the temporary folder")
          .noneMatch(name -> name.startsWith("onnxruntime-java"));
    }
  }

  @Test
  @DisplayName("The tests' own JVM loads ONNX Runtime from target/test-models, not from a new temporary folder")
  void testsLoadTheRuntimeFromAFolder() {
    String folder = System.getProperty(OnnxRuntimeFromFolder.NATIVE_PATH);

    assertThat(folder).isNotNull();
    assertThat(Path.of(folder)).startsWith(Path.of("target", "test-models").toAbsolutePath());
    assertThat(List.of(System.mapLibraryName("onnxruntime"), System.mapLibraryName("onnxruntime4j_jni")))
        .allSatisfy(library -> assertThat(Path.of(folder).resolve(library)).isNotEmptyFile());
  }
}
