package org.msan.convene.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The figures a user sees, measured on new processes started as they start them: {@code convene}
 * is the command that runs Convene (the launcher next to the jar, or {@code java} with the same
 * class path), to which {@code ask} and the folders are added.
 */
public final class FreshProcess {

  private static final long TIMEOUT_SECONDS = 600;

  private final List<String> convene;

  /** @param convene the command before {@code ask}, e.g. {@code [target/convene]} */
  public FreshProcess(List<String> convene) {
    this.convene = List.copyOf(convene);
  }

  /** How it was started, for the report. */
  public String command() {
    return String.join(" ", convene);
  }

  /**
   * Seconds from launch to exit of one {@code ask} on an existing index, the median of {@code
   * runs} (the first may find the files out of the page cache).
   */
  public double startupSeconds(Path knowledge, Path data, String question, int runs) {
    double[] seconds = new double[runs];
    for (int i = 0; i < runs; i++) {
      Process process = start(ask(knowledge, data, List.of(question)), ProcessBuilder.Redirect.DISCARD);
      long started = System.nanoTime();
      waitFor(process);
      seconds[i] = (System.nanoTime() - started) / 1e9;
    }
    Arrays.sort(seconds);
    return seconds[runs / 2];
  }

  /**
   * Peak resident memory, in MB, of one {@code ask} process answering {@code questions} from
   * stdin (one process, one index load, as a bot serves them), read from {@code /proc} once the
   * last answer is out; -1 where there is no {@code /proc}.
   */
  public long peakResidentMegabytes(Path knowledge, Path data, List<String> questions) {
    List<String> args = ask(knowledge, data, List.of("--json"));
    Process process = start(args, ProcessBuilder.Redirect.PIPE);
    try (Writer in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      // Written from another thread: a full pipe must not stop both sides.
      Thread feeder = new Thread(() -> feed(in, questions), "bench-questions");
      feeder.setDaemon(true);
      feeder.start();
      for (int answered = 0; answered < questions.size(); answered++) {
        if (out.readLine() == null) {
          throw new IllegalStateException("the ask process ended after " + answered + " answers");
        }
      }
      long peak = peakMegabytes(process.pid());
      process.getOutputStream().close();
      waitFor(process);
      return peak;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void feed(Writer in, List<String> questions) {
    try {
      for (String question : questions) {
        in.write(question.replace('\n', ' ') + "\n");
        in.flush();
      }
    } catch (IOException e) {
      // the process ended; the reader says so
    }
  }

  private List<String> ask(Path knowledge, Path data, List<String> more) {
    List<String> args = new ArrayList<>(convene);
    args.addAll(List.of("ask", "--knowledge", knowledge.toString(), "--data", data.toString()));
    args.addAll(more);
    return args;
  }

  private static Process start(List<String> command, ProcessBuilder.Redirect output) {
    try {
      ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(output)
          .redirectError(ProcessBuilder.Redirect.DISCARD);
      // Extractive answers, as measured: a model configured for this shell must not answer here.
      builder.environment().put("CONVENE_LLM", "none");
      return builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + command.get(0), e);
    }
  }

  private static void waitFor(Process process) {
    try {
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException("a measured process did not end within " + TIMEOUT_SECONDS + " s");
      }
      if (process.exitValue() != 0) {
        throw new IllegalStateException("a measured process failed with exit status " + process.exitValue());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /** VmHWM: the most the process has had resident since it started. */
  private static long peakMegabytes(long pid) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("\\D+", "")) / 1024;
        }
      }
    } catch (IOException | RuntimeException e) {
      return -1;
    }
    return -1;
  }
}
