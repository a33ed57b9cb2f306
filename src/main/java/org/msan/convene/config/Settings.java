package org.msan.convene.config;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.msan.convene.knowledge.InProcessEmbedding;
import org.msan.convene.reminders.ReminderSchedule;

/**
 * Where Convene finds its documents and keeps its data, and what "today" is. Built once from flags,
 * then environment, then defaults.
 *
 * @param today a fixed date for schedule answers and deadlines, or null for the real date
 * @param llm the language model's variables, checked only when a command answers with it, or {@link
 *     LlmEnvironment#NONE}
 * @param prompts the folder of the LLM's prompt templates
 * @param reminders when reminders go out
 * @param embeddingModel the in-process embedding model, one of {@link InProcessEmbedding#NAMES}
 * @param questionRetention how long the question log keeps who asked and who voted (default 90 days)
 */
public record Settings(
    Path knowledge, Path data, LocalDate today, ZoneId timeZone, LlmEnvironment llm, Path prompts,
    ReminderSchedule reminders, String embeddingModel, Duration questionRetention) {

  public static final ZoneId DEFAULT_TIME_ZONE = ZoneId.of("America/Chicago");
  public static final int DEFAULT_QUESTION_RETENTION_DAYS = 90;
  /** A hundred years: beyond any retention meant, and far from overflowing an {@link java.time.Instant}. */
  private static final long MAX_QUESTION_RETENTION_DAYS = 36_500;

  public Settings {
    Objects.requireNonNull(knowledge, "knowledge");
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(timeZone, "timeZone");
    llm = llm == null ? LlmEnvironment.NONE : llm;
    prompts = prompts == null ? Path.of("prompts") : prompts;
    reminders = reminders == null ? ReminderSchedule.DEFAULT : reminders;
    embeddingModel = embeddingModel == null ? InProcessEmbedding.MINILM : embeddingModel;
    if (!InProcessEmbedding.NAMES.contains(embeddingModel)) {
      throw new IllegalArgumentException("CONVENE_EMBEDDING_MODEL must be one of " + String.join(", ",
          InProcessEmbedding.NAMES) + ", not " + embeddingModel);
    }
    questionRetention = questionRetention == null ? Duration.ofDays(DEFAULT_QUESTION_RETENTION_DAYS) : questionRetention;
    if (questionRetention.isNegative() || questionRetention.isZero()) {
      throw new IllegalArgumentException("the question retention must be positive, not " + questionRetention);
    }
  }

  /** Extractive answers, the default prompts folder. */
  public Settings(Path knowledge, Path data, LocalDate today, ZoneId timeZone) {
    this(knowledge, data, today, timeZone, LlmEnvironment.NONE, Path.of("prompts"), null, null, null);
  }

  /**
   * {@code CONVENE_QUESTION_RETENTION_DAYS}: whole days, at least 1.
   *
   * @param days the setting's value, or null for the default
   * @return null for the default
   * @throws IllegalArgumentException one line naming the setting and what to write
   */
  public static Duration questionRetentionDays(String days) {
    if (days == null || days.isBlank()) {
      return null;
    }
    try {
      long value = Long.parseLong(days.strip());
      if (value >= 1 && value <= MAX_QUESTION_RETENTION_DAYS) {
        return Duration.ofDays(value);
      }
    } catch (NumberFormatException e) {
      // the message below says what to write
    }
    throw new IllegalArgumentException("CONVENE_QUESTION_RETENTION_DAYS must be a whole number of days from 1 to "
        + MAX_QUESTION_RETENTION_DAYS + ", e.g. " + DEFAULT_QUESTION_RETENTION_DAYS + ", not " + days.strip());
  }

  public Path indexDir() {
    return data.resolve("index");
  }

  public Path database() {
    return data.resolve("convene.db");
  }

  /**
   * The clock every date decision uses. With {@code today} set it runs from that date at the real
   * time of day, so records still get distinct, ordered times.
   */
  public Clock clock() {
    Clock system = Clock.system(timeZone);
    if (today == null) {
      return system;
    }
    LocalDate realToday = LocalDate.now(system);
    return Clock.offset(system, Duration.ofDays(realToday.until(today, ChronoUnit.DAYS)));
  }
}
