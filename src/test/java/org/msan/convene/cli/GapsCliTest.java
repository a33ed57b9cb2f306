package org.msan.convene.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msan.convene.Convene;
import org.msan.convene.answer.Answer;
import org.msan.convene.answer.AnswerService;
import org.msan.convene.config.Settings;

/** {@code gaps --days N} counts back from now by the real clock, the one questions are recorded by; {@code --today} does not move it. */
final class GapsCliTest {

  @TempDir Path dir;
  private Path knowledge;
  private Path data;

  @BeforeEach
  void setUp() throws Exception {
    knowledge = Files.createDirectories(dir.resolve("knowledge"));
    data = dir.resolve("data");
    // Each question asked by a process run with --today years back; they are recorded when they were really asked.
    ask(Duration.ofDays(30), "Who cooks lunch?");
    ask(Duration.ofDays(3), "Is there a dress code?");
  }

  private void ask(Duration ago, String question) throws Exception {
    Clock then = Clock.offset(Clock.system(Settings.DEFAULT_TIME_ZONE), ago.negated());
    try (Convene convene = new Convene(new Settings(knowledge, data, LocalDate.of(2020, 1, 12),
        Settings.DEFAULT_TIME_ZONE), then)) {
      convene.questionLog().record("u1", new Answer(question, false, AnswerService.NOT_FOUND, Answer.EXTRACTIVE,
          List.of(), 0));
    }
  }

  private CliRun gaps(String... own) {
    return CliRun.of(Map.of(), "", Args.of(List.of("gaps", "--knowledge", knowledge.toString(), "--data",
        data.toString()), List.of(own)));
  }

  @Test
  @DisplayName("--days 7 lists the question of 3 days ago, not the one of 30 days ago, with or without --today")
  void daysCountBackFromNow() {
    CliRun lastWeek = gaps("--days", "7");
    CliRun lastWeekThen = gaps("--today", "2020-01-12", "--days", "7");
    CliRun all = gaps("--today", "2020-01-12");

    assertThat(lastWeek.status()).as(lastWeek.err()).isZero();
    assertThat(lastWeek.out()).contains("Is there a dress code?").doesNotContain("Who cooks lunch?");
    assertThat(lastWeekThen.out()).isEqualTo(lastWeek.out());
    assertThat(all.out()).contains("Who cooks lunch?", "Is there a dress code?");
  }

  @Test
  @DisplayName("A window with no gaps says so; --days outside 1-365 is bad usage (exit 2, one line)")
  void emptyWindowAndBadDays() {
    CliRun none = gaps("--days", "2");
    CliRun zero = gaps("--days", "0");

    assertThat(none.status()).isZero();
    assertThat(none.out().strip()).isEqualTo(
        "No gaps in the last 2 days: every question asked was answered and nobody gave a thumbs-down.");
    assertThat(zero.status()).isEqualTo(2);
    assertThat(zero.err().strip()).isEqualTo("convene: --days must be between 1 and 365");
  }
}
