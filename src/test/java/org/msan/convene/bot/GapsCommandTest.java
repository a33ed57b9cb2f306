package org.msan.convene.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msan.convene.Convene;
import org.msan.convene.answer.Answer;
import org.msan.convene.answer.AnswerService;
import org.msan.convene.config.Settings;

final class GapsCommandTest {

  @TempDir Path dir;

  private Settings settings(LocalDate today) throws Exception {
    return new Settings(Files.createDirectories(dir.resolve("knowledge")), dir.resolve("data"), today,
        Settings.DEFAULT_TIME_ZONE);
  }

  private static Clock at(String instant) {
    return Clock.fixed(Instant.parse(instant), Settings.DEFAULT_TIME_ZONE);
  }

  /** A question recorded when the wall clock says {@code instant}, by a process run with --today 2019-06-01. */
  private void ask(String instant, String question) throws Exception {
    try (Convene convene = new Convene(settings(LocalDate.of(2019, 6, 1)), at(instant))) {
      convene.questionLog().record("u1", new Answer(question, false, AnswerService.NOT_FOUND, Answer.EXTRACTIVE,
          List.of(), 0));
    }
  }

  @Test
  @DisplayName("/gaps days:7 counts back from the wall clock the questions were recorded by, whatever --today says")
  void daysCountBackFromTheWallClock() throws Exception {
    ask("2020-01-02T18:00:00Z", "Who cooks lunch?");
    ask("2020-01-09T18:00:00Z", "Is there a dress code?");
    ask("2020-01-20T18:00:00Z", "Where do we park?");
    CommandRequest staff = new CommandRequest("s1", "Sam", false, true, true, Map.of(GapsCommand.DAYS, "7"));

    try (Convene convene = new Convene(settings(LocalDate.of(2019, 6, 1)), at("2020-01-12T18:00:00Z"))) {
      GapsCommand gaps = new GapsCommand(convene.questionLog(), at("2020-01-12T18:00:00Z"));

      Reply lastWeek = gaps.handle(staff);
      Reply all = gaps.handle(staff.withOptions(Map.of()));

      assertThat(lastWeek.text()).startsWith("Questions the documents didn't answer (last 7 days)")
          .contains("“Is there a dress code?” — asked 1 time by 1 member, last Jan 9")
          .doesNotContain("Who cooks lunch?", "Where do we park?");
      assertThat(lastWeek.buttons()).hasSize(1);
      assertThat(all.text()).contains("Who cooks lunch?", "Is there a dress code?", "Where do we park?");
    }
  }
}
