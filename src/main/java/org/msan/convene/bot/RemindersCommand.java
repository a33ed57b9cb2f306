package org.msan.convene.bot;

import java.util.List;
import org.msan.convene.reminders.ReminderService;

/** {@code /reminders off|on}: a member turns their event reminders off or back on. */
public final class RemindersCommand implements BotCommand {

  public static final String STATE = "state";

  private final ReminderService reminders;

  public RemindersCommand(ReminderService reminders) {
    this.reminders = reminders;
  }

  @Override
  public String name() {
    return "reminders";
  }

  @Override
  public String description() {
    return "Turn your event reminders off or on";
  }

  @Override
  public List<OptionSpec> options() {
    return List.of(OptionSpec.choice(STATE, "off or on", true, List.of("off", "on")));
  }

  @Override
  public boolean repliesPrivately() {
    return true;
  }

  @Override
  public Reply handle(CommandRequest request) {
    boolean on = request.get(STATE).equals("on");
    reminders.setEnabled(request.userId(), on);
    return Reply.privately(on ? "Reminders are on: I'll message you before events you said going or maybe to."
        : "Reminders are off. /reminders on turns them back on.");
  }
}
