package org.msan.convene.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msan.convene.database.Database;
import org.msan.convene.knowledge.TextAnalysis;

final class QuestionLogTest {

  private static final Instant ASKED = Instant.parse("2026-01-10T15:30:00.123456Z");

  @TempDir Path dir;

  private static Answer answer(String question, boolean answered) {
    return new Answer(question, answered, answered ? "yes [1]" : AnswerService.NOT_FOUND, Answer.EXTRACTIVE, List.of(), 1);
  }

  /** A clock a test moves forward, as days pass while the bot serves. */
  private static final class MovingClock extends Clock {
    private Instant now;

    MovingClock(Instant start) {
      now = start;
    }

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override public ZoneId getZone() { return ZoneOffset.UTC; }
    @Override public Clock withZone(ZoneId zone) { return this; }
    @Override public Instant instant() { return now; }
  }

  /** Each row of a query as "column|column". */
  private static List<String> rows(Database database, String sql) {
    return database.read(connection -> {
      List<String> rows = new ArrayList<>();
      try (PreparedStatement select = connection.prepareStatement(sql); ResultSet row = select.executeQuery()) {
        while (row.next()) {
          List<String> cells = new ArrayList<>();
          for (int i = 1; i <= row.getMetaData().getColumnCount(); i++) {
            cells.add(row.getString(i));
          }
          rows.add(String.join("|", cells));
        }
      }
      return rows;
    });
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
      log.feedback(liked, "u2", true);
      log.feedback(disliked, "u1", false);

      List<QuestionLog.Gap> gaps = log.gaps();

      assertThat(gaps).extracting(QuestionLog.Gap::count).containsExactly(3, 1, 1);
      assertThat(gaps.get(0).question()).isEqualTo("Where do we park for the convening?");
      assertThat(gaps.get(0).variants()).hasSize(2);
      assertThat(gaps).extracting(QuestionLog.Gap::question).doesNotContain("What is the cost?");
      assertThat(gaps).filteredOn(g -> g.thumbsDown() == 1).extracting(QuestionLog.Gap::question)
          .containsExactly("What is the Learning Partnership?");
      assertThat(log.feedback(9999, "u1", true)).isFalse();
    }
  }

  @Test
  @DisplayName("Recent gaps are those of the last N days by the log's clock: none older, none recorded after its now")
  void recentGapsCountBackFromTheLogsClock() {
    try (Database database = Database.open(dir.resolve("convene.db"))) {
      MovingClock asking = new MovingClock(ASKED);
      QuestionLog asked = new QuestionLog(database, new TextAnalysis(), asking);
      asked.record("u1", answer("Who cooks lunch?", false));
      asking.advance(Duration.ofDays(5));
      asked.record("u1", answer("Is there a dress code?", false));
      asking.advance(Duration.ofDays(15));
      asked.record("u1", answer("Where do we park?", false));
      // The command's clock, set (like --today) eight days after the first question, far from the wall clock's date.
      QuestionLog log = new QuestionLog(database, new TextAnalysis(), Clock.fixed(ASKED.plus(Duration.ofDays(8)),
          ZoneOffset.UTC));

      assertThat(log.recentGaps(7)).extracting(QuestionLog.Gap::question).containsExactly("Is there a dress code?");
      assertThat(log.recentGaps(8)).extracting(QuestionLog.Gap::question)
          .containsExactlyInAnyOrder("Who cooks lunch?", "Is there a dress code?");
      assertThat(log.gaps()).hasSize(3);
    }
  }

  @Test
  @DisplayName("Each member's vote is kept; a second press replaces only theirs; more 👎 than 👍 makes a gap")
  void oneVotePerMember() {
    try (Database database = Database.open(dir.resolve("convene.db"))) {
      MovingClock clock = new MovingClock(ASKED);
      QuestionLog log = new QuestionLog(database, new TextAnalysis(), clock);
      long question = log.record("asker", answer("What is the Learning Partnership?", true));

      assertThat(log.feedback(question, "ana", true)).isTrue();
      assertThat(log.feedback(question, "ben", false)).isTrue();
      clock.advance(Duration.ofMinutes(5));
      assertThat(log.feedback(question, "ben", true)).isTrue();

      assertThat(rows(database, "SELECT user_id, feedback, changed_at FROM question_feedback ORDER BY user_id"))
          .containsExactly("ana|1|" + ASKED, "ben|1|" + ASKED.plus(Duration.ofMinutes(5)));
      assertThat(log.gaps()).isEmpty();

      // Ana changes her mind: now one 👍 (Ben) and one 👎 (Ana) — a tie is not a gap; Cara's 👎 makes it one.
      log.feedback(question, "ana", false);
      assertThat(log.gaps()).isEmpty();
      log.feedback(question, "cara", false);
      assertThat(log.gaps()).extracting(QuestionLog.Gap::thumbsDown).containsExactly(1);
      assertThat(rows(database, "SELECT user_id, feedback FROM question_feedback ORDER BY user_id"))
          .containsExactly("ana|-1", "ben|1", "cara|-1");
    }
  }

  @Test
  @DisplayName("After the retention period a question loses its asker's and voters' ids, and keeps text and counts")
  void oldAskersAreForgotten() {
    Path file = dir.resolve("convene.db");
    try (Database database = Database.open(file)) {
      MovingClock clock = new MovingClock(ASKED);
      QuestionLog log = new QuestionLog(database, new TextAnalysis(), clock, Duration.ofDays(90));
      long old = log.record("111111111111111111", answer("Where do we park?", false));
      log.feedback(old, "222222222222222222", false);
      log.feedback(old, "333333333333333333", false);
      clock.advance(Duration.ofDays(60));
      long recent = log.record("444444444444444444", answer("Where is the hotel?", true));
      log.feedback(recent, "555555555555555555", false);

      // Day 90 + a second: the first question is past the period, the second is not.
      clock.advance(Duration.ofDays(30).plusSeconds(1));
      log.record("666666666666666666", answer("When does the convening start?", false));

      assertThat(rows(database, "SELECT id, user_id, text, answered FROM question ORDER BY id")).containsExactly(
          old + "||Where do we park?|0",
          recent + "|444444444444444444|Where is the hotel?|1",
          (recent + 1) + "|666666666666666666|When does the convening start?|0");
      assertThat(rows(database, "SELECT question_id, user_id, feedback FROM question_feedback ORDER BY rowid"))
          .containsExactly(old + "|forgotten:1|-1", old + "|forgotten:2|-1", recent + "|555555555555555555|-1");
      assertThat(log.gaps()).extracting(QuestionLog.Gap::unanswered, QuestionLog.Gap::thumbsDown)
          .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(1, 0), org.assertj.core.groups.Tuple.tuple(0, 1),
              org.assertj.core.groups.Tuple.tuple(1, 0));
    }
  }

  @Test
  @DisplayName("The purge runs when the log is opened and at most once a day while it serves")
  void purgeRunsAtOpenAndDaily() {
    Path file = dir.resolve("convene.db");
    try (Database database = Database.open(file)) {
      MovingClock clock = new MovingClock(ASKED);
      QuestionLog serving = new QuestionLog(database, new TextAnalysis(), clock, Duration.ofDays(1));
      clock.advance(Duration.ofHours(6));
      serving.record("u1", answer("Where do we park?", false));
      clock.advance(Duration.ofHours(19));
      serving.record("u2", answer("Where is the hotel?", false));

      // u1 is a day and an hour old, but the serving log last purged 6 hours ago: not yet.
      clock.advance(Duration.ofHours(6));
      serving.record("u3", answer("When does it start?", false));
      assertThat(rows(database, "SELECT user_id FROM question ORDER BY id")).containsExactly("u1", "u2", "u3");

      // A log opened now (another process, a restart) purges at once.
      new QuestionLog(database, new TextAnalysis(), Clock.fixed(clock.instant(), ZoneOffset.UTC), Duration.ofDays(1));
      assertThat(rows(database, "SELECT user_id FROM question ORDER BY id")).containsExactly("", "u2", "u3");

      // A day after its last purge, the serving log's next question purges what has aged since.
      clock.advance(Duration.ofHours(19));
      serving.record("u4", answer("Who can come?", false));
      assertThat(rows(database, "SELECT user_id FROM question ORDER BY id")).containsExactly("", "", "u3", "u4");
    }
  }
}
