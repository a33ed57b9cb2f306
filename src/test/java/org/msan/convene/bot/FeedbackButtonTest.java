package org.msan.convene.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msan.convene.answer.Answer;
import org.msan.convene.answer.QuestionLog;
import org.msan.convene.database.Database;
import org.msan.convene.knowledge.TextAnalysis;

final class FeedbackButtonTest {

  @TempDir Path dir;

  private static CommandRequest member(String id) {
    return new CommandRequest(id, "Member " + id, false, Map.of());
  }

  @Test
  @DisplayName("A press counts as the pressing member's own vote: another member's 👍 cannot undo a 👎")
  void votesArePerMember() {
    try (Database database = Database.open(dir.resolve("convene.db"))) {
      QuestionLog log = new QuestionLog(database, new TextAnalysis(), Clock.systemUTC());
      FeedbackButton button = new FeedbackButton(log);
      long question = log.record("asker", new Answer("What is the fee?", true, "It is $20,000 [1].", Answer.EXTRACTIVE,
          List.of(), 1));
      ButtonId down = ButtonId.of(FeedbackButton.PREFIX, String.valueOf(question), "down");
      ButtonId up = ButtonId.of(FeedbackButton.PREFIX, String.valueOf(question), "up");

      button.press(down, member("111111111111111111"));
      button.press(down, member("222222222222222222"));
      Reply reply = button.press(up, member("333333333333333333"));

      assertThat(reply.ephemeral()).isTrue();
      assertThat(log.gaps()).extracting(QuestionLog.Gap::thumbsDown).containsExactly(1);
      // The first member changes their own mind: one 👎 against two 👍 is no longer a gap.
      button.press(up, member("111111111111111111"));
      assertThat(log.gaps()).isEmpty();
      assertThat(button.press(ButtonId.of(FeedbackButton.PREFIX, "9999", "up"), member("1")).text())
          .contains("can't find that answer");
    }
  }
}
