package org.msan.convene.config;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import org.msan.convene.knowledge.InProcessEmbedding;
import org.msan.convene.reminders.ReminderSchedule;

/**
 * Where Convene finds its documents and keeps its data, and what "today" is. Built once from flags,
 * then environment, then defaults.
 *
 * @param today a fixed date for schedule answers and deadlines, or null for the real date
 * @param llm the language model that writes answers, or {@link LlmSettings#NONE}
 * @param prompts the folder of the LLM's prompt templates
 * @param reminders when reminders go out
 * @param embeddingModel the in-process embedding model, one of {@link InProcessEmbedding#NAMES}
 */
public record Settings(
    Path knowledge, Path data, LocalDate today, ZoneId timeZone, LlmSettings llm, Path prompts,
    ReminderSchedule reminders, String embeddingModel) {

  public static final ZoneId DEFAULT_TIME_ZONE = ZoneId.of("America/Chicago");

  public Settings {
    Objects.requireNonNull(knowledge, "knowledge");
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(timeZone, "timeZone");
    llm = llm == null ? LlmSettings.NONE : llm;
    prompts = prompts == null ? Path.of("prompts") : prompts;
    reminders = reminders == null ? ReminderSchedule.DEFAULT : reminders;
    embeddingModel = embeddingModel == null ? InProcessEmbedding.MINILM : embeddingModel;
    if (!InProcessEmbedding.NAMES.contains(embeddingModel)) {
      throw new IllegalArgumentException("CONVENE_EMBEDDING_MODEL must be one of " + String.join(", ",
          InProcessEmbedding.NAMES) + ", not " + embeddingModel);
    }
  }

  /** Extractive answers, the default prompts folder. */
  public Settings(Path knowledge, Path data, LocalDate today, ZoneId timeZone) {
    this(knowledge, data, today, timeZone, LlmSettings.NONE, Path.of("prompts"), null, null);
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
