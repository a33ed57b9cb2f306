package org.msan.convene.bot;

import java.util.List;
import java.util.Map;
import org.msan.convene.answer.TeachService;

/**
 * {@code /teach question answer [source]} (staff), and the same from the form of a {@code /gaps}
 * entry: writes the answer into the knowledge folder, answers from it at once, and tells the members
 * who asked.
 */
public final class TeachCommand implements StaffCommand, FormAction {

  private final TeachService teaching;

  public TeachCommand(TeachService teaching) {
    this.teaching = teaching;
  }

  @Override
  public String name() {
    return "teach";
  }

  @Override
  public String description() {
    return "Answer a question the documents don't, for everyone (staff)";
  }

  @Override
  public List<OptionSpec> options() {
    return List.of(OptionSpec.text(TeachReplies.QUESTION, "The question, as members ask it", true)
            .maxLength(TeachService.MAX_QUESTION),
        OptionSpec.text(TeachReplies.ANSWER, "The answer members will get", true).maxLength(TeachService.MAX_ANSWER),
        OptionSpec.text(TeachReplies.SOURCE, "A link to where the answer comes from", false).maxLength(500));
  }

  /** Writing, re-indexing and answering can take more than Discord's 3 seconds. */
  @Override
  public boolean slow() {
    return true;
  }

  @Override
  public Reply handle(CommandRequest request) {
    return TeachReplies.taught(teaching.teach(request.get(TeachReplies.QUESTION), request.get(TeachReplies.ANSWER),
        request.find(TeachReplies.SOURCE).orElse(null), request.userId(), request.displayName(), null));
  }

  @Override
  public String prefix() {
    return TeachReplies.FORM;
  }

  @Override
  public Reply submit(ButtonId id, Map<String, String> values, CommandRequest request) {
    if (!request.staff()) {
      return Reply.privately("Only the network's staff can teach answers.");
    }
    long questionId;
    try {
      questionId = Long.parseLong(id.arg(0));
    } catch (NumberFormatException e) {
      return Reply.privately("That form no longer does anything. Try /gaps again.");
    }
    return TeachReplies.taught(teaching.teach(values.get(TeachReplies.QUESTION), values.get(TeachReplies.ANSWER),
        values.get(TeachReplies.SOURCE), request.userId(), request.displayName(), questionId));
  }
}
