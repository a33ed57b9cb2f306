package org.msan.convene.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msan.convene.Convene;
import org.msan.convene.answer.Answer;
import org.msan.convene.answer.AnswerService;
import org.msan.convene.config.Settings;
import org.msan.convene.rsvp.Member;
import org.msan.convene.rsvp.RsvpFixture;
import org.msan.convene.rsvp.RsvpStatus;

/**
 * The commands that read or copy the database, or read the folder, work when the rest is
 * misconfigured: a half-set LLM environment and no prompts folder. They never open the index or
 * the embedding model; only a command that answers with the model checks its settings.
 */
final class LightCommandsTest {

  /** CONVENE_LLM asks for a model, but OPENAI_BASE_URL and CONVENE_LLM_MODEL are missing. */
  private static final Map<String, String> HALF_SET_LLM = Map.of("CONVENE_LLM", "openai", "OPENAI_API_KEY", "sk-test");

  /** Settings of parts the light commands never build, each set wrong. */
  private static final Map<String, String> WRONG_PART_SETTINGS = Map.of("CONVENE_EMBEDDING_MODEL", "gpt-5",
      "CONVENE_QUESTION_RETENTION_DAYS", "soon", "CONVENE_REMINDERS", "weekly", "CONVENE_REMINDER_HOUR", "25");
  private static final String WRONG_RETENTION =
      "CONVENE_QUESTION_RETENTION_DAYS must be a whole number of days from 1 to 36500, e.g. 90, not soon";

  @TempDir Path dir;
  private Path knowledge;
  private Path data;
  private Path noPrompts;

  @BeforeEach
  void setUp() throws Exception {
    knowledge = Files.createDirectories(dir.resolve("knowledge"));
    Files.writeString(knowledge.resolve("events.yaml"), RsvpFixture.EVENTS);
    Files.writeString(knowledge.resolve("cost.md"), "# Cost\n\nThe fee is $20,000 per district team.\n");
    data = dir.resolve("data");
    noPrompts = dir.resolve("no-prompts");
    // An RSVP and an unanswered question, written through the same root, which opens only the database for them.
    try (Convene convene = new Convene(new Settings(knowledge, data, java.time.LocalDate.of(2020, 1, 5),
        Settings.DEFAULT_TIME_ZONE))) {
      convene.rsvps().rsvp(new Member("u1", "Ana"), "open-webinar", RsvpStatus.GOING, 1, "vegetarian");
      convene.questionLog().record("u1", new Answer("Who cooks lunch?", false, AnswerService.NOT_FOUND,
          Answer.EXTRACTIVE, List.of(), 0));
    }
  }

  private CliRun run(Map<String, String> env, List<String> args) {
    return CliRun.of(env, "", args);
  }

  /** The command with the common options before its name, then after its own. */
  private List<CliRun> bothOrders(List<String> command, List<String> own) {
    return bothOrders(command, own, own);
  }

  private List<CliRun> bothOrders(List<String> command, List<String> ownBefore, List<String> ownAfter) {
    List<String> common = List.of("--knowledge", knowledge.toString(), "--data", data.toString(),
        "--prompts", noPrompts.toString());
    return List.of(run(HALF_SET_LLM, Args.of(common, command, ownBefore)),
        run(HALF_SET_LLM, Args.of(command, ownAfter, common)));
  }

  @Test
  @DisplayName("backup, rsvps export, gaps, audit and check pass with a half-set LLM environment and no prompts, "
      + "in either order, and never create the index or the embedding cache")
  void lightCommandsIgnoreTheRest() {
    List<CliRun> backups = bothOrders(List.of("backup"), List.of("--to", dir.resolve("copy-1.db").toString()),
        List.of("--to", dir.resolve("copy-2.db").toString())).stream()
        .map(r -> new CliRun(r.status(), r.out().replaceAll("copy-\\d", "copy"), r.err())).toList();
    List<CliRun> exports = bothOrders(List.of("rsvps", "export"), List.of("--event", "open-webinar", "--format", "json"));
    List<CliRun> gaps = bothOrders(List.of("gaps"), List.of());
    List<CliRun> audits = bothOrders(List.of("audit"), List.of());
    List<CliRun> checks = bothOrders(List.of("check"), List.of());

    for (List<CliRun> runs : List.of(backups, exports, gaps, audits, checks)) {
      for (CliRun run : runs) {
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
      }
      assertThat(runs.get(1).out()).isEqualTo(runs.get(0).out());
    }
    assertThat(backups.get(0).out()).startsWith("Backed up ");
    assertThat(dir.resolve("copy-1.db")).isNotEmptyFile();
    assertThat(dir.resolve("copy-2.db")).isNotEmptyFile();
    assertThat(exports.get(0).out()).contains("\"name\" : \"Ana\"", "\"note\" : \"vegetarian\"");
    assertThat(gaps.get(0).out()).contains("1× Who cooks lunch?");
    assertThat(audits.get(0).out()).contains("No changes have been made");
    assertThat(checks.get(0).out()).contains("OK: 1 document and 4 events, no problems.");
    assertThat(data.resolve("index")).doesNotExist();
    assertThat(data.resolve("embeddings.db")).doesNotExist();
  }

  @Test
  @DisplayName("backup, rsvps export, audit and check pass when the embedding model, the question retention and the "
      + "reminders are set wrong; gaps, which opens the question log, names the wrong retention (exit 2)")
  void lightCommandsIgnoreSettingsTheyDoNotUse() {
    List<String> common = List.of("--knowledge", knowledge.toString(), "--data", data.toString());

    CliRun backup = run(WRONG_PART_SETTINGS, Args.of(common, List.of("backup", "--to", dir.resolve("copy.db").toString())));
    CliRun export = run(WRONG_PART_SETTINGS, Args.of(common, List.of("rsvps", "export", "--event", "open-webinar")));
    CliRun audit = run(WRONG_PART_SETTINGS, Args.of(common, List.of("audit")));
    CliRun check = run(WRONG_PART_SETTINGS, Args.of(common, List.of("check")));
    CliRun gaps = run(WRONG_PART_SETTINGS, Args.of(common, List.of("gaps")));
    Map<String, String> retentionRight = new java.util.HashMap<>(WRONG_PART_SETTINGS);
    retentionRight.remove("CONVENE_QUESTION_RETENTION_DAYS");
    CliRun gapsWithRetention = run(retentionRight, Args.of(common, List.of("gaps")));

    for (CliRun run : List.of(backup, export, audit, check, gapsWithRetention)) {
      assertThat(run.status()).as(run.err()).isZero();
      assertThat(run.err()).isEmpty();
    }
    assertThat(backup.out()).startsWith("Backed up ");
    assertThat(dir.resolve("copy.db")).isNotEmptyFile();
    assertThat(export.out()).contains("Ana");
    assertThat(check.out()).contains("OK: 1 document and 4 events, no problems.");
    assertThat(gapsWithRetention.out()).contains("1× Who cooks lunch?");
    assertThat(gaps.status()).isEqualTo(2);
    assertThat(gaps.err().strip()).isEqualTo("convene: " + WRONG_RETENTION);
    assertThat(gaps.out()).isEmpty();
  }

  @Test
  @DisplayName("ask names a wrong embedding model or question retention in one line (exit 2) before answering")
  void askChecksTheSettingsItUses() {
    List<String> ask = List.of("ask", "--knowledge", knowledge.toString(), "--data", data.toString(),
        "How much is the fee?");
    Map<String, String> retentionOnly = Map.of("CONVENE_QUESTION_RETENTION_DAYS", "soon");

    CliRun wrongModel = run(WRONG_PART_SETTINGS, ask);
    CliRun wrongRetention = run(retentionOnly, ask);

    assertThat(wrongModel.status()).isEqualTo(2);
    assertThat(wrongModel.err().strip()).isEqualTo("convene: CONVENE_EMBEDDING_MODEL must be one of "
        + "all-minilm-l6-v2, bge-small-en-v1.5, not gpt-5");
    assertThat(wrongRetention.status()).isEqualTo(2);
    assertThat(wrongRetention.err().strip()).isEqualTo("convene: " + WRONG_RETENTION);
    assertThat(wrongModel.out()).isEmpty();
    assertThat(wrongRetention.out()).as("nothing answered that could not be recorded").isEmpty();
    assertThat(data.resolve("index")).as("checked before any index work").doesNotExist();
  }

  @Test
  @DisplayName("ask and serve check the LLM settings first and name what is missing (exit 2), or the prompt (exit 1)")
  void answeringChecksTheModelsSettings() {
    CliRun halfSet = run(HALF_SET_LLM, List.of("ask", "--knowledge", knowledge.toString(), "--data", data.toString(),
        "How much is the fee?"));
    CliRun noTemplates = run(Map.of("CONVENE_LLM", "ollama", "OLLAMA_BASE_URL", "http://127.0.0.1:9",
        "CONVENE_LLM_MODEL", "m"), List.of("ask", "--knowledge", knowledge.toString(), "--data", data.toString(),
        "--prompts", noPrompts.toString(), "How much is the fee?"));

    Map<String, String> bot = new java.util.HashMap<>(HALF_SET_LLM);
    bot.put("DISCORD_TOKEN", "MTIzNDU2Nzg5MDEyMzQ1Njc4OQ.GAbCdE.abcdefghijklmnopqrstuvwxyz0123456789AB");
    bot.put("CONVENE_GUILD_ID", "100000000000000001");
    CliRun serve = run(bot, List.of("serve", "--knowledge", knowledge.toString(), "--data", data.toString()));

    assertThat(serve.status()).isEqualTo(2);
    assertThat(serve.err().strip()).isEqualTo("convene: CONVENE_LLM=openai needs OPENAI_BASE_URL and CONVENE_LLM_MODEL");
    assertThat(halfSet.status()).isEqualTo(2);
    assertThat(halfSet.err().strip()).isEqualTo("convene: CONVENE_LLM=openai needs OPENAI_BASE_URL and CONVENE_LLM_MODEL");
    assertThat(noTemplates.status()).isEqualTo(1);
    assertThat(noTemplates.err().strip())
        .isEqualTo("convene: prompt template " + noPrompts.resolve("system.txt") + " is missing or unreadable");
    assertThat(data.resolve("index")).as("checked before any index work").doesNotExist();
  }

  @Test
  @DisplayName("CliRun as an operator would, from a folder without prompts/, backup and check work with a half-set LLM")
  void fromAFolderWithoutPrompts() throws Exception {
    Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));

    for (List<String> args : List.of(List.of("backup", "--to", dir.resolve("copy-3.db").toString()), List.of("check"))) {
      List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-cp", System.getProperty("java.class.path"), Main.class.getName(),
          "--knowledge", knowledge.toString(), "--data", data.toString()));
      command.addAll(args);
      ProcessBuilder builder = new ProcessBuilder(command).directory(elsewhere.toFile()).redirectErrorStream(true);
      builder.environment().putAll(HALF_SET_LLM);
      builder.environment().remove("CONVENE_PROMPTS");
      Process process = builder.start();
      String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);

      assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(process.exitValue()).as(output).isZero();
    }
    assertThat(dir.resolve("copy-3.db")).isNotEmptyFile();
    assertThat(data.resolve("index")).doesNotExist();
  }

  @Test
  @DisplayName("backup, rsvps export, gaps and audit on a data folder without a database fail with one line and "
      + "create none: a mistyped --data is not an empty network")
  void noDatabaseIsAnError() {
    Path elsewhere = dir.resolve("mistyped-data");
    List<String> common = List.of("--knowledge", knowledge.toString(), "--data", elsewhere.toString());
    for (List<String> command : List.of(List.of("backup", "--to", dir.resolve("copy-9.db").toString()),
        List.of("rsvps", "export", "--event", "open-webinar"), List.of("gaps"), List.of("audit"))) {
      CliRun run = run(Map.of(), Args.of(common, command));

      assertThat(run.status()).as(command.get(0)).isEqualTo(1);
      assertThat(run.err().strip()).as(command.get(0))
          .isEqualTo("convene: no database at " + elsewhere.resolve("convene.db")
              + ": nothing has been recorded there yet (is --data right?)");
    }
    assertThat(elsewhere.resolve("convene.db")).doesNotExist();
    assertThat(dir.resolve("copy-9.db")).doesNotExist();
  }
}
