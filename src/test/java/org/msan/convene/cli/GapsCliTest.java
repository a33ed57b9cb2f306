package org.msan.convene.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
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

/** {@code gaps --days N} counts back from the command's clock: {@code --today} when given. */
final class GapsCliTest {

  @TempDir Path dir;
  private Path knowledge;
  private Path data;

  @BeforeEach
  void setUp() throws Exception {
    knowledge = Files.createDirectories(dir.resolve("knowledge"));
    data = dir.resolve("data");
    // Each question asked by a process run with its own --today, years before the wall clock's date.
    ask(LocalDate.of(2020, 1, 2), "Who cooks lunch?");
    ask(LocalDate.of(2020, 1, 9), "Is there a dress code?");
    ask(LocalDate.of(2020, 1, 20), "Where do we park?");
  }

  private void ask(LocalDate today, String question) throws Exception {
    try (Convene convene = new Convene(new Settings(knowledge, data, today, Settings.DEFAULT_TIME_ZONE))) {
      convene.questionLog().record("u1", new Answer(question, false, AnswerService.NOT_FOUND, Answer.EXTRACTIVE,
          List.of(), 0));
    }
  }

  private CliRun gaps(String... own) {
    return CliRun.of(Map.of(), "", Args.of(List.of("gaps", "--knowledge", knowledge.toString(), "--data",
        data.toString()), List.of(own)));
  }

  @Test
  @DisplayName("--days 7 with --today 2020-01-12 lists the question of January 9 only: not older ones, nor later ones")
  void daysCountBackFromToday() {
    CliRun lastWeek = gaps("--today", "2020-01-12", "--days", "7");
    CliRun firstWeek = gaps("--today", "2020-01-04", "--days", "7");
    CliRun all = gaps("--today", "2020-01-12");

    assertThat(lastWeek.status()).as(lastWeek.err()).isZero();
    assertThat(lastWeek.out()).contains("Is there a dress code?").doesNotContain("Who cooks lunch?", "Where do we park?");
    assertThat(firstWeek.out()).contains("Who cooks lunch?").doesNotContain("Is there a dress code?", "Where do we park?");
    assertThat(all.out()).contains("Who cooks lunch?", "Is there a dress code?", "Where do we park?");
  }

  @Test
  @DisplayName("A window with no gaps says so; --days outside 1-365 is bad usage (exit 2, one line)")
  void emptyWindowAndBadDays() {
    CliRun none = gaps("--today", "2020-03-01", "--days", "7");
    CliRun zero = gaps("--days", "0");

    assertThat(none.status()).isZero();
    assertThat(none.out().strip()).isEqualTo(
        "No gaps in the last 7 days: every question asked was answered and nobody gave a thumbs-down.");
    assertThat(zero.status()).isEqualTo(2);
    assertThat(zero.err().strip()).isEqualTo("convene: --days must be between 1 and 365");
  }
}
