package org.msan.convene.cli;

import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.msan.convene.config.LlmEnvironment;
import org.msan.convene.config.Settings;
import org.msan.convene.eval.Benchmark;
import org.msan.convene.eval.EvalQuestion;
import org.msan.convene.eval.FreshProcess;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code bench}: measures the performance targets on a synthetic folder of real sentences. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"Measure answer latency, start-up, re-indexing and memory.",
        "Ask latency (p50/p99, warm), start-up to first answer, re-index after one change and "
        + "resident memory on a synthetic folder built from the knowledge folder's sentences; "
        + "start-up and memory also in new processes started as README runs Convene (target/convene, "
        + "when run from the jar)."})
final class BenchCli implements Callable<Integer> {

  static final String STARTUP_QUESTION = "What is the Learning Partnership approach?";
  private static final int STARTUP_RUNS = 3;

  private final CommonOptions global = new CommonOptions(() -> this.spec);
  @Spec CommandSpec spec;

  @Option(names = "--passages", defaultValue = "10000", description = "Passages in the corpus (default: ${DEFAULT-VALUE}).")
  int passages;

  @Option(names = "--questions", defaultValue = "1000", description = "Timed questions (default: ${DEFAULT-VALUE}).")
  int rounds;

  @Option(names = "--dir", paramLabel = "DIR", defaultValue = "data/bench",
      description = "Where the corpus and its index go; kept, so a second run measures a warm cache (default: ${DEFAULT-VALUE}).")
  Path dir;

  @Override
  public Integer call() throws Exception {
    if (passages < 100 || rounds < 10) {
      throw new UsageException("--passages must be at least 100 and --questions at least 10");
    }
    PrintWriter out = spec.commandLine().getOut();
    Benchmark benchmark = new Benchmark(dir);
    Path corpus = benchmark.writeCorpus(global.settings().knowledge(), passages);
    Settings chosen = global.settings();
    Settings settings = new Settings(corpus, dir.resolve("data"), null, chosen.timeZone(), LlmEnvironment.NONE,
        chosen.prompts(), null, chosen.embeddingModel(), chosen.questionRetention());
    List<String> questions = new ArrayList<>();
    for (EvalQuestion q : EvalCli.read(Path.of("eval/dev.jsonl"))) {
      if (q.today() == null) {
        questions.add(q.q());
      }
    }
    out.println("Building the index of " + passages + " passages (the first run embeds them all; it takes minutes)...");
    out.flush();
    Benchmark.Figures figures = benchmark.run(settings, questions, rounds);
    out.printf(Locale.ROOT, "index: %d passages in %.1f s (%d embedded, %d from cache)%n", figures.passages(),
        figures.buildSeconds(), figures.build().embedded(), figures.build().cached());
    out.printf(Locale.ROOT, "ask, warm, %d questions: p50 %.1f ms, p99 %.1f ms%n", figures.questions(),
        figures.p50Millis(), figures.p99Millis());
    out.printf(Locale.ROOT, "re-index after one file changed: %.2f s (%d passages embedded, %d from cache)%n",
        figures.reindexSeconds(), figures.reindex().embedded(), figures.reindex().cached());
    out.printf(Locale.ROOT, "resident memory of this process after the questions: %d MB%n", figures.residentMegabytes());
    out.flush();
    // The rest as a user runs Convene: new processes, started the way README says.
    FreshProcess fresh = new FreshProcess(convene());
    List<String> asked = new ArrayList<>();
    for (int i = 0; i < rounds; i++) {
      asked.add(questions.get(i % questions.size()));
    }
    out.printf(Locale.ROOT, "resident memory answering %d questions in a new process (%s ask): peak %d MB%n", rounds,
        fresh.command(), fresh.peakResidentMegabytes(settings.knowledge(), settings.data(), asked));
    out.printf(Locale.ROOT, "start-up to first answer (%s ask, new JVM, existing index, median of %d): %.2f s%n",
        fresh.command(), STARTUP_RUNS, fresh.startupSeconds(settings.knowledge(), settings.data(), STARTUP_QUESTION,
            STARTUP_RUNS));
    return 0;
  }

  /**
   * How README runs Convene: the launcher shipped next to the jar (its heap, collector and class
   * archive) when this runs from that jar; else (from classes, in a test) java with this class path.
   */
  static List<String> convene() {
    try {
      Path code = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      Path launcher = code.resolveSibling("convene");
      if (Files.isRegularFile(code) && Files.isExecutable(launcher)) {
        return List.of(launcher.toString());
      }
    } catch (URISyntaxException | RuntimeException e) {
      // not from a file: fall back to java below
    }
    return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
        System.getProperty("java.class.path"), Main.class.getName());
  }
}
