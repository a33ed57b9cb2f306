package org.msan.convene.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.msan.convene.config.LlmEnvironment;
import org.msan.convene.config.Setting;
import org.msan.convene.config.Settings;
import org.msan.convene.reminders.ReminderSchedule;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The options every command takes, declared once on {@code convene} and inherited by its
 * subcommands (before or after the subcommand's name); flags win over the environment, which wins
 * over defaults.
 */
final class GlobalOptions {

  @Option(scope = ScopeType.INHERIT, names = "--knowledge", paramLabel = "DIR", defaultValue = "${env:CONVENE_KNOWLEDGE:-knowledge}",
      description = "The knowledge folder (env CONVENE_KNOWLEDGE, default: ${DEFAULT-VALUE}).")
  Path knowledge;

  @Option(scope = ScopeType.INHERIT, names = "--data", paramLabel = "DIR", defaultValue = "${env:CONVENE_DATA:-data}",
      description = "Where the index and the database live (env CONVENE_DATA, default: ${DEFAULT-VALUE}).")
  Path data;

  @Option(scope = ScopeType.INHERIT, names = "--today", paramLabel = "YYYY-MM-DD", defaultValue = "${env:CONVENE_TODAY}",
      description = "Fix today's date for schedule answers and RSVP deadlines; what is recorded keeps the real time (env CONVENE_TODAY).")
  LocalDate today;

  @Option(scope = ScopeType.INHERIT, names = "--time-zone", paramLabel = "ZONE", defaultValue = "${env:CONVENE_TIME_ZONE:-America/Chicago}",
      description = "The network's time zone (env CONVENE_TIME_ZONE, default: ${DEFAULT-VALUE}).")
  ZoneId timeZone;

  @Option(scope = ScopeType.INHERIT, names = "--prompts", paramLabel = "DIR", defaultValue = "${env:CONVENE_PROMPTS:-prompts}",
      description = "The LLM prompt templates (env CONVENE_PROMPTS, default: ${DEFAULT-VALUE}).")
  Path prompts;

  /**
   * The settings from these options and {@code env}. The settings of parts only some commands build
   * are kept with what is wrong with them, unchecked: the part that uses one checks it when it is
   * built ({@link Setting}, {@link LlmEnvironment}), so a wrong value stops only the commands that
   * need it, with a one-line message and exit status 2.
   */
  Settings settings(Map<String, String> env) {
    return new Settings(knowledge, data, today, timeZone, LlmEnvironment.of(env), prompts,
        Setting.read(() -> ReminderSchedule.parse(env.get("CONVENE_REMINDERS"), env.get("CONVENE_REMINDER_HOUR"))),
        Setting.read(() -> Settings.embeddingModelNamed(env.get("CONVENE_EMBEDDING_MODEL"))),
        Setting.read(() -> Settings.questionRetentionDays(env.get("CONVENE_QUESTION_RETENTION_DAYS"))));
  }
}
