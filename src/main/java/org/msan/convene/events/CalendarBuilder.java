package org.msan.convene.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.msan.convene.knowledge.Problem;

/** Collects events from calendar files, refusing a second event with an id already taken. */
final class CalendarBuilder {

  /** An event and the line of its file it was read from. */
  record Placed(CalendarEvent event, int line) {}

  private final Map<String, CalendarEvent> events = new HashMap<>();
  private final List<Placed> placed = new ArrayList<>();
  private final List<Problem> problems = new ArrayList<>();
  private final List<Problem> unreadable = new ArrayList<>();

  void add(CalendarEvent event, int line) {
    CalendarEvent first = events.get(event.id());
    if (first != null) {
      problems.add(new Problem(event.file(), line,
          "duplicate id '" + event.id() + "' (already used in " + first.file() + "); this one is left out"));
      return;
    }
    events.put(event.id(), event);
    placed.add(new Placed(event, line));
  }

  void problem(Problem problem) {
    problems.add(problem);
  }

  /** The file could not be read to its end (a syntax error): what it holds may be incomplete. */
  void unreadable(Problem problem) {
    unreadable.add(problem);
  }

  /** Why the file could not be read to its end; empty when it was read whole. */
  Optional<Problem> unreadable() {
    return unreadable.stream().findFirst();
  }

  List<Placed> placed() {
    return List.copyOf(placed);
  }

  /** The problems of events and fields, not those of files read in part ({@link #unreadable()}). */
  List<Problem> problems() {
    return List.copyOf(problems);
  }

  EventCalendar build() {
    return new EventCalendar(List.copyOf(events.values()), problems, unreadable);
  }
}
