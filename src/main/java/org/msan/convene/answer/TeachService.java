package org.msan.convene.answer;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
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

  /** Discord's longest modal text input; answers are kept within one message with their citation. */
  public static final int MAX_ANSWER = 4000;
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
   * @param told how many members were queued a message
   */
  public record Taught(String path, boolean replaced, Answer answer, int told) {}

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
    Optional<QuestionLog.Gap> gap = gapQuestionId != null ? log.gapOf(gapQuestionId) : log.gapLike(asked);
    int[] told = {0};
    gap.ifPresent(closed -> log.resolve(closed, written.path(), (connection, asker) -> {
      if (!notificationsOff.test(asker.userId()) && Outbox.enqueue(connection, "taught:" + asker.id(),
          asker.userId(), message(asker, now), clock.instant())) {
        told[0]++;
      }
    }));
    return new Taught(written.path(), written.replaced(), now, told[0]);
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
    throw new IllegalArgumentException("The source must be a link starting with https:// (or leave it out).");
  }

  /** The direct message to a member whose question is now answered: their question, the answer, its source. */
  static String message(QuestionLog.Asked asker, Answer answer) {
    StringBuilder text = new StringBuilder("You asked: “").append(asker.text()).append("”\n")
        .append("The network's staff have added an answer:\n").append(answer.text());
    if (!answer.sources().isEmpty()) {
      Source first = answer.sources().get(0);
      text.append("\n[1] ").append(first.title()).append(" (").append(first.link().isEmpty() ? first.path()
          : first.link()).append(")");
    }
    return text.append("\n/notifications off stops messages like this.").toString();
  }
}
