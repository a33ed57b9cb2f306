package org.msan.convene.answer;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.msan.convene.database.Database;
import org.msan.convene.knowledge.TextAnalysis;

/**
 * Every question members asked, whether it was answered, and their 👍/👎; {@link #gaps()} lists the
 * ones the documents failed, near-duplicates grouped, most frequent first, so staff know what to write.
 */
public final class QuestionLog {

  /** Questions sharing this much of their words (Jaccard) are one gap. */
  private static final double SAME_GAP = 0.5;

  private final Database database;
  private final TextAnalysis analysis;
  private final Clock clock;

  public QuestionLog(Database database, TextAnalysis analysis, Clock clock) {
    this.database = database;
    this.analysis = analysis;
    this.clock = clock;
  }

  /** @return the question's id, which the 👍/👎 buttons carry */
  public long record(String userId, Answer answer) {
    double best = answer.sources().isEmpty() ? 0 : answer.sources().get(0).score();
    return database.inTransaction(connection -> {
      try (PreparedStatement insert = connection.prepareStatement(
          "INSERT INTO question (asked_at, user_id, text, answered, best_score) VALUES (?, ?, ?, ?, ?)",
          Statement.RETURN_GENERATED_KEYS)) {
        insert.setString(1, clock.instant().toString());
        insert.setString(2, userId);
        insert.setString(3, answer.question());
        insert.setInt(4, answer.answered() ? 1 : 0);
        insert.setDouble(5, best);
        insert.executeUpdate();
        try (ResultSet keys = insert.getGeneratedKeys()) {
          keys.next();
          return keys.getLong(1);
        }
      }
    });
  }

  /** @return false when there is no such question */
  public boolean feedback(long questionId, boolean helpful) {
    return database.inTransaction(connection -> {
      try (PreparedStatement update = connection.prepareStatement("UPDATE question SET feedback = ? WHERE id = ?")) {
        update.setInt(1, helpful ? 1 : -1);
        update.setLong(2, questionId);
        return update.executeUpdate() > 0;
      }
    });
  }

  public List<Gap> gaps() {
    List<String[]> rows = database.read(connection -> {
      List<String[]> found = new ArrayList<>();
      try (PreparedStatement select = connection.prepareStatement(
          "SELECT text, answered, feedback FROM question WHERE answered = 0 OR feedback = -1 ORDER BY id");
          ResultSet row = select.executeQuery()) {
        while (row.next()) {
          found.add(new String[] {row.getString(1), row.getInt(2) == 0 ? "unanswered" : "thumbs-down"});
        }
      }
      return found;
    });
    List<GapBuilder> groups = new ArrayList<>();
    for (String[] row : rows) {
      Set<String> terms = new HashSet<>(analysis.terms(row[0]));
      GapBuilder group = groups.stream().filter(g -> g.similarity(terms) >= SAME_GAP).findFirst().orElse(null);
      if (group == null) {
        group = new GapBuilder(row[0], terms);
        groups.add(group);
      }
      group.add(row[0], row[1]);
    }
    return groups.stream().map(GapBuilder::build)
        .sorted(Comparator.comparingInt(Gap::count).reversed().thenComparing(Gap::question))
        .toList();
  }

  /** Questions that went unanswered or got a thumbs-down, as one group. */
  public record Gap(String question, int count, int unanswered, int thumbsDown, List<String> variants) {}

  private static final class GapBuilder {
    private final String first;
    private final Set<String> terms;
    private final List<String> variants = new ArrayList<>();
    private int unanswered;
    private int thumbsDown;

    GapBuilder(String first, Set<String> terms) {
      this.first = first;
      this.terms = terms;
    }

    double similarity(Set<String> other) {
      if (terms.isEmpty() && other.isEmpty()) {
        return 1;
      }
      Set<String> union = new HashSet<>(terms);
      union.addAll(other);
      Set<String> common = new HashSet<>(terms);
      common.retainAll(other);
      return (double) common.size() / union.size();
    }

    void add(String text, String why) {
      if (!variants.contains(text) && !text.equals(first)) {
        variants.add(text);
      }
      if (why.equals("unanswered")) {
        unanswered++;
      } else {
        thumbsDown++;
      }
    }

    Gap build() {
      return new Gap(first, unanswered + thumbsDown, unanswered, thumbsDown, variants);
    }
  }
}
