package org.msan.convene.answer;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.msan.convene.config.Settings;
import org.msan.convene.database.Database;
import org.msan.convene.knowledge.TextAnalysis;
import org.msan.convene.outbox.Outbox;

/**
 * Every question members asked, whether it was answered, and each member's 👍/👎;
 * {@link #gaps()} lists the ones the documents failed, near-duplicates grouped, most frequent first,
 * so staff know what to write.
 *
 * <p>Who asked is kept only for the retention period ({@code CONVENE_QUESTION_RETENTION_DAYS},
 * default {@value #DEFAULT_RETENTION_DAYS}): after it the asker's id is blanked and each voter's id
 * is replaced by a placeholder, keeping the question's text, answer state and votes for {@code gaps}.
 * That purge runs when the log is opened and then at most once a day, on the next question. A member
 * who presses 👍/👎 again on such an old answer adds a vote: the earlier one is no longer theirs.
 */
public final class QuestionLog {

  public static final int DEFAULT_RETENTION_DAYS = Settings.DEFAULT_QUESTION_RETENTION_DAYS;
  /** How often the purge runs while the log is in use. */
  private static final Duration PURGE_EVERY = Duration.ofDays(1);
  /** Questions sharing this much of their words (Jaccard) are one gap. */
  private static final double SAME_GAP = 0.5;
  /** A voter whose id was dropped after the retention period: a unique placeholder per vote, so votes stay counted. */
  static final String FORGOTTEN_VOTER = "forgotten:";

  private final Database database;
  private final TextAnalysis analysis;
  private final Clock clock;
  private final Duration retention;
  private Instant lastPurge;

  /** A log that keeps askers' ids for {@value #DEFAULT_RETENTION_DAYS} days. */
  public QuestionLog(Database database, TextAnalysis analysis, Clock clock) {
    this(database, analysis, clock, Duration.ofDays(DEFAULT_RETENTION_DAYS));
  }

  /**
   * Opens the log and drops the askers' and voters' ids of questions older than {@code retention}.
   *
   * @param retention how long after a question is asked its asker's and voters' ids are kept
   */
  public QuestionLog(Database database, TextAnalysis analysis, Clock clock, Duration retention) {
    this.database = Objects.requireNonNull(database, "database");
    this.analysis = Objects.requireNonNull(analysis, "analysis");
    this.clock = Objects.requireNonNull(clock, "clock");
    if (retention.isNegative() || retention.isZero()) {
      throw new IllegalArgumentException("the question retention must be positive, not " + retention);
    }
    this.retention = retention;
    purgeIfDue();
  }

  /** @return the question's id, which the 👍/👎 buttons carry */
  public long record(String userId, Answer answer) {
    purgeIfDue();
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

  /**
   * Records one member's vote on an answer: their first press adds it, a later one replaces theirs
   * and nobody else's.
   *
   * @return false when there is no such question
   */
  public boolean feedback(long questionId, String userId, boolean helpful) {
    Objects.requireNonNull(userId, "userId");
    return database.inTransaction(connection -> {
      try (PreparedStatement vote = connection.prepareStatement("""
          INSERT INTO question_feedback (question_id, user_id, feedback, changed_at)
          SELECT ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM question WHERE id = ?)
          ON CONFLICT (question_id, user_id) DO UPDATE SET feedback = excluded.feedback, changed_at = excluded.changed_at
          """)) {
        vote.setLong(1, questionId);
        vote.setString(2, userId);
        vote.setInt(3, helpful ? 1 : -1);
        vote.setString(4, clock.instant().toString());
        vote.setLong(5, questionId);
        return vote.executeUpdate() > 0;
      }
    });
  }

  /** Runs {@link #forgetAskers} when it has not run for a day in this process. */
  private synchronized void purgeIfDue() {
    Instant now = clock.instant();
    if (lastPurge != null && now.isBefore(lastPurge.plus(PURGE_EVERY))) {
      return;
    }
    lastPurge = now;
    forgetAskers(now.minus(retention));
  }

  /**
   * Blanks the asker of every question asked before {@code cutoff} (one UPDATE), and gives each of
   * their votes a placeholder voter (one more, same transaction); text, answer state and votes stay.
   *
   * @return how many questions lost their asker's id
   */
  int forgetAskers(Instant cutoff) {
    return database.inTransaction(connection -> {
      // julianday() reads asked_at as a time, whatever its fraction of a second, where strings would not compare.
      try (PreparedStatement askers = connection.prepareStatement(
              "UPDATE question SET user_id = '' WHERE user_id <> '' AND julianday(asked_at) < julianday(?)");
          PreparedStatement voters = connection.prepareStatement("""
              UPDATE question_feedback SET user_id = ? || rowid
              WHERE user_id <> '' AND user_id NOT LIKE ?
                AND question_id IN (SELECT id FROM question WHERE julianday(asked_at) < julianday(?))
              """)) {
        askers.setString(1, cutoff.toString());
        int forgotten = askers.executeUpdate();
        voters.setString(1, FORGOTTEN_VOTER);
        voters.setString(2, FORGOTTEN_VOTER + "%");
        voters.setString(3, cutoff.toString());
        voters.executeUpdate();
        Outbox.forgetBefore(connection, cutoff);
        return forgotten;
      }
    });
  }

  /**
   * The questions that went unanswered or that members found unhelpful: a question counts as
   * thumbs-down when its members' current votes hold more 👎 than 👍, so one member can neither put
   * an answer others liked on the list nor take one off it.
   */
  public List<Gap> gaps() {
    return gaps(null, null);
  }

  /**
   * The gaps of the questions asked in the last {@code days} days, counted back from now by this
   * log's clock — the wall clock, the one questions are recorded by ({@code --today} moves only the
   * schedule's day); a question recorded later than that now is not among them.
   *
   * @param days how many days back, at least 1
   * @return as {@link #gaps()}, for that window
   */
  public List<Gap> recentGaps(int days) {
    if (days < 1) {
      throw new IllegalArgumentException("days must be at least 1, not " + days);
    }
    Instant now = clock.instant();
    return gaps(now.minus(Duration.ofDays(days)), now);
  }

  /**
   * The gaps of the questions asked from {@code since} to {@code until} (either end open when
   * null) that staff have not answered yet.
   */
  private List<Gap> gaps(Instant since, Instant until) {
    List<Asked> rows = database.read(connection -> {
      List<Asked> found = new ArrayList<>();
      try (PreparedStatement select = connection.prepareStatement(
          """
          SELECT q.id, q.asked_at, q.user_id, q.text, q.answered FROM question q
          LEFT JOIN (SELECT question_id, sum(feedback) AS balance FROM question_feedback GROUP BY question_id) v
            ON v.question_id = q.id
          WHERE (q.answered = 0 OR v.balance < 0) AND q.resolved_by IS NULL
            AND (? IS NULL OR julianday(q.asked_at) >= julianday(?))
            AND (? IS NULL OR julianday(q.asked_at) <= julianday(?))
          ORDER BY q.id
          """)) {
        select.setString(1, since == null ? null : since.toString());
        select.setString(2, since == null ? null : since.toString());
        select.setString(3, until == null ? null : until.toString());
        select.setString(4, until == null ? null : until.toString());
        try (ResultSet row = select.executeQuery()) {
          while (row.next()) {
            found.add(new Asked(row.getLong("id"), Instant.parse(row.getString("asked_at")), row.getString("user_id"),
                row.getString("text"), row.getInt("answered") == 1));
          }
        }
      }
      return found;
    });
    List<GapBuilder> groups = new ArrayList<>();
    for (Asked asked : rows) {
      Set<String> terms = new HashSet<>(analysis.terms(asked.text()));
      GapBuilder group = groups.stream().filter(g -> g.similarity(terms) >= SAME_GAP).findFirst().orElse(null);
      if (group == null) {
        group = new GapBuilder(asked.text(), terms);
        groups.add(group);
      }
      group.add(asked);
    }
    return groups.stream().map(GapBuilder::build)
        .sorted(Comparator.comparingInt(Gap::count).reversed().thenComparing(Gap::question))
        .toList();
  }

  /** The open gap that question {@code questionId} belongs to, if it is still open. */
  public Optional<Gap> gapOf(long questionId) {
    return gaps().stream().filter(gap -> gap.questionIds().contains(questionId)).findFirst();
  }

  /** The open gap closest in words to {@code question}, when it is as close as questions of one gap are. */
  public Optional<Gap> gapLike(String question) {
    Set<String> terms = new HashSet<>(analysis.terms(question));
    Gap closest = null;
    double best = SAME_GAP;
    for (Gap gap : gaps()) {
      double similarity = GapBuilder.jaccard(terms, new HashSet<>(analysis.terms(gap.question())));
      if (similarity >= best) {
        closest = gap;
        best = similarity;
      }
    }
    return Optional.ofNullable(closest);
  }

  /** What is done, inside the resolving transaction, for each member whose question was resolved. */
  @FunctionalInterface
  public interface ResolvedAsker {
    void told(java.sql.Connection connection, Asked asked) throws java.sql.SQLException;
  }

  /**
   * Marks the gap's questions as answered by {@code file}, so they leave the gaps, and calls
   * {@code each} for every question whose asker is still known, in the same transaction.
   *
   * @return how many questions were resolved now (0 when another process resolved them first)
   */
  public int resolve(Gap gap, String file, ResolvedAsker each) {
    return database.inTransaction(connection -> {
      int resolved = 0;
      try (PreparedStatement update = connection.prepareStatement(
              "UPDATE question SET resolved_by = ?, resolved_at = ? WHERE id = ? AND resolved_by IS NULL");
          PreparedStatement select = connection.prepareStatement(
              "SELECT id, asked_at, user_id, text, answered FROM question WHERE id = ?")) {
        for (long id : gap.questionIds()) {
          update.setString(1, file);
          update.setString(2, clock.instant().toString());
          update.setLong(3, id);
          if (update.executeUpdate() == 0) {
            continue;
          }
          resolved++;
          select.setLong(1, id);
          try (ResultSet row = select.executeQuery()) {
            if (row.next() && !row.getString("user_id").isEmpty()) {
              each.told(connection, new Asked(id, Instant.parse(row.getString("asked_at")), row.getString("user_id"),
                  row.getString("text"), row.getInt("answered") == 1));
            }
          }
        }
      }
      return resolved;
    });
  }

  /**
   * Opens again the questions a removed file had answered: they come back to the gaps (their
   * askers were told once and are not told again).
   *
   * @return how many questions were reopened
   */
  public int reopen(String file) {
    return database.inTransaction(connection -> {
      try (PreparedStatement update = connection.prepareStatement(
          "UPDATE question SET resolved_by = NULL, resolved_at = NULL WHERE resolved_by = ?")) {
        update.setString(1, file);
        return update.executeUpdate();
      }
    });
  }

  /** One question as it was asked. */
  public record Asked(long id, Instant at, String userId, String text, boolean answered) {}

  /**
   * Questions that went unanswered or got a thumbs-down, as one group.
   *
   * @param questionIds the questions of the group, oldest first
   * @param lastAsked when one of them was last asked
   * @param members how many different members asked (whose ids are still kept)
   */
  public record Gap(String question, int count, int unanswered, int thumbsDown, List<String> variants,
      List<Long> questionIds, Instant lastAsked, int members) {

    public Gap {
      variants = List.copyOf(variants);
      questionIds = List.copyOf(questionIds);
    }
  }

  private static final class GapBuilder {
    private final String first;
    private final Set<String> terms;
    private final List<String> variants = new ArrayList<>();
    private final List<Long> ids = new ArrayList<>();
    private final Set<String> askers = new HashSet<>();
    private Instant lastAsked;
    private int unanswered;
    private int thumbsDown;

    GapBuilder(String first, Set<String> terms) {
      this.first = first;
      this.terms = terms;
    }

    double similarity(Set<String> other) {
      return jaccard(terms, other);
    }

    /** Shared words over all words; two questions of stop words only share nothing. */
    static double jaccard(Set<String> some, Set<String> other) {
      if (some.isEmpty() || other.isEmpty()) {
        return 0;
      }
      Set<String> union = new HashSet<>(some);
      union.addAll(other);
      Set<String> common = new HashSet<>(some);
      common.retainAll(other);
      return (double) common.size() / union.size();
    }

    void add(Asked asked) {
      if (!variants.contains(asked.text()) && !asked.text().equals(first)) {
        variants.add(asked.text());
      }
      if (!asked.answered()) {
        unanswered++;
      } else {
        thumbsDown++;
      }
      ids.add(asked.id());
      if (!asked.userId().isEmpty()) {
        askers.add(asked.userId());
      }
      lastAsked = lastAsked == null || asked.at().isAfter(lastAsked) ? asked.at() : lastAsked;
    }

    Gap build() {
      return new Gap(first, unanswered + thumbsDown, unanswered, thumbsDown, variants, ids, lastAsked, askers.size());
    }
  }
}
