package org.msan.convene.bot;

import java.util.List;
import org.msan.convene.answer.TeachService;

/** The form that teaches an answer, and the words of the reply once it is taught. */
final class TeachReplies {

  static final String QUESTION = "question";
  static final String ANSWER = "answer";
  static final String SOURCE = "source";
  static final String FORM = "teach";

  private TeachReplies() {}

  /** The form for a gap: the question filled in, the answer to write, an optional link. */
  static Reply.Form form(long questionId, String question) {
    return new Reply.Form(ButtonId.of(FORM, String.valueOf(questionId)).encode(), "Answer a member's question",
        List.of(new Reply.Form.Field(QUESTION, "Question", question, false, true, TeachService.MAX_QUESTION),
            new Reply.Form.Field(ANSWER, "Answer (members get this, cited)", "", true, true, TeachService.MAX_ANSWER),
            new Reply.Form.Field(SOURCE, "Link to the source (optional)", "", false, false, 500)));
  }

  static Reply taught(TeachService.Taught taught) {
    StringBuilder text = new StringBuilder(taught.replaced() ? "Updated " : "Saved ")
        .append("`knowledge/").append(taught.path()).append("`. Members asking now get:\n\n")
        .append(taught.answer().text());
    if (!taught.fromFile()) {
      text.insert(0, "Note: another source still answers this question first; reword the question or the"
          + " other document if members should get yours.\n");
    }
    if (!taught.answer().sources().isEmpty()) {
      var source = taught.answer().sources().get(0);
      text.append("\n[1] ").append(source.title()).append(" (").append(source.path()).append(")");
    }
    text.append("\n\n").append(taught.told() == 0 ? "Nobody is waiting on this question."
        : taught.told() + (taught.told() == 1 ? " member who asked will get" : " members who asked will get")
            + " the answer by direct message.");
    return Reply.privately(text.toString());
  }
}
