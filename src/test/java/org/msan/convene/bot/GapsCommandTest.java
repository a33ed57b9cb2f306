package org.msan.convene.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
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

  private void ask(LocalDate today, String question) throws Exception {
    try (Convene convene = new Convene(settings(today))) {
      convene.questionLog().record("u1", new Answer(question, false, AnswerService.NOT_FOUND, Answer.EXTRACTIVE,
          List.of(), 0));
    }
  }

  @Test
  @DisplayName("/gaps days:7 counts back from the command's today (--today in chat), not from the wall clock")
  void daysCountBackFromTheCommandsClock() throws Exception {
    ask(LocalDate.of(2020, 1, 2), "Who cooks lunch?");
    ask(LocalDate.of(2020, 1, 9), "Is there a dress code?");
    ask(LocalDate.of(2020, 1, 20), "Where do we park?");
    CommandRequest staff = new CommandRequest("s1", "Sam", false, true, true, Map.of(GapsCommand.DAYS, "7"));

    try (Convene convene = new Convene(settings(LocalDate.of(2020, 1, 12)))) {
      GapsCommand gaps = new GapsCommand(convene.questionLog(), convene.settings().clock());

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
