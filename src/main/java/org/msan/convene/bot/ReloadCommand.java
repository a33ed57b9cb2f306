package org.msan.convene.bot;

import java.util.ArrayList;
import java.util.List;
import org.msan.convene.events.CalendarService;
import org.msan.convene.events.EventCalendar;
import org.msan.convene.knowledge.IndexReport;
import org.msan.convene.knowledge.KnowledgeFolder;
import org.msan.convene.knowledge.PassageIndex;
import org.msan.convene.knowledge.Problem;

/** {@code /reload} (coordinators): re-reads the knowledge folder now and says what changed. */
public final class ReloadCommand implements BotCommand {

  private final KnowledgeFolder folder;
  private final PassageIndex index;
  private final CalendarService calendars;

  public ReloadCommand(KnowledgeFolder folder, PassageIndex index, CalendarService calendars) {
    this.folder = folder;
    this.index = index;
    this.calendars = calendars;
  }

  @Override
  public String name() {
    return "reload";
  }

  @Override
  public String description() {
    return "Re-read the knowledge folder now (coordinators)";
  }

  @Override
  public boolean repliesPrivately() {
    return true;
  }

  @Override
  public Permission permission() {
    return Permission.COORDINATOR;
  }

  @Override
  public boolean slow() {
    return true;
  }

  @Override
  public Reply handle(CommandRequest request) {
    IndexReport report = index.refresh(folder);
    EventCalendar calendar = calendars.reload();
    List<String> lines = new ArrayList<>();
    lines.add("Reloaded: " + report.documents() + " documents, " + report.passages() + " passages, "
        + calendar.all().size() + " events.");
    if (!report.changedAnything()) {
      lines.add("No document changed.");
    }
    report.added().forEach(path -> lines.add("added " + path));
    report.changed().forEach(path -> lines.add("changed " + path));
    report.removed().forEach(path -> lines.add("removed " + path));
    List<Problem> problems = new ArrayList<>(report.problems());
    problems.addAll(calendar.problems());
    problems.forEach(problem -> lines.add("skipped " + problem));
    return Reply.privately(String.join("\n", lines));
  }
}
