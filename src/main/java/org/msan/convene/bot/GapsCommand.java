package org.msan.convene.bot;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.msan.convene.answer.QuestionLog;

/**
 * {@code /gaps [days]} (staff): the questions the documents failed, near-duplicates grouped, most
 * asked first, each with how many members asked and when last, and an Answer button that opens the
 * teach form for it. The button is also this class.
 */
public final class GapsCommand implements StaffCommand, ButtonAction {

  public static final String DAYS = "days";
  static final String BUTTON = "gap";
  /** Discord's limit: 5 rows of 5 buttons. */
  private static final int MAX_SHOWN = 25;
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d", Locale.US);

  private final QuestionLog log;
  private final Clock clock;

  public GapsCommand(QuestionLog log, Clock clock) {
    this.log = log;
    this.clock = clock;
  }

  @Override
  public String name() {
    return "gaps";
  }

  @Override
  public String description() {
    return "Questions the documents didn't answer, most asked first, to answer from here (staff)";
  }

  @Override
  public List<OptionSpec> options() {
    return List.of(OptionSpec.integer(DAYS, "Only questions asked in the last so many days (default: all)", 1, 365));
  }

  /** Both a command and a button, each with a default for this: Java asks for one answer. */
  @Override
  public boolean forAnyServer() {
    return false;
  }

  @Override
  public Reply handle(CommandRequest request) {
    var days = request.find(DAYS).map(Integer::parseInt);
    // Counted back from the log's clock, the wall clock the questions were recorded by (never --today).
    List<QuestionLog.Gap> gaps = days.map(log::recentGaps).orElseGet(log::gaps);
    if (gaps.isEmpty()) {
      return Reply.privately("No gaps" + days.map(d -> " in the last " + d + " days").orElse("")
          + ": every question was answered and nobody gave a thumbs-down.");
    }
    StringBuilder text = new StringBuilder("Questions the documents didn't answer");
    text.append(days.map(d -> " (last " + d + " days)").orElse("")).append(", most asked first:\n");
    List<Reply.ReplyButton> buttons = new ArrayList<>();
    ZoneId zone = clock.getZone();
    for (int i = 0; i < Math.min(gaps.size(), MAX_SHOWN); i++) {
      QuestionLog.Gap gap = gaps.get(i);
      text.append(i + 1).append(". “").append(gap.question()).append("” — asked ").append(gap.count())
          .append(gap.count() == 1 ? " time" : " times").append(gap.members() > 0 ? " by " + gap.members()
              + (gap.members() == 1 ? " member" : " members") : "")
          .append(", last ").append(DAY.format(gap.lastAsked().atZone(zone)))
          .append(gap.thumbsDown() > 0 ? " (" + gap.thumbsDown() + " 👎)" : "").append('\n');
      gap.variants().stream().limit(2).forEach(variant -> text.append("   also: “").append(variant).append("”\n"));
      buttons.add(new Reply.ReplyButton(ButtonId.of(BUTTON, String.valueOf(gap.questionIds().get(0))).encode(),
          "Answer " + (i + 1), Reply.ReplyButton.Style.PRIMARY));
    }
    if (gaps.size() > MAX_SHOWN) {
      text.append("…and ").append(gaps.size() - MAX_SHOWN).append(" more; /gaps days:7 shows the recent ones.");
    }
    return Reply.privately(text.toString().strip()).withButtons(buttons);
  }

  @Override
  public String prefix() {
    return BUTTON;
  }

  @Override
  public Reply press(ButtonId id, CommandRequest request) {
    if (!request.staff()) {
      return Reply.privately("Only the network's staff can answer gaps.");
    }
    long questionId;
    try {
      questionId = Long.parseLong(id.arg(0));
    } catch (NumberFormatException e) {
      return Reply.privately("That button no longer does anything. Try /gaps again.");
    }
    return log.gapOf(questionId).map(gap -> Reply.form(TeachReplies.form(questionId, gap.question())))
        .orElse(Reply.privately("That question has been answered already. /gaps shows what is still open."));
  }
}
