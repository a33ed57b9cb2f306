package org.msan.convene.events;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.msan.convene.knowledge.KnowledgeFolder;
import org.msan.convene.knowledge.ProblemLog;

/** Holds the calendar the answers use, and swaps in a fresh one when the folder is re-read. */
public final class CalendarService {

  private final KnowledgeFolder folder;
  private final CalendarLoader loader;
  private final AtomicReference<EventCalendar> current = new AtomicReference<>();
  private final List<Consumer<EventCalendar>> listeners = new CopyOnWriteArrayList<>();

  public CalendarService(KnowledgeFolder folder, CalendarLoader loader) {
    this.folder = folder;
    this.loader = loader;
  }

  /** The calendar, read from the folder on first use. */
  public EventCalendar current() {
    EventCalendar calendar = current.get();
    return calendar != null ? calendar : reload();
  }

  /** {@code check} and {@code /reload} report the calendar's problems; the log has each once, at INFO. */
  private final ProblemLog problemLog = new ProblemLog(CalendarService.class);

  /** Reads the calendar files again; their problems are logged, and a file that cannot be read keeps its last good events. */
  public EventCalendar reload() {
    EventCalendar calendar = loader.load(folder);
    problemLog.log(calendar.problems());
    current.set(calendar);
    listeners.forEach(listener -> listener.accept(calendar));
    return calendar;
  }

  /** Called with the new calendar after every reload (the Discord Events tab follows it). */
  public void onReload(Consumer<EventCalendar> listener) {
    listeners.add(listener);
  }
}
