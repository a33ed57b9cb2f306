package org.msan.convene.bot;

import java.util.List;
import org.msan.convene.reminders.ReminderService;

/**
 * {@code /notifications off|on}: a member turns their direct messages off or back on (event
 * reminders, answers to questions they asked). {@code /reminders} is the same command under its old name.
 */
public final class NotificationsCommand implements BotCommand {

  public static final String STATE = "state";

  private final ReminderService reminders;
  private final String name;

  private NotificationsCommand(ReminderService reminders, String name) {
    this.reminders = reminders;
    this.name = name;
  }

  public static NotificationsCommand notifications(ReminderService reminders) {
    return new NotificationsCommand(reminders, "notifications");
  }

  /** The old name, kept working for members who learned it. */
  public static NotificationsCommand reminders(ReminderService reminders) {
    return new NotificationsCommand(reminders, "reminders");
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String description() {
    return "Turn your direct messages (event reminders, answers to your questions) off or on";
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
    return Reply.privately(on ? "Notifications are on: I'll message you before events you said going or maybe to,"
        + " and when a question you asked gets an answer." : "Notifications are off. /notifications on turns them back on.");
  }
}
