package org.msan.convene.events;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.msan.convene.knowledge.Problem;

/**
 * Reads {@code events.yaml}: a list under {@code events:}, its times written without a zone read in
 * the file's {@code time_zone:} (an IANA or Windows name) or else the network's. Another top-level
 * key is reported and the events still load. Reads it token by token so every problem names the
 * line of the field it is about. An event without a readable id, title or start is left
 * out, and so is one with a field this reader doesn't know (it may be "status: cancelled"); an end,
 * capacity or RSVP deadline that can't be read is reported and left out of its event, which still
 * loads. The rest always load.
 */
final class EventsYamlReader {

  static final Set<String> FIELDS = Set.of("id", "title", "start", "end", "kind", "series", "description",
      "location", "audience", "capacity", "rsvp_deadline", "source");
  /**
   * The longest id: Discord's custom ids hold 100 characters, and an RSVP button's is
   * {@code rsvp:<id>:not_going}; the rest is room for a recurring occurrence's date and later buttons.
   */
  static final int MAX_ID = 64;
  /** The top-level key naming the zone of the file's times written without one. */
  private static final String TIME_ZONE = "time_zone";
  private static final List<String> REQUIRED = List.of("id", "title", "start");
  private static final String LEFT_OUT = "; the event is loaded without it";
  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private final ZoneId networkZone;

  EventsYamlReader(ZoneId networkZone) {
    this.networkZone = networkZone;
  }

  void read(String path, String text, CalendarBuilder calendar) {
    try {
      ZoneId zone = fileZone(path, text, calendar);
      try (JsonParser parser = YAML.getFactory().createParser(text)) {
        JsonToken first = parser.nextToken();
        if (first == JsonToken.START_ARRAY) {
          readEvents(path, parser, zone, calendar);
        } else if (first == JsonToken.START_OBJECT) {
          readTopLevel(path, parser, zone, calendar);
        } else if (first != null) {
          calendar.problem(new Problem(path, line(parser), "expected 'events:' followed by a list of events"));
        }
      }
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      calendar.unreadable(new Problem(path, line, "not valid YAML: "
          + e.getOriginalMessage().lines().findFirst().orElse("") + " (check the indentation of this line and the one before)"));
    } catch (IOException e) {
      calendar.unreadable(new Problem(path, 0, "cannot read: " + e.getMessage()));
    }
  }

  /**
   * The zone of this file's times written without one: its top-level {@code time_zone:}, wherever
   * it stands (before a syntax error), else the network's. A zone that can't be read is reported
   * and the network's used.
   */
  private ZoneId fileZone(String path, String text, CalendarBuilder calendar) throws IOException {
    try (JsonParser parser = YAML.getFactory().createParser(text)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return networkZone;
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        boolean named = TIME_ZONE.equals(parser.currentName());
        int line = line(parser);
        JsonToken value = parser.nextToken();
        if (named && (value == JsonToken.START_ARRAY || value == JsonToken.START_OBJECT)) {
          calendar.problem(new Problem(path, line, "'time_zone' must be a single zone like America/Chicago; times are read in "
              + networkZone.getId()));
          return networkZone;
        }
        if (named && value != null && value.isScalarValue()) {
          Optional<ZoneId> zone = Zones.resolve(parser.getText(), networkZone);
          if (zone.isPresent()) {
            return zone.get();
          }
          calendar.problem(new Problem(path, line, "'" + parser.getText().strip()
              + "' is not a time zone: write one like America/Chicago; times are read in " + networkZone.getId()));
          return networkZone;
        }
        parser.skipChildren();
      }
      return networkZone;
    } catch (JsonProcessingException e) {
      // Reported by the reading that follows, which keeps the events above the error.
      return networkZone;
    }
  }

  /** {@code events:} among the file's keys; any other key (but {@code time_zone:}) is reported and the events still load. */
  private void readTopLevel(String path, JsonParser parser, ZoneId zone, CalendarBuilder calendar) throws IOException {
    boolean sawEvents = false;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      int keyLine = line(parser);
      JsonToken value = parser.nextToken();
      if ("events".equals(key) && !sawEvents) {
        sawEvents = true;
        if (value == JsonToken.START_ARRAY) {
          readEvents(path, parser, zone, calendar);
        } else if (value != JsonToken.VALUE_NULL) {
          calendar.problem(new Problem(path, keyLine, "expected a list of events, each starting with '- id:'"));
          parser.skipChildren();
        }
      } else {
        if ("events".equals(key)) {
          calendar.problem(new Problem(path, keyLine, "a second 'events:' is not read: put every event in one list"));
        } else if (!TIME_ZONE.equals(key)) {
          calendar.problem(new Problem(path, keyLine, "'" + key + "' is not read: only 'events:' and 'time_zone:' are"));
        }
        parser.skipChildren();
      }
    }
    if (!sawEvents) {
      calendar.problem(new Problem(path, 1, "expected 'events:' followed by a list of events"));
    }
  }

  private void readEvents(String path, JsonParser parser, ZoneId zone, CalendarBuilder calendar) throws IOException {
    for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY && token != null; token = parser.nextToken()) {
      if (token == JsonToken.START_OBJECT) {
        readEvent(path, parser, zone, calendar);
      } else {
        calendar.problem(new Problem(path, line(parser), "expected an event (id:, title:, start: ...) here"));
        parser.skipChildren();
      }
    }
  }

  private void readEvent(String path, JsonParser parser, ZoneId zone, CalendarBuilder calendar) throws IOException {
    int eventLine = line(parser);
    Map<String, String> values = new HashMap<>();
    Map<String, Integer> lines = new HashMap<>();
    boolean valid = true;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      int fieldLine = line(parser);
      parser.nextToken();
      JsonNode value = YAML.readTree(parser);
      lines.put(field, fieldLine);
      if (!FIELDS.contains(field)) {
        // An unknown field may be what the writer meant to matter most ("status: cancelled"): the
        // event is left out, not shown as if it were on.
        calendar.problem(new Problem(path, fieldLine, "unknown field '" + field + "' (known: " + String.join(", ",
            FIELDS.stream().sorted().toList()) + "); the event is left out until it is fixed"));
        valid = false;
      } else if (value != null && value.isContainerNode()) {
        valid &= !REQUIRED.contains(field);
        calendar.problem(new Problem(path, fieldLine, "'" + field + "' must be a single value"
            + (REQUIRED.contains(field) ? "" : LEFT_OUT)));
      } else if (value != null && !value.isNull()) {
        values.put(field, value.asText().strip());
      }
    }
    CalendarEvent event = valid ? build(path, values, lines, eventLine, zone, calendar) : null;
    if (event != null) {
      calendar.add(event, eventLine);
    }
  }

  private CalendarEvent build(String path, Map<String, String> values, Map<String, Integer> lines, int eventLine,
      ZoneId zone, CalendarBuilder calendar) {
    for (String required : REQUIRED) {
      if (values.getOrDefault(required, "").isEmpty()) {
        String id = values.containsKey("id") ? " '" + values.get("id") + "'" : "";
        calendar.problem(new Problem(path, lines.getOrDefault(required, eventLine), "event" + id + " has no " + required));
        return null;
      }
    }
    String id = values.get("id");
    if (!SLUG.matcher(id).matches()) {
      calendar.problem(new Problem(path, lines.get("id"),
          "id '" + id + "' must be a slug: lower-case letters, digits and dashes, like mdn-kickoff"));
      return null;
    }
    if (id.length() > MAX_ID) {
      calendar.problem(new Problem(path, lines.get("id"), "id '" + id + "' is " + id.length()
          + " characters; keep it to " + MAX_ID + " so Discord's buttons (100 characters) can carry it"));
      return null;
    }
    EventTime start;
    try {
      start = time(values, "start", zone);
    } catch (FieldException e) {
      calendar.problem(new Problem(path, lines.getOrDefault(e.field, eventLine), "event '" + id + "': " + e.getMessage()));
      return null;
    }
    // A bad optional field is reported and left out: the event still shows on its date, not missing
    // because of a mistyped deadline.
    EventTime end = optional(path, id, lines, calendar, () -> {
      EventTime read = optionalTime(values, "end", zone);
      if (read != null && read.lastDay().isBefore(start.firstDay())) {
        throw new FieldException("end", "end is before start");
      }
      return read;
    });
    Integer capacity = optional(path, id, lines, calendar, () -> capacity(values.getOrDefault("capacity", "")));
    EventTime deadline = optional(path, id, lines, calendar, () -> optionalTime(values, "rsvp_deadline", zone));
    return new CalendarEvent(id, values.get("title"), start, end, values.get("kind"), values.get("series"),
        values.get("description"), values.get("location"), values.get("audience"), capacity,
        deadline == null ? null : deadline.lastDay(), values.get("source"), path);
  }

  private static <T> T optional(String path, String id, Map<String, Integer> lines, CalendarBuilder calendar,
      Supplier<T> read) {
    try {
      return read.get();
    } catch (FieldException e) {
      calendar.problem(new Problem(path, lines.getOrDefault(e.field, 0), "event '" + id + "': " + e.getMessage() + LEFT_OUT));
      return null;
    }
  }

  private static Integer capacity(String value) {
    if (value.isEmpty()) {
      return null;
    }
    int capacity;
    try {
      capacity = Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new FieldException("capacity", "capacity must be a whole number of people");
    }
    if (capacity < 1) {
      throw new FieldException("capacity", "capacity must be at least 1");
    }
    return capacity;
  }

  /** The field's time, or null when it is not given. */
  private EventTime optionalTime(Map<String, String> values, String field, ZoneId zone) {
    return values.getOrDefault(field, "").isEmpty() ? null : time(values, field, zone);
  }

  private EventTime time(Map<String, String> values, String field, ZoneId zone) {
    try {
      return EventTimes.parse(values.get(field), zone, networkZone);
    } catch (IllegalArgumentException e) {
      throw new FieldException(field, field + " " + e.getMessage());
    }
  }

  private static int line(JsonParser parser) {
    return parser.currentTokenLocation().getLineNr();
  }

  private static final class FieldException extends RuntimeException {
    private final String field;

    FieldException(String field, String message) {
      super(message, null, false, false);
      this.field = field;
    }
  }
}
