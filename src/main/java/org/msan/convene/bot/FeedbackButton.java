package org.msan.convene.bot;

import org.msan.convene.answer.QuestionLog;

/**
 * 👍 / 👎 under an answer: {@code fb:<questionId>:up|down}, one vote per member who presses (a second
 * press changes theirs); an answer with more 👎 than 👍 goes on the gaps list.
 */
public final class FeedbackButton implements ButtonAction {

  public static final String PREFIX = "fb";

  private final QuestionLog log;

  public FeedbackButton(QuestionLog log) {
    this.log = log;
  }

  @Override
  public boolean forAnyServer() {
    return true;
  }

  @Override
  public String prefix() {
    return PREFIX;
  }

  @Override
  public Reply press(ButtonId id, CommandRequest request) {
    long questionId;
    try {
      questionId = Long.parseLong(id.arg(0));
    } catch (NumberFormatException e) {
      return Reply.privately("That button no longer does anything.");
    }
    boolean helpful = id.arg(1).equals("up");
    if (!helpful && !id.arg(1).equals("down")) {
      return Reply.privately("That button no longer does anything.");
    }
    if (!log.feedback(questionId, request.userId(), helpful)) {
      return Reply.privately("I can't find that answer any more, but thank you.");
    }
    return Reply.privately(helpful ? "Thanks! Glad it helped." : "Thanks for telling us. Staff will look at this question.");
  }
}
