package org.msan.convene.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msan.convene.bot.AskCommand;
import org.msan.convene.config.Settings;
import org.msan.convene.knowledge.TestFiles;

final class MainTest {

  @TempDir Path data;
  @TempDir Path broken;

  private CliRun runWithInput(String stdin, String... args) {
    return CliRun.of(System.getenv(), stdin, List.of(args));
  }

  private CliRun run(String... args) {
    return runWithInput("", args);
  }

  @Test
  @DisplayName("The common options work before the command as after it, with the same meaning")
  void commonOptionsBeforeOrAfter() {
    CliRun before = run("--data", data.toString(), "--today", "2019-11-15", "ask", "When is the next in-person convening?");
    CliRun after = run("ask", "--data", data.toString(), "--today", "2019-11-15", "When is the next in-person convening?");

    assertThat(before.status()).isZero();
    assertThat(before.out()).isEqualTo(after.out()).contains("January 2020");
    assertThat(run("--data", data.toString(), "check").status()).isZero();
    assertThat(run("--today", "soon", "check").status()).isEqualTo(2);
  }

  @Test
  @DisplayName("ask --json prints one object per question in the documented shape: sources in rank order, "
      + "each with its BM25 score, and millis the time to answer, not to build the index")
  void askJson() throws Exception {
    long started = System.nanoTime();
    CliRun run = run("ask", "--data", data.toString(), "--json", "--top", "3", "What is the Learning Partnership approach?");
    long elapsedMillis = (System.nanoTime() - started) / 1_000_000;

    assertThat(run.status()).isZero();
    JsonNode answer = new ObjectMapper().readTree(run.out());
    List<String> fields = new ArrayList<>();
    answer.fieldNames().forEachRemaining(fields::add);
    assertThat(fields).containsExactly("question", "answered", "answer", "mode", "sources", "millis");
    assertThat(answer.get("answered").asBoolean()).isTrue();
    assertThat(answer.get("sources")).hasSize(3);
    List<String> sourceFields = new ArrayList<>();
    answer.get("sources").get(0).fieldNames().forEachRemaining(sourceFields::add);
    assertThat(sourceFields).containsExactly("rank", "path", "title", "section", "bm25", "snippet");
    assertThat(answer.get("sources").get(0).get("path").asText()).isEqualTo("midwest-district-network.md");
    for (int i = 0; i < 3; i++) {
      assertThat(answer.get("sources").get(i).get("rank").asInt()).isEqualTo(i + 1);
      assertThat(answer.get("sources").get(i).get("bm25").asDouble()).isNotNegative();
    }
    // The data folder was empty: this run embedded every passage and loaded the model, seconds that
    // are not the answer's (about a tenth of them on this project's machine).
    assertThat(answer.get("millis").asLong()).isNotNegative().isLessThan(elapsedMillis / 2);
  }

  @Test
  @DisplayName("ask with no question answers each line of stdin in one process")
  void askBatch() {
    CliRun run = runWithInput("What are MSAN's core values?\n\nWhat is the capital of France?\n",
        "ask", "--data", data.toString(), "--json");

    assertThat(run.status()).isZero();
    assertThat(run.out().lines().toList()).hasSize(2)
        .satisfiesExactly(l -> assertThat(l).contains("\"answered\":true"), l -> assertThat(l).contains("\"answered\":false"));
    assertThat(run("gaps", "--data", data.toString()).out()).contains("1× What is the capital of France?");
  }

  @Test
  @DisplayName("ask's batch for people gives each answer under its question")
  void askBatchForPeople() {
    CliRun run = runWithInput("What are MSAN's core values?\nWhat is the capital of France?\n", "ask", "--data", data.toString());

    assertThat(run.status()).isZero();
    assertThat(run.out()).startsWith("> What are MSAN's core values?\n").contains("\n> What is the capital of France?\nI couldn't find");
  }

  @Test
  @DisplayName("A question too long for /ask is bad usage for ask too: the same one line, exit 2; a batch skips only that line")
  void questionTooLong() {
    String pasted = "Why is the sky blue? ".repeat(300).strip();

    CliRun asked = run("ask", "--data", data.toString(), pasted);
    CliRun batch = runWithInput("What is the capital of France?\n" + pasted + "\n",
        "ask", "--data", data.toString(), "--json");

    assertThat(asked.status()).isEqualTo(2);
    assertThat(asked.out()).isEmpty();
    assertThat(asked.err().strip()).isEqualTo("convene: question is 6,299 characters; keep it to 500.");
    assertThatThrownBy(() -> AskCommand.QUESTION_OPTION.checked(pasted)).as("the message chat and Discord give")
        .hasMessage("question is 6,299 characters; keep it to 500.");
    assertThat(batch.status()).isEqualTo(2);
    assertThat(batch.out().lines().toList()).hasSize(1).allSatisfy(l -> assertThat(l).contains("capital of France"));
    assertThat(batch.err().strip()).isEqualTo("convene: line 2: question is 6,299 characters; keep it to 500.");
  }

  @Test
  @DisplayName("--help lists each command with a complete short sentence; eval --help names every field of a question line")
  void helpSummaries() {
    var commands = Main.commandLine(System.in, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
        Map.of()).getSubcommands();
    CliRun help = run("--help");
    CliRun eval = run("eval", "--help");

    assertThat(commands.keySet()).contains("ask", "chat", "serve", "web", "bench", "eval");
    commands.forEach((name, command) -> {
      // picocli shows the first line of the description in the list of commands
      String summary = command.getCommandSpec().usageMessage().description()[0];
      assertThat(summary).as(name).endsWith(".").doesNotEndWith(";.").hasSizeLessThanOrEqualTo(90)
          .matches("[A-Z].*");
      assertThat(help.out().replaceAll("\\s+", " ")).as(name).contains(name + " " + summary);
    });
    assertThat(eval.out()).contains(" q ", "expect", "today", "abstain", "kind");
  }

  @Test
  @DisplayName("Bad usage exits 2 with one line; no stack trace")
  void badUsage() {
    CliRun unknown = run("ask", "--bogus", "x");
    CliRun badDate = run("ask", "--today", "2020-13-45", "x");
    CliRun missingFile = run("eval", "--data", data.toString(), "no-such-file.jsonl");
    CliRun noCommand = run();

    assertThat(unknown.status()).isEqualTo(2);
    assertThat(badDate.status()).isEqualTo(2);
    assertThat(missingFile.status()).isEqualTo(2);
    assertThat(missingFile.err().strip()).isEqualTo("convene: question file not found: no-such-file.jsonl");
    assertThat(noCommand.status()).isEqualTo(2);
    assertThat(noCommand.err().strip()).isEqualTo("convene: missing command (see 'convene --help')");
    CliRun unknownCommand = run("frobnicate");
    assertThat(unknownCommand.status()).isEqualTo(2);
    assertThat(unknownCommand.err().strip()).isEqualTo("convene: unknown command 'frobnicate' (see 'convene --help')");
    for (CliRun run : List.of(unknown, badDate, missingFile, noCommand, unknownCommand)) {
      assertThat(run.err()).doesNotContain("Exception", "\tat ");
    }
  }

  @Test
  @DisplayName("CONVENE_QUESTION_RETENTION_DAYS takes whole days (default 90); anything else is bad usage")
  void questionRetentionSetting() {
    StringWriter err = new StringWriter();
    int status = Main.execute(new String[] {"gaps", "--data", data.toString()}, new ByteArrayInputStream(new byte[0]),
        new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), Map.of("CONVENE_QUESTION_RETENTION_DAYS", "soon"));

    assertThat(status).isEqualTo(2);
    assertThat(err.toString().strip()).isEqualTo("convene: CONVENE_QUESTION_RETENTION_DAYS must be a whole number of days "
        + "from 1 to 36500, e.g. 90, not soon");
    assertThat(Settings.questionRetentionDays("30")).isEqualTo(Duration.ofDays(30));
    assertThatThrownBy(() -> Settings.questionRetentionDays("0")).hasMessageContaining("from 1 to 36500");
    assertThat(new Settings(data, data, null, Settings.DEFAULT_TIME_ZONE).questionRetention().value())
        .isEqualTo(Duration.ofDays(90));
  }

  @Test
  @DisplayName("A missing knowledge folder is a runtime failure: exit 1, one line")
  void missingFolder() {
    java.nio.file.Path newData = data.resolve("new-data");
    CliRun run = run("ask", "--knowledge", data.resolve("nope").toString(), "--data", newData.toString(), "hello");

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err().strip()).startsWith("convene: knowledge folder not found").doesNotContain("\n");
    // Nothing started in the background goes on writing after the error, nor leaves a data folder.
    assertThat(newData).doesNotExist();
  }

  @Test
  @DisplayName("check passes on the shipped folder")
  void checkShippedFolder() {
    CliRun run = run("check");

    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("OK: 3 documents and 9 events, no problems.");
  }

  @Test
  @DisplayName("check names a broken PDF, bad front matter, an empty file, an impossible date, a bad line of synonyms"
      + " and a bad event, each once, exits 1; ask still answers")
  void checkBrokenFolder() throws Exception {
    TestFiles.write(broken, "good.md", "# Cost\n\nThe fee is $20,000 per district team.\n");
    TestFiles.write(broken, "bad.md", "---\ntitle: [unclosed\n---\nText\n");
    Files.write(broken.resolve("broken.pdf"), "not a pdf".getBytes(StandardCharsets.UTF_8));
    TestFiles.write(broken, "events.yaml", "events:\n  - id: ok\n    title: OK\n    start: 2020-01\n  - id: bad\n    title: Bad\n    start: soon\n");
    TestFiles.write(broken, "empty.md", "");
    TestFiles.write(broken, "dated.md", "---\ntitle: Dated\nupdated: 2026-13-01\n---\nParking is free.\n");
    TestFiles.write(broken, "synonyms.txt", "cost, price,, \nfee, charge\n");

    CliRun check = run("check", "--knowledge", broken.toString());
    CliRun ask = run("ask", "--knowledge", broken.toString(), "--data", data.toString(), "How much is the fee?");

    assertThat(check.status()).isEqualTo(1);
    assertThat(check.out()).contains("bad.md:2: bad front matter", "broken.pdf: not a readable PDF",
        "events.yaml:7: event 'bad': start 'soon' is not a date", "empty.md: no text in the file",
        "dated.md:3: updated: '2026-13-01' is not a real date", "synonyms.txt:1: cannot read this group of synonyms",
        "6 problems; 2 documents and 1 event are in use.");
    assertThat(check.out().split("events.yaml:7", -1)).as("the calendar's problem said once").hasSize(2);
    assertThat(check.err()).isEmpty();
    assertThat(ask.status()).isZero();
    assertThat(ask.out()).contains("$20,000");
  }

  @Test
  @DisplayName("index prints what it did, and a second run re-reads nothing")
  void indexTwice() {
    CliRun first = run("index", "--data", data.toString());
    CliRun second = run("index", "--data", data.toString());

    assertThat(first.out()).contains("Indexed 3 documents", "3 added");
    assertThat(second.out()).contains("0 added, 0 changed, 0 removed", "0 passages embedded");
  }

  @Test
  @DisplayName("eval reports accuracy, abstention, Recall@k and MRR")
  void evalReports() throws Exception {
    Path questions = data.resolve("q.jsonl");
    Files.writeString(questions, """
        {"q": "How much does the network cost?", "expect": ["$20,000"]}
        {"q": "When is the next in-person convening?", "today": "2019-11-15", "expect": ["January 2020"]}
        {"q": "What is the capital of France?", "expect": [], "abstain": true}
        """);

    CliRun run = run("eval", "--data", data.toString(), questions.toString());

    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("accuracy: 100.0% (3/3)", "abstention on off-topic: 100.0% (1/1)", "recall@5:", "mrr:");
  }
}
