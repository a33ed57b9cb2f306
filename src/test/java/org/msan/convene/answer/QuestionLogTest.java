package org.msan.convene.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msan.convene.database.Database;
import org.msan.convene.knowledge.TextAnalysis;

final class QuestionLogTest {

  @TempDir Path dir;

  private static Answer answer(String question, boolean answered) {
    return new Answer(question, answered, answered ? "yes [1]" : AnswerService.NOT_FOUND, Answer.EXTRACTIVE, List.of(), 1);
  }

  @Test
  @DisplayName("Gaps group near-duplicate unanswered and thumbs-down questions, most frequent first")
  void gapsAreGroupedAndSorted() {
    try (Database database = Database.open(dir.resolve("convene.db"))) {
      QuestionLog log = new QuestionLog(database, new TextAnalysis(), Clock.systemUTC());
      log.record("u1", answer("Where do we park for the convening?", false));
      log.record("u2", answer("Where can we park at the convening?", false));
      log.record("u3", answer("where to park at the convening", false));
      log.record("u1", answer("What is the hotel discount?", false));
      long liked = log.record("u1", answer("What is the cost?", true));
      long disliked = log.record("u2", answer("What is the Learning Partnership?", true));
      log.feedback(liked, true);
      log.feedback(disliked, false);

      List<QuestionLog.Gap> gaps = log.gaps();

      assertThat(gaps).extracting(QuestionLog.Gap::count).containsExactly(3, 1, 1);
      assertThat(gaps.get(0).question()).isEqualTo("Where do we park for the convening?");
      assertThat(gaps.get(0).variants()).hasSize(2);
      assertThat(gaps).extracting(QuestionLog.Gap::question).doesNotContain("What is the cost?");
      assertThat(gaps).filteredOn(g -> g.thumbsDown() == 1).extracting(QuestionLog.Gap::question)
          .containsExactly("What is the Learning Partnership?");
      assertThat(log.feedback(9999, true)).isFalse();
    }
  }
}
