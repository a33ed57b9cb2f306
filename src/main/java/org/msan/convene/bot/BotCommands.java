package org.msan.convene.bot;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.msan.convene.answer.AnswerService;
import org.msan.convene.answer.QuestionLog;
import org.msan.convene.answer.TeachService;
import org.msan.convene.events.CalendarEvent;
import org.msan.convene.events.CalendarExport;
import org.msan.convene.events.CalendarService;
import org.msan.convene.knowledge.KnowledgeAudit;
import org.msan.convene.knowledge.KnowledgeFiles;
import org.msan.convene.knowledge.KnowledgeFolder;
import org.msan.convene.knowledge.PassageIndex;
import org.msan.convene.reminders.ReminderService;
import org.msan.convene.rsvp.RsvpService;

/** Builds the registry of every command and button of the bot. */
public final class BotCommands {

  private static final int MAX_SUGGESTIONS = 25;

  private BotCommands() {}

  public static CommandRegistry registry(AnswerService answers, QuestionLog log, boolean slowAnswers,
      CalendarService calendars, RsvpService rsvps, ReminderService reminders, KnowledgeFolder folder,
      PassageIndex index, TeachService teaching, KnowledgeAudit audit, KnowledgeFiles files, CalendarExport export,
      Clock clock) {
    TeachCommand teach = new TeachCommand(teaching);
    GapsCommand gaps = new GapsCommand(log, clock);
    List<BotCommand> commands = new java.util.ArrayList<>(List.of(
        new AskCommand(answers, log, slowAnswers),
        new EventsCommand(calendars, rsvps, clock),
        new EventCommand(rsvps, clock),
        new RsvpCommand(rsvps),
        new MyRsvpsCommand(rsvps, calendars, clock.getZone()),
        new RsvpsCommand(rsvps),
        new RsvpsExportCommand(rsvps),
        RsvpLockCommand.close(rsvps),
        RsvpLockCommand.open(rsvps),
        new ReloadCommand(folder, index, calendars),
        NotificationsCommand.notifications(reminders),
        NotificationsCommand.reminders(reminders),
        new AnnounceCommand(new AnnouncementCards(rsvps, clock)),
        gaps,
        teach,
        new AuditCommand(audit, clock.getZone())));
    commands.addAll(KnowledgeCommands.commands(files, clock.getZone()));
    List<ButtonAction> buttons = List.of(new RsvpButton(rsvps), new FeedbackButton(log), gaps,
        KnowledgeCommands.confirmRemoval(files), new AddToCalendarButton(export, clock.getZone()));
    return new CommandRegistry(commands, buttons, List.of(teach), typed -> suggestEvents(calendars, clock, typed));
  }

  /** Upcoming events first, matching what was typed in the id or the title. */
  static List<Suggestion> suggestEvents(CalendarService calendars, Clock clock, String typed) {
    String needle = typed.strip().toLowerCase(Locale.ROOT);
    LocalDate today = LocalDate.now(clock);
    var calendar = calendars.current();
    return Stream.concat(calendar.upcoming(today).stream(), calendar.past(today).stream())
        .filter(e -> e.id().contains(needle) || e.title().toLowerCase(Locale.ROOT).contains(needle))
        .limit(MAX_SUGGESTIONS)
        .map(e -> new Suggestion(label(e, clock), e.id()))
        .toList();
  }

  private static String label(CalendarEvent event, Clock clock) {
    String label = event.title() + " — " + event.when(clock.getZone()).replace("some time in ", "");
    return label.length() <= 100 ? label : label.substring(0, 99) + "…";
  }
}
