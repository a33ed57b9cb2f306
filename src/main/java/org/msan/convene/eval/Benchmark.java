package org.msan.convene.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.msan.convene.Convene;
import org.msan.convene.config.Settings;
import org.msan.convene.knowledge.Chunker;
import org.msan.convene.knowledge.IndexReport;
import org.msan.convene.knowledge.KnowledgeFolder;
import org.msan.convene.knowledge.Section;

/**
 * The performance targets, measured: a synthetic folder of real sentences (taken from the network's
 * own documents and recombined) big enough for the requested number of passages, then warm ask
 * latency, re-index time after one file changes, and resident memory.
 */
public final class Benchmark {

  /** Passages per synthetic file: each file has this many sections of a few sentences. */
  static final int SECTIONS_PER_FILE = 20;
  private static final int SENTENCES_PER_SECTION = 4;

  private final Path work;

  public Benchmark(Path work) {
    this.work = work;
  }

  public record Figures(int passages, double buildSeconds, IndexReport build, int questions, double p50Millis,
      double p99Millis, double reindexSeconds, IndexReport reindex, long residentMegabytes) {}

  /** Writes the synthetic folder from the sentences of {@code source}; the same seed gives the same folder. */
  public Path writeCorpus(Path source, int passages) {
    List<String> sentences = sentences(source);
    if (sentences.size() < SENTENCES_PER_SECTION) {
      throw new IllegalStateException("too few sentences in " + source + " to build a corpus");
    }
    Path folder = work.resolve("knowledge");
    Random random = new Random(42);
    int files = (passages + SECTIONS_PER_FILE - 1) / SECTIONS_PER_FILE;
    try {
      Files.createDirectories(folder);
      for (int f = 0; f < files; f++) {
        StringBuilder text = new StringBuilder("---\ntitle: Synthetic document ").append(f).append("\n---\n");
        for (int s = 0; s < SECTIONS_PER_FILE && f * SECTIONS_PER_FILE + s < passages; s++) {
          text.append("\n## Section ").append(f).append('.').append(s).append("\n\n");
          for (int k = 0; k < SENTENCES_PER_SECTION; k++) {
            text.append(sentences.get(random.nextInt(sentences.size()))).append(' ');
          }
          text.append('\n');
        }
        Files.writeString(folder.resolve("doc-" + f + ".md"), text, StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return folder;
  }

  private static List<String> sentences(Path source) {
    KnowledgeFolder folder = new KnowledgeFolder(source);
    List<String> sentences = new ArrayList<>();
    for (String path : folder.documentFiles()) {
      var read = folder.read(path);
      if (!read.ok()) {
        continue;
      }
      for (Section section : read.document().sections()) {
        for (String sentence : Chunker.sentences(section.text().replace('\n', ' '))) {
          String clean = sentence.strip();
          if (clean.length() > 40 && !clean.startsWith("-")) {
            sentences.add(clean);
          }
        }
      }
    }
    return sentences;
  }

  public Figures run(Settings settings, List<String> questions, int rounds) {
    try (Convene convene = new Convene(settings)) {
      long start = System.nanoTime();
      IndexReport build = convene.refreshIndex();
      double buildSeconds = (System.nanoTime() - start) / 1e9;
      for (int i = 0; i < Math.min(50, questions.size()); i++) {
        convene.answers().answer(questions.get(i), 5);
      }
      long[] nanos = new long[rounds];
      for (int i = 0; i < rounds; i++) {
        long t = System.nanoTime();
        convene.answers().answer(questions.get(i % questions.size()), 5);
        nanos[i] = System.nanoTime() - t;
      }
      Arrays.sort(nanos);
      Path changed = settings.knowledge().resolve("doc-0.md");
      Files.writeString(changed, Files.readString(changed) + "\n## Added\n\nOne new section after an edit.\n");
      long reindexStart = System.nanoTime();
      IndexReport reindex = convene.refreshIndex();
      double reindexSeconds = (System.nanoTime() - reindexStart) / 1e9;
      return new Figures(build.passages(), buildSeconds, build, rounds, nanos[rounds / 2] / 1e6,
          nanos[(int) Math.min(rounds - 1, Math.ceil(rounds * 0.99) - 1)] / 1e6, reindexSeconds, reindex,
          residentMegabytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** This process's resident set size, from /proc (Linux); -1 elsewhere. */
  public static long residentMegabytes() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("\\D+", "")) / 1024;
        }
      }
    } catch (IOException | RuntimeException e) {
      return -1;
    }
    return -1;
  }
}
