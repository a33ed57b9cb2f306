package org.msan.convene.events;

import java.util.concurrent.atomic.AtomicReference;
import org.msan.convene.knowledge.KnowledgeFolder;

/** Holds the calendar the answers use, and swaps in a fresh one when the folder is re-read. */
public final class CalendarService {

  private final KnowledgeFolder folder;
  private final CalendarLoader loader;
  private final AtomicReference<EventCalendar> current = new AtomicReference<>();

  public CalendarService(KnowledgeFolder folder, CalendarLoader loader) {
    this.folder = folder;
    this.loader = loader;
  }

  /** The calendar, read from the folder on first use. */
  public EventCalendar current() {
    EventCalendar calendar = current.get();
    return calendar != null ? calendar : reload();
  }

  public EventCalendar reload() {
    EventCalendar calendar = loader.load(folder);
    current.set(calendar);
    return calendar;
  }
}
