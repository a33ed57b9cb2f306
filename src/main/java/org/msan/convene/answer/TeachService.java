package org.msan.convene.answer;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.msan.convene.knowledge.KnowledgeAudit;
import org.msan.convene.knowledge.KnowledgeFolder;
import org.msan.convene.knowledge.PassageIndex;
import org.msan.convene.knowledge.TaughtAnswers;
import org.msan.convene.outbox.Outbox;

/**
 * Staff answer a question the documents did not: the answer becomes a file in
 * {@code knowledge/answers/}, the index takes it in at once, the gap it closes leaves {@code gaps},
 * every member who asked (and still takes notifications) is told through the outbox, once, and the
 * change is in the audit log.
 */
public final class TeachService {

  /**
   * Characters: with the question, its citation and a line about notifications, the direct message
   * to the members who asked stays within Discord's 2,000 per message.
   */
  public static final int MAX_ANSWER = 1500;
  public static final int MAX_QUESTION = 300;

  private final TaughtAnswers files;
  private final KnowledgeFolder folder;
  private final PassageIndex index;
  private final AnswerService answers;
  private final QuestionLog log;
  private final KnowledgeAudit audit;
  private final Predicate<String> notificationsOff;
  private final Clock clock;

  /** @param notificationsOff whether a member turned their notifications off */
  public TeachService(KnowledgeFolder folder, PassageIndex index, AnswerService answers, QuestionLog log,
      KnowledgeAudit audit, Predicate<String> notificationsOff, Clock clock) {
    this.files = new TaughtAnswers(folder);
    this.folder = folder;
    this.index = index;
    this.answers = answers;
    this.log = log;
    this.audit = audit;
    this.notificationsOff = notificationsOff;
    this.clock = clock;
  }

  /**
   * @param path the file written, relative to the knowledge folder
   * @param replaced true when an earlier answer to the same question was updated
   * @param answer the question's answer as members now get it
   * @param fromFile false when that answer does not come from the file written (another document
   *     or the calendar still answers the question first)
   * @param told how many members were queued a message
   */
  public record Taught(String path, boolean replaced, Answer answer, boolean fromFile, int told) {}

  /**
   * Teaches an answer.
   *
   * @param source a link to where the answer comes from, or null: the file then says who answered
   * @param gapQuestionId a question of the gap being answered (from /gaps), or null to find the gap
   *     whose words are closest to {@code question}
   * @throws IllegalArgumentException with a line for the staff member when the input can't be used
   */
  public Taught teach(String question, String answerText, String source, String actorId, String actorName,
      Long gapQuestionId) {
    String asked = question == null ? "" : question.strip();
    String text = answerText == null ? "" : answerText.strip();
    if (asked.isEmpty() || text.isEmpty()) {
      throw new IllegalArgumentException("Both the question and the answer are needed.");
    }
    if (asked.length() > MAX_QUESTION || text.length() > MAX_ANSWER) {
      throw new IllegalArgumentException("Keep the question to " + MAX_QUESTION + " characters and the answer to "
          + MAX_ANSWER + ".");
    }
    String from = source == null || source.isBlank() ? "answered by " + actorName + " in Discord" : link(source.strip());
    TaughtAnswers.Written written = files.write(asked, text, from, LocalDate.now(clock));
    audit.record(actorId, actorName, written.replaced() ? KnowledgeAudit.Action.REPLACE : KnowledgeAudit.Action.TEACH,
        written.path(), written.bytes(), text);
    // At once, not on the watcher's next tick: the reply below shows the answer members now get.
    index.refresh(folder);
    Answer now = answers.answer(asked, 3);
    // The members who asked get what staff taught, cited to its file, whatever else answers now.
    String taughtText = text + " [1]\n[1] " + asked + " (" + written.path() + ")";
    Optional<QuestionLog.Gap> gap = gapQuestionId != null ? log.gapOf(gapQuestionId) : log.gapLike(asked);
    Set<String> told = new HashSet<>();
    gap.ifPresent(closed -> log.resolve(closed, written.path(), (connection, asker) -> {
      // One message per member, however often they asked.
      if (!told.contains(asker.userId()) && !notificationsOff.test(asker.userId())
          && Outbox.enqueue(connection, "taught:" + closed.questionIds().get(0) + ":" + asker.userId(),
              asker.userId(), message(asker, taughtText), clock.instant())) {
        told.add(asker.userId());
      }
    }));
    boolean fromFile = now.answered() && !now.sources().isEmpty() && now.sources().get(0).path().equals(written.path());
    return new Taught(written.path(), written.replaced(), now, fromFile, told.size());
  }

  private static String link(String source) {
    try {
      URI uri = URI.create(source);
      if (("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null) {
        return source;
      }
    } catch (IllegalArgumentException e) {
      // refused below
    }
    throw new IllegalArgumentException("The source must be a web link, like https://example.org/page (or leave it out).");
  }

  /** The direct message to a member whose question is now answered: their question, the answer with its source. */
  static String message(QuestionLog.Asked asker, String taughtText) {
    return "You asked: “" + asker.text() + "”\nThe network's staff have added an answer:\n" + taughtText
        + "\n/notifications off stops messages like this.";
  }
}
