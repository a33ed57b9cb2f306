package org.msan.convene.events;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.msan.convene.knowledge.Problem;

/**
 * Reads the VEVENTs of an {@code .ics} file (ical4j): SUMMARY, DESCRIPTION, LOCATION, CATEGORIES as
 * kind, UID as the stable id; all-day, UTC and TZID start times. Times are turned into java.time
 * values here, from the raw property value and its TZID, so zones resolve the same everywhere.
 */
final class IcsReader {

  private static final DateTimeFormatter BASIC_DATE = DateTimeFormatter.ofPattern("uuuuMMdd", Locale.ROOT);
  private static final DateTimeFormatter BASIC_DATE_TIME = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss", Locale.ROOT);

  private final ZoneId networkZone;

  IcsReader(ZoneId networkZone) {
    this.networkZone = networkZone;
  }

  void read(String path, String text, org.msan.convene.events.CalendarBuilder calendar) {
    Calendar ics;
    try {
      ics = new CalendarBuilder().build(new StringReader(text));
    } catch (ParserException e) {
      calendar.problem(new Problem(path, e.getLineNo(), "not a valid calendar: " + firstLine(e.getMessage())));
      return;
    } catch (IOException | RuntimeException e) {
      calendar.problem(new Problem(path, 0, "not a valid calendar: " + firstLine(e.getMessage())));
      return;
    }
    for (VEvent event : ics.<VEvent>getComponents(Component.VEVENT)) {
      String uid = value(event, Property.UID);
      int line = lineOf(text, uid);
      if (uid.isEmpty()) {
        calendar.problem(new Problem(path, line, "event '" + value(event, Property.SUMMARY) + "' has no UID"));
        continue;
      }
      String id = slug(uid);
      try {
        Optional<Property> start = event.getProperty(Property.DTSTART);
        if (start.isEmpty()) {
          calendar.problem(new Problem(path, line, "event '" + uid + "' has no DTSTART"));
          continue;
        }
        EventTime from = time(start.get());
        EventTime to = event.getProperty(Property.DTEND).map(this::time).map(end -> allDayEnd(from, end)).orElse(null);
        String kind = value(event, Property.CATEGORIES).split(",")[0].strip().toLowerCase(Locale.ROOT);
        calendar.add(new CalendarEvent(id, value(event, Property.SUMMARY).isEmpty() ? id : value(event, Property.SUMMARY),
            from, to, kind, "", value(event, Property.DESCRIPTION), value(event, Property.LOCATION), "", null, null,
            path, path), line);
      } catch (RuntimeException e) {
        calendar.problem(new Problem(path, line, "event '" + uid + "': " + firstLine(e.getMessage())));
      }
    }
  }

  private EventTime time(Property property) {
    String value = property.getValue().strip();
    Optional<Parameter> tzid = property.getParameter(Parameter.TZID);
    if (value.length() == 8) {
      return new EventTime.Day(LocalDate.parse(value, BASIC_DATE));
    }
    if (value.endsWith("Z")) {
      LocalDateTime utc = LocalDateTime.parse(value.substring(0, value.length() - 1), BASIC_DATE_TIME);
      return new EventTime.Moment(utc.atZone(ZoneOffset.UTC).withZoneSameInstant(networkZone));
    }
    ZoneId zone = tzid.map(p -> ZoneId.of(p.getValue())).orElse(networkZone);
    return new EventTime.Moment(LocalDateTime.parse(value, BASIC_DATE_TIME).atZone(zone));
  }

  /** An all-day DTEND is exclusive (the day after); the calendar keeps the last day of the event. */
  private static EventTime allDayEnd(EventTime start, EventTime end) {
    if (start instanceof EventTime.Day && end instanceof EventTime.Day day) {
      LocalDate last = day.date().minusDays(1);
      return last.isAfter(start.firstDay()) ? new EventTime.Day(last) : null;
    }
    return end;
  }

  private static String value(VEvent event, String name) {
    return event.getProperty(name).map(Property::getValue).map(String::strip).orElse("");
  }

  /** Calendar ids must be slugs; a UID like "abc@example.org" becomes "abc-example-org". */
  static String slug(String uid) {
    String slug = uid.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    return slug.isEmpty() ? "event" : slug;
  }

  private static int lineOf(String text, String uid) {
    if (uid.isEmpty()) {
      return 0;
    }
    String[] lines = text.split("\r?\n");
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].startsWith("UID") && lines[i].contains(uid)) {
        return i + 1;
      }
    }
    return 0;
  }

  private static String firstLine(String message) {
    return message == null ? "unknown error" : message.lines().findFirst().orElse("unknown error");
  }
}
