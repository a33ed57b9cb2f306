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
 * then environment, then defaults. The settings of parts only some commands build — the language
 * model, reminders, the embedding model, the question log's retention — are read here but checked
 * by the part that uses them ({@link Setting}, {@link LlmEnvironment}), so a wrong one stops only
 * the commands that need it.
 *
 * @param today a fixed date for schedule answers and RSVP deadlines (never for the times things are
 *     recorded), or null for the real date
 * @param llm the language model's variables, checked only when a command answers with it, or {@link
 *     LlmEnvironment#NONE}
 * @param prompts the folder of the LLM's prompt templates
 * @param reminders when reminders go out (default {@link ReminderSchedule#DEFAULT})
 * @param embeddingModel the in-process embedding model, one of {@link InProcessEmbedding#NAMES}
 *     (default all-MiniLM-L6-v2)
 * @param questionRetention how long the question log keeps who asked and who voted (default 90 days)
 */
public record Settings(
    Path knowledge, Path data, LocalDate today, ZoneId timeZone, LlmEnvironment llm, Path prompts,
    Setting<ReminderSchedule> reminders, Setting<String> embeddingModel, Setting<Duration> questionRetention) {

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
    reminders = reminders == null ? Setting.of(ReminderSchedule.DEFAULT) : reminders;
    embeddingModel = embeddingModel == null ? Setting.of(InProcessEmbedding.MINILM) : embeddingModel;
    questionRetention = questionRetention == null
        ? Setting.of(Duration.ofDays(DEFAULT_QUESTION_RETENTION_DAYS)) : questionRetention;
  }

  /** Extractive answers, the default prompts folder, the other settings' defaults. */
  public Settings(Path knowledge, Path data, LocalDate today, ZoneId timeZone) {
    this(knowledge, data, today, timeZone, LlmEnvironment.NONE, Path.of("prompts"), null, null, null);
  }

  /**
   * {@code CONVENE_EMBEDDING_MODEL}: one of {@link InProcessEmbedding#NAMES}.
   *
   * @param name the setting's value, or null for the default
   * @return the model's name
   * @throws IllegalArgumentException one line naming the setting and what to write
   */
  public static String embeddingModelNamed(String name) {
    if (name == null || name.isBlank()) {
      return InProcessEmbedding.MINILM;
    }
    if (!InProcessEmbedding.NAMES.contains(name.strip())) {
      throw new IllegalArgumentException("CONVENE_EMBEDDING_MODEL must be one of "
          + String.join(", ", InProcessEmbedding.NAMES) + ", not " + name.strip());
    }
    return name.strip();
  }

  /**
   * {@code CONVENE_QUESTION_RETENTION_DAYS}: whole days, at least 1.
   *
   * @param days the setting's value, or null for the default
   * @return the retention
   * @throws IllegalArgumentException one line naming the setting and what to write
   */
  public static Duration questionRetentionDays(String days) {
    if (days == null || days.isBlank()) {
      return Duration.ofDays(DEFAULT_QUESTION_RETENTION_DAYS);
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
   * The clock schedule answers, RSVP deadlines and the calendar's "upcoming" count today from: the
   * wall clock itself, or with {@code today} set, the wall clock moved by whole days to that date at
   * the real time of day. Only "today" moves: when something happened — an RSVP, a question, a
   * teach, an audit line — is always written from the wall clock.
   *
   * @param wallClock the real clock, in {@link #timeZone()}
   */
  public Clock scheduleClock(Clock wallClock) {
    Objects.requireNonNull(wallClock, "wallClock");
    if (today == null) {
      return wallClock;
    }
    LocalDate realToday = LocalDate.now(wallClock);
    return Clock.offset(wallClock, Duration.ofDays(realToday.until(today, ChronoUnit.DAYS)));
  }
}
