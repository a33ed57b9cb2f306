package org.msan.convene.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import org.msan.convene.Convene;
import org.msan.convene.answer.Answer;
import org.msan.convene.answer.AnswerService;
import org.msan.convene.bot.AskCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ask}: answers one question, or one per line of stdin with a single index load. */
@Command(name = "ask", mixinStandardHelpOptions = true,
    description = {"Answer a question from the knowledge folder, or one per line of stdin.",
        "A question is at most 500 characters, as in /ask."})
final class AskCli implements Callable<Integer> {

  /** No member: nobody is told when a question asked here gets an answer. */
  static final String CLI_USER = "";

  private final CommonOptions global = new CommonOptions(() -> this.spec);
  @Spec CommandSpec spec;
  @ParentCommand Main main;

  @Option(names = "--json", description = "Print one JSON object per question.")
  boolean json;

  @Option(names = "--top", paramLabel = "K", defaultValue = "5", description = "How many sources to list (default: ${DEFAULT-VALUE}).")
  int top;

  @Parameters(paramLabel = "QUESTION", arity = "0..*", description = "The question; several words are joined.")
  List<String> words;

  @Override
  public Integer call() throws Exception {
    if (top < 1 || top > 50) {
      throw new UsageException("--top must be between 1 and 50");
    }
    // Checked before anything is opened: a question too long is bad usage, like a bad option.
    String question = words == null || words.isEmpty() ? null : checked(String.join(" ", words));
    PrintWriter out = spec.commandLine().getOut();
    AnswerPrinter printer = new AnswerPrinter(out, json);
    try (Convene convene = global.convene()) {
      // Built before the first question: a half-set LLM environment or a broken prompt stops here.
      AnswerService answers = convene.answers();
      // Each question is recorded after its answer: the database opens meanwhile, once the folder
      // is known to be there (a mistyped --knowledge leaves no new data folder behind).
      convene.folder().requireFolder();
      convene.prepareQuestionLog();
      if (question != null) {
        printer.print(ask(answers, convene, question));
        return 0;
      }
      // A line too long is said on stderr and skipped: the other questions are still answered, and the exit is 2.
      int refused = 0;
      BufferedReader in = new BufferedReader(new InputStreamReader(main.in(), StandardCharsets.UTF_8));
      int number = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        try {
          printer.print(ask(answers, convene, checked(line)), true);
        } catch (UsageException e) {
          spec.commandLine().getErr().println("convene: line " + number + ": " + e.getMessage());
          refused++;
        }
        out.flush();
      }
      return refused == 0 ? 0 : CommandLine.ExitCode.USAGE;
    }
  }

  /** The question as /ask takes it (the same length limit and message), or a usage error. */
  private static String checked(String question) {
    if (question.isBlank()) {
      throw new UsageException("the question is empty");
    }
    try {
      return AskCommand.QUESTION_OPTION.checked(question.strip());
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }

  /**
   * Questions asked here are recorded for {@code gaps} too, without an asker. The answer's time
   * leaves out waiting for the index and the embedding model to be ready (the first document
   * question's second or so), so {@code millis} is the time to answer.
   */
  private Answer ask(AnswerService answers, Convene convene, String question) {
    long readyingBefore = convene.readyingNanos();
    Answer answer = answers.answer(question, top);
    long readyingMillis = (convene.readyingNanos() - readyingBefore) / 1_000_000;
    answer = answer.withMillis(Math.max(0, answer.millis() - readyingMillis));
    convene.questionLog().record(CLI_USER, answer);
    return answer;
  }
}
