package org.msan.convene.bot;

import java.util.ArrayList;
import java.util.List;
import org.msan.convene.answer.Answer;
import org.msan.convene.answer.AnswerService;
import org.msan.convene.answer.QuestionLog;
import org.msan.convene.answer.Source;

/** {@code /ask question}: an answer with numbered sources and 👍/👎; a mention or DM comes here too. */
public final class AskCommand implements BotCommand {

  public static final String NAME = "ask";
  public static final String QUESTION = "question";
  static final int SOURCES = 5;
  /** The question as Discord, chat and the command line's {@code ask} take it. */
  public static final OptionSpec QUESTION_OPTION =
      OptionSpec.text(QUESTION, "Your question", true).maxLength(AnswerService.MAX_QUESTION);

  private final AnswerService answers;
  private final QuestionLog log;
  private final boolean slow;

  /** @param slow true when an LLM writes the answers, so Discord gets a deferred reply first */
  public AskCommand(AnswerService answers, QuestionLog log, boolean slow) {
    this.answers = answers;
    this.log = log;
    this.slow = slow;
  }

  @Override
  public boolean forAnyServer() {
    return true;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "Ask about the network's strategy, research practices or convenings";
  }

  @Override
  public List<OptionSpec> options() {
    return List.of(QUESTION_OPTION);
  }

  /** Retrieval, and an LLM call when configured: never among the quick commands, deferred or not. */
  @Override
  public boolean quick() {
    return false;
  }

  @Override
  public boolean slow() {
    return slow;
  }

  @Override
  public Reply handle(CommandRequest request) {
    Answer answer = answers.answer(request.get(QUESTION), SOURCES);
    long id = log.record(request.userId(), answer);
    return reply(answer, id);
  }

  static Reply reply(Answer asAnswered, long questionId) {
    Answer answer = asAnswered.withCitationsInOrder();
    List<Reply.Embed.Field> fields = new ArrayList<>();
    List<String> lines = new ArrayList<>();
    for (Source source : answer.sources()) {
      if (answer.text().contains("[" + source.rank() + "]")) {
        String label = source.label();
        lines.add("[" + source.rank() + "] " + (source.link().isEmpty()
            ? label + " (" + source.path() + ")" : "[" + label + "](" + source.link() + ")"));
      }
    }
    if (!lines.isEmpty()) {
      fields.add(new Reply.Embed.Field("Sources", String.join("\n", lines)));
    }
    Reply.Embed embed = new Reply.Embed("", answer.text(), "", fields, "");
    return Reply.embed(embed).withButtons(List.of(
        new Reply.ReplyButton(ButtonId.of(FeedbackButton.PREFIX, String.valueOf(questionId), "up").encode(), "👍",
            Reply.ReplyButton.Style.SECONDARY),
        new Reply.ReplyButton(ButtonId.of(FeedbackButton.PREFIX, String.valueOf(questionId), "down").encode(), "👎",
            Reply.ReplyButton.Style.SECONDARY)));
  }
}
