package org.msan.convene.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.msan.convene.Convene;
import org.msan.convene.answer.AnswerService;
import org.msan.convene.eval.EvalQuestion;
import org.msan.convene.eval.EvalReport;
import org.msan.convene.eval.Evaluator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code eval FILE}: measures answers against a question file. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = {"Run a question file and print accuracy, Recall@k, MRR and misses.",
        "FILE has one JSON object a line: q (the question), expect (phrases, one of which a right "
        + "answer contains), and optionally today (YYYY-MM-DD, for schedule questions), abstain (true "
        + "when the documents do not answer it) and kind (a label such as paraphrase; accuracy is "
        + "also given by kind)."})
final class EvalCli implements Callable<Integer> {

  private final CommonOptions global = new CommonOptions(() -> this.spec);
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "The question file (JSONL).")
  Path file;

  @Option(names = "--top", paramLabel = "K", defaultValue = "5", description = "k of Recall@k (default: ${DEFAULT-VALUE}).")
  int k;

  @Override
  public Integer call() throws Exception {
    List<EvalQuestion> questions = read(file);
    PrintWriter out = spec.commandLine().getOut();
    try (Convene convene = global.convene()) {
      AnswerService answers = convene.answers();
      Evaluator evaluator = new Evaluator(
          (question, top) -> question.today() == null
              ? answers.answer(question.q(), top)
              : answers.answer(question.q(), top, question.today()), k);
      EvalReport report = evaluator.run(questions);
      report.misses().forEach(miss -> out.println("MISS " + miss));
      out.printf(Locale.ROOT, "questions: %d%n", report.questions());
      out.printf(Locale.ROOT, "accuracy: %.1f%% (%d/%d)%n", 100 * report.accuracy(), report.correct(), report.questions());
      out.printf(Locale.ROOT, "abstention on off-topic: %.1f%% (%d/%d)%n", 100 * report.abstention(),
          report.offTopicAbstained(), report.offTopic());
      out.printf(Locale.ROOT, "recall@%d: %.3f%n", report.k(), report.recallAtK());
      out.printf(Locale.ROOT, "mrr: %.3f%n", report.mrr());
      if (!report.byKind().isEmpty()) {
        out.println("by kind: " + report.byKindSummary());
      }
    }
    return 0;
  }

  static List<EvalQuestion> read(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new UsageException("question file not found: " + file);
    }
    // Made here, not when the class loads: picocli creates every command to read its options.
    ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());
    List<EvalQuestion> questions = new ArrayList<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("//")) {
        continue;
      }
      try {
        EvalQuestion question = json.readValue(line, EvalQuestion.class);
        if (question.q() == null || question.q().isBlank()) {
          throw new UsageException(file + ":" + (i + 1) + ": missing \"q\"");
        }
        questions.add(question);
      } catch (JsonProcessingException e) {
        throw new UsageException(file + ":" + (i + 1) + ": not a JSON question (" + e.getOriginalMessage() + ")");
      }
    }
    return questions;
  }
}
