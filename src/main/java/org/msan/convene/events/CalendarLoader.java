package org.msan.convene.events;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.msan.convene.knowledge.KnowledgeFolder;
import org.msan.convene.knowledge.Problem;

/**
 * Reads every calendar file of the knowledge folder ({@code .yaml}/{@code .yml} and {@code .ics}).
 * A file that cannot be read to its end (a YAML syntax error, half-saved) is reported, and its
 * events from the last load that read it whole are kept, so a bad save never empties the calendar.
 */
public final class CalendarLoader {

  private final EventsYamlReader yaml;
  private final IcsReader ics;
  private final Map<String, List<CalendarBuilder.Placed>> lastGood = new ConcurrentHashMap<>();

  /** @param clock how far an open-ended recurring series is expanded: two years past today */
  public CalendarLoader(ZoneId networkZone, Clock clock) {
    this.yaml = new EventsYamlReader(networkZone);
    this.ics = new IcsReader(networkZone, clock);
  }

  public EventCalendar load(KnowledgeFolder folder) {
    CalendarBuilder calendar = new CalendarBuilder();
    List<String> paths = folder.calendarFiles();
    lastGood.keySet().retainAll(paths);
    for (String path : paths) {
      CalendarBuilder file = read(folder, path);
      file.problems().forEach(calendar::problem);
      List<CalendarBuilder.Placed> events = file.placed();
      Optional<Problem> unreadable = file.unreadable();
      if (unreadable.isEmpty()) {
        lastGood.put(path, events);
      } else {
        // A process started while the file is broken has no good version: it reads what comes before
        // the error, and says so, as the events after it are missing.
        boolean kept = lastGood.containsKey(path);
        if (kept) {
          events = lastGood.get(path);
        }
        Problem problem = unreadable.get();
        calendar.unreadable(new Problem(path, problem.line(), problem.reason() + (kept
            ? "; the events of its last good version are kept until it is fixed"
            : events.isEmpty() ? "; none of its events can be read until it is fixed"
            : "; until it is fixed, only the " + events.size() + (events.size() == 1 ? " event" : " events")
                + " above the error can be read")));
      }
      events.forEach(placed -> calendar.add(placed.event(), placed.line()));
    }
    return calendar.build();
  }

  private CalendarBuilder read(KnowledgeFolder folder, String path) {
    CalendarBuilder file = new CalendarBuilder();
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(folder.resolve(path));
    } catch (IOException e) {
      file.unreadable(new Problem(path, 0, "cannot read the calendar file: " + e.getMessage()));
      return file;
    }
    if (path.toLowerCase(Locale.ROOT).endsWith(".ics")) {
      ics.read(path, bytes, file);
      return file;
    }
    try {
      String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
      yaml.read(path, text, file);
    } catch (CharacterCodingException e) {
      file.unreadable(new Problem(path, 0, "not UTF-8 text: save it as UTF-8"));
    }
    return file;
  }
}
