package org.msan.convene.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.msan.convene.knowledge.Problem;

/** Collects events from every calendar file, refusing a second event with an id already taken. */
final class CalendarBuilder {

  private final Map<String, CalendarEvent> events = new HashMap<>();
  private final List<Problem> problems = new ArrayList<>();

  void add(CalendarEvent event, int line) {
    CalendarEvent first = events.get(event.id());
    if (first != null) {
      problems.add(new Problem(event.file(), line,
          "duplicate id '" + event.id() + "' (already used in " + first.file() + "); this one is left out"));
      return;
    }
    events.put(event.id(), event);
  }

  void problem(Problem problem) {
    problems.add(problem);
  }

  EventCalendar build() {
    return new EventCalendar(List.copyOf(events.values()), problems);
  }
}
