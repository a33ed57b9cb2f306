package org.msan.convene.events;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.ZoneId;
import java.util.Locale;
import org.msan.convene.knowledge.KnowledgeFolder;
import org.msan.convene.knowledge.Problem;

/** Reads every calendar file of the knowledge folder ({@code .yaml}/{@code .yml} and {@code .ics}). */
public final class CalendarLoader {

  private final EventsYamlReader yaml;
  private final IcsReader ics;

  public CalendarLoader(ZoneId networkZone) {
    this.yaml = new EventsYamlReader(networkZone);
    this.ics = new IcsReader(networkZone);
  }

  public EventCalendar load(KnowledgeFolder folder) {
    CalendarBuilder calendar = new CalendarBuilder();
    for (String path : folder.calendarFiles()) {
      String text;
      try {
        text = Files.readString(folder.resolve(path), StandardCharsets.UTF_8);
      } catch (IOException e) {
        calendar.problem(new Problem(path, 0, "cannot read the calendar file (not UTF-8 text?)"));
        continue;
      }
      if (path.toLowerCase(Locale.ROOT).endsWith(".ics")) {
        ics.read(path, text, calendar);
      } else {
        yaml.read(path, text, calendar);
      }
    }
    return calendar.build();
  }
}
