package org.msan.convene.events;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.WeekDay;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.transform.recurrence.Frequency;
import org.msan.convene.knowledge.Problem;

/**
 * Reads the VEVENTs of an {@code .ics} file as calendars export them (Google, Outlook/Exchange):
 * SUMMARY, DESCRIPTION, LOCATION, CATEGORIES as kind, UID as the stable id, STATUS:CANCELLED;
 * all-day, UTC and TZID times, Windows zone names included; recurring series (RRULE, RDATE,
 * EXDATE, overridden instances by RECURRENCE-ID) expanded into occurrences by ical4j's {@link Recur}.
 * Lines are unfolded on bytes before decoding (RFC 5545 §3.1 lets a fold split a UTF-8 character).
 */
final class IcsReader {

  private static final DateTimeFormatter BASIC_DATE = DateTimeFormatter.ofPattern("uuuuMMdd", Locale.ROOT);
  private static final DateTimeFormatter BASIC_DATE_TIME = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss", Locale.ROOT);
  /** An open-ended series is expanded this far past the later of its start and today. */
  private static final int HORIZON_YEARS = 2;
  /** More occurrences than a calendar needs; bounds a rule like FREQ=MINUTELY. */
  private static final int MAX_OCCURRENCES = 1000;
  private static final Pattern CANCELED_PREFIX = Pattern.compile("(?i)^cancell?ed\\s*:\\s*");
  /** A UID longer than this (Outlook's are 100+ hex digits) gives a shortened id that still fits in a button id. */
  private static final int MAX_ID_FROM_UID = 48;

  private final ZoneId networkZone;
  private final java.time.Clock clock;

  IcsReader(ZoneId networkZone, java.time.Clock clock) {
    this.networkZone = networkZone;
    this.clock = clock;
  }

  void read(String path, byte[] bytes, org.msan.convene.events.CalendarBuilder calendar) {
    String text = decode(unfold(bytes));
    // Problems name lines as the file has them, before unfolding.
    String asWritten = new String(bytes, StandardCharsets.UTF_8);
    Calendar ics;
    try {
      ics = new CalendarBuilder().build(new StringReader(text));
    } catch (ParserException e) {
      calendar.unreadable(new Problem(path, e.getLineNo(), "not a valid calendar: " + firstLine(e.getMessage())));
      return;
    } catch (IOException | RuntimeException e) {
      calendar.unreadable(new Problem(path, 0, "not a valid calendar: " + firstLine(e.getMessage())));
      return;
    }
    List<VEvent> masters = new ArrayList<>();
    Map<String, List<VEvent>> overrides = new HashMap<>();
    for (VEvent event : ics.<VEvent>getComponents(Component.VEVENT)) {
      if (event.getProperty(Property.RECURRENCE_ID).isPresent()) {
        overrides.computeIfAbsent(value(event, Property.UID), uid -> new ArrayList<>()).add(event);
      } else {
        masters.add(event);
      }
    }
    for (VEvent event : masters) {
      String uid = value(event, Property.UID);
      int line = lineOf(asWritten, uid);
      if (uid.isEmpty()) {
        calendar.problem(new Problem(path, line, "event '" + value(event, Property.SUMMARY) + "' has no UID"));
        continue;
      }
      try {
        List<CalendarEvent> occurrences = read(path, event, overrides.getOrDefault(uid, List.of()));
        occurrences.forEach(occurrence -> calendar.add(occurrence, line));
      } catch (RuntimeException e) {
        calendar.problem(new Problem(path, line, "event '" + uid + "': " + firstLine(e.getMessage())));
      }
    }
  }

  private List<CalendarEvent> read(String path, VEvent event, List<VEvent> overrides) {
    String uid = value(event, Property.UID);
    EventTime start = event.getProperty(Property.DTSTART).map(this::time)
        .orElseThrow(() -> new IllegalArgumentException("has no DTSTART"));
    EventTime end = end(event, start);
    String id = id(uid);
    Optional<Property> rule = event.getProperty(Property.RRULE);
    if (rule.isEmpty() && event.getProperty(Property.RDATE).isEmpty()) {
      return List.of(single(path, event, id, start, end, null));
    }
    Recur<Temporal> recur = rule.map(p -> new Recur<Temporal>(p.getValue())).orElse(null);
    String words = recur == null ? "" : describe(recur, start);
    String rrule = rule.map(p -> p.getValue().strip()).orElse("");
    // A series written in UTC repeats at the same UTC time (RFC 5545 §3.3.5), across daylight saving too.
    boolean utc = event.getProperty(Property.DTSTART).map(p -> p.getValue().strip().endsWith("Z")).orElse(false);
    Set<EventTime> starts = new LinkedHashSet<>(expand(recur, start, utc));
    for (Property rdate : event.getProperties(Property.RDATE)) {
      for (String one : rdate.getValue().split(",")) {
        starts.add(time(one, tzid(rdate), null));
      }
    }
    Set<EventTime> excluded = new LinkedHashSet<>();
    for (Property exdate : event.getProperties(Property.EXDATE)) {
      for (String one : exdate.getValue().split(",")) {
        excluded.add(time(one, tzid(exdate), null));
      }
    }
    // A RECURRENCE-ID names the instance it replaces by its start, in any zone: matched on the instant.
    Map<String, VEvent> overridden = new HashMap<>();
    for (VEvent override : overrides) {
      overridden.put(instant(override.getProperty(Property.RECURRENCE_ID).map(this::time).orElseThrow()), override);
    }
    Duration length = end == null ? null : between(start, end);
    List<CalendarEvent> occurrences = new ArrayList<>();
    for (EventTime original : starts) {
      String occurrenceId = id + "-" + original.firstDay();
      VEvent override = overridden.get(instant(original));
      // Kept as the series writes it, so IcsWriter can name this occurrence in RECURRENCE-ID and EXDATE.
      CalendarEvent.Recurrence recurrence = new CalendarEvent.Recurrence(id, words, rrule,
          utc ? inUtc(original) : original, override != null);
      if (override != null) {
        EventTime moved = override.getProperty(Property.DTSTART).map(this::time).orElse(original);
        occurrences.add(single(path, merged(event, override), occurrenceId, moved, end(override, moved), recurrence));
        continue;
      }
      CalendarEvent occurrence = single(path, event, occurrenceId, original, shifted(original, length), recurrence);
      if (excluded.stream().anyMatch(x -> sameStart(x, original))) {
        occurrence = cancelled(occurrence);
      }
      occurrences.add(occurrence);
    }
    return occurrences;
  }

  private static EventTime inUtc(EventTime time) {
    return time instanceof EventTime.Moment moment
        ? new EventTime.Moment(moment.at().withZoneSameInstant(ZoneOffset.UTC)) : time;
  }

  private CalendarEvent single(String path, VEvent event, String id, EventTime start, EventTime end,
      CalendarEvent.Recurrence recurrence) {
    boolean cancelled = value(event, Property.STATUS).equalsIgnoreCase("CANCELLED");
    String summary = value(event, Property.SUMMARY);
    if (cancelled) {
      // Outlook writes "Canceled: " before the title of a meeting it cancels; the status says it.
      summary = CANCELED_PREFIX.matcher(summary).replaceFirst("");
    }
    String kind = value(event, Property.CATEGORIES).split(",")[0].strip().toLowerCase(Locale.ROOT);
    return new CalendarEvent(id, summary.isEmpty() ? id : summary, start, end, kind, "",
        value(event, Property.DESCRIPTION), value(event, Property.LOCATION), "", null, null, path, path, cancelled,
        recurrence);
  }

  private static CalendarEvent cancelled(CalendarEvent e) {
    return new CalendarEvent(e.id(), e.title(), e.start(), e.end(), e.kind(), e.series(), e.description(),
        e.location(), e.audience(), e.capacity(), e.rsvpDeadline(), e.source(), e.file(), true, e.recurrence());
  }

  /** An overridden instance: its own properties, the series' where it gives none. */
  private static VEvent merged(VEvent series, VEvent override) {
    VEvent merged = override.copy();
    for (String name : List.of(Property.SUMMARY, Property.DESCRIPTION, Property.LOCATION, Property.CATEGORIES)) {
      if (merged.getProperty(name).isEmpty()) {
        series.getProperty(name).ifPresent(p -> merged.add(p));
      }
    }
    return merged;
  }

  /** The starts of the series' occurrences from its first, DTSTART included (RFC 5545 §3.8.5.3). */
  /** The start as an instant, or as its day for an all-day one: what two ways of writing it share. */
  private static String instant(EventTime time) {
    return time instanceof EventTime.Moment moment ? moment.at().toInstant().toString() : time.firstDay().toString();
  }

  private List<EventTime> expand(Recur<Temporal> recur, EventTime start, boolean utc) {
    List<EventTime> starts = new ArrayList<>();
    starts.add(start);
    if (recur == null) {
      return starts;
    }
    LocalDate today = LocalDate.now(clock);
    LocalDate horizon = (start.firstDay().isAfter(today) ? start.firstDay() : today).plusYears(HORIZON_YEARS);
    if (start instanceof EventTime.Moment moment) {
      ZoneId shown = moment.at().getZone();
      ZonedDateTime seed = utc ? moment.at().withZoneSameInstant(ZoneOffset.UTC) : moment.at();
      for (Temporal date : recur.getDates(seed, seed, horizon.atStartOfDay(seed.getZone()), MAX_OCCURRENCES)) {
        starts.add(new EventTime.Moment(ZonedDateTime.from(date).withZoneSameInstant(shown)));
      }
    } else {
      LocalDate seed = start.firstDay();
      for (Temporal date : recur.getDates(seed, seed, horizon, MAX_OCCURRENCES)) {
        starts.add(new EventTime.Day(LocalDate.from(date)));
      }
    }
    return starts.stream().distinct().sorted((a, b) -> a.firstDay().compareTo(b.firstDay())).toList();
  }

  /** "weekly on Tuesdays", "every 2 weeks on Mondays and Wednesdays", "monthly". */
  private static String describe(Recur<Temporal> recur, EventTime start) {
    Frequency frequency = recur.getFrequency();
    int interval = Math.max(1, recur.getInterval());
    String unit = frequency.name().toLowerCase(Locale.ROOT).replace("ly", "").replace("dai", "day");
    String every = interval == 1 ? frequency.name().toLowerCase(Locale.ROOT) : "every " + interval + " " + unit + "s";
    List<DayOfWeek> days = recur.getDayList().stream().map(WeekDay::getDayOfWeek).toList();
    if (days.isEmpty() && frequency == Frequency.WEEKLY) {
      days = List.of(start.firstDay().getDayOfWeek());
    }
    if (days.isEmpty() || frequency != Frequency.WEEKLY) {
      return every;
    }
    List<String> names = days.stream().map(d -> d.getDisplayName(TextStyle.FULL, Locale.US) + "s").toList();
    String joined = names.size() == 1 ? names.get(0)
        : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    return every + " on " + joined;
  }

  private EventTime end(VEvent event, EventTime start) {
    Optional<Property> dtend = event.getProperty(Property.DTEND);
    if (dtend.isPresent()) {
      return allDayEnd(start, time(dtend.get()));
    }
    // RFC 5545 §3.8.2.5: an all-day event without DTEND or DURATION takes one day, a timed one no time.
    return event.getProperty(Property.DURATION).map(p -> allDayEnd(start, shifted(start, duration(p.getValue())))).orElse(null);
  }

  /** An iCalendar DURATION ("PT1H30M", "P2D", "P1W"); weeks are seven days. */
  private static Duration duration(String value) {
    java.util.regex.Matcher weeks = java.util.regex.Pattern.compile("([+-]?)P(\\d+)W").matcher(value.strip());
    return weeks.matches() ? Duration.ofDays(7L * Integer.parseInt(weeks.group(2))) : Duration.parse(value.strip());
  }

  private static Duration between(EventTime start, EventTime end) {
    if (start instanceof EventTime.Moment from && end instanceof EventTime.Moment to) {
      return Duration.between(from.at(), to.at());
    }
    return Duration.ofDays(end.lastDay().toEpochDay() - start.firstDay().toEpochDay());
  }

  private static EventTime shifted(EventTime start, Duration length) {
    if (length == null) {
      return null;
    }
    if (start instanceof EventTime.Moment moment) {
      return new EventTime.Moment(moment.at().plus(length));
    }
    return length.toDays() == 0 ? null : new EventTime.Day(start.firstDay().plusDays(length.toDays()));
  }

  private static boolean sameStart(EventTime a, EventTime b) {
    if (a instanceof EventTime.Moment x && b instanceof EventTime.Moment y) {
      return x.at().toInstant().equals(y.at().toInstant());
    }
    return a.firstDay().equals(b.firstDay());
  }

  private EventTime time(Property property) {
    return time(property.getValue(), tzid(property), property instanceof DateProperty<?> date ? date : null);
  }

  private static String tzid(Property property) {
    return property.getParameter(Parameter.TZID).map(Parameter::getValue).orElse(null);
  }

  /**
   * A DATE, a UTC DATE-TIME, or a local DATE-TIME in its TZID: an IANA id, a Windows name, or
   * else a zone the file defines itself in a VTIMEZONE (which ical4j has turned into zone rules).
   */
  private EventTime time(String raw, String tzid, DateProperty<?> parsed) {
    String value = raw.strip();
    if (value.length() == 8) {
      return new EventTime.Day(LocalDate.parse(value, BASIC_DATE));
    }
    if (value.endsWith("Z")) {
      LocalDateTime utc = LocalDateTime.parse(value.substring(0, value.length() - 1), BASIC_DATE_TIME);
      return new EventTime.Moment(utc.atZone(ZoneOffset.UTC).withZoneSameInstant(networkZone));
    }
    LocalDateTime local = LocalDateTime.parse(value, BASIC_DATE_TIME);
    if (tzid == null) {
      return new EventTime.Moment(local.atZone(networkZone));
    }
    Optional<ZoneId> zone = Zones.resolve(tzid, networkZone);
    if (zone.isPresent()) {
      return new EventTime.Moment(local.atZone(zone.get()));
    }
    if (parsed != null && parsed.getDate() instanceof ZonedDateTime defined) {
      return new EventTime.Moment(defined);
    }
    throw new IllegalArgumentException("unknown time zone '" + tzid + "'");
  }

  /** An all-day DTEND is exclusive (the day after); the calendar keeps the last day of the event. */
  private static EventTime allDayEnd(EventTime start, EventTime end) {
    if (start instanceof EventTime.Day && end instanceof EventTime.Day day) {
      LocalDate last = day.date().minusDays(1);
      return last.isAfter(start.firstDay()) ? new EventTime.Day(last) : null;
    }
    return end;
  }

  /** RFC 5545 §3.1: a line break followed by a space or tab is removed, on octets, before decoding. */
  static byte[] unfold(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
    for (int i = 0; i < bytes.length; i++) {
      byte b = bytes[i];
      if (b == '\r' && i + 2 < bytes.length && bytes[i + 1] == '\n' && isBlank(bytes[i + 2])) {
        i += 2;
        continue;
      }
      if (b == '\n' && i + 1 < bytes.length && isBlank(bytes[i + 1])) {
        i += 1;
        continue;
      }
      out.write(b);
    }
    return out.toByteArray();
  }

  private static boolean isBlank(byte b) {
    return b == ' ' || b == '\t';
  }

  /** UTF-8 as RFC 5545 says; a file saved in Windows-1252 by an old exporter is read as that. */
  private static String decode(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return new String(bytes, java.nio.charset.Charset.forName("windows-1252"));
    }
  }

  private static String value(VEvent event, String name) {
    return event.getProperty(name).map(Property::getValue).map(String::strip).orElse("");
  }

  /**
   * Calendar ids are slugs that fit in a Discord button id: "abc@example.org" becomes
   * "abc-example-org"; a long UID keeps its start and gains a hash of the whole, so it stays unique.
   */
  static String id(String uid) {
    String slug = slug(uid);
    if (slug.length() <= MAX_ID_FROM_UID) {
      return slug;
    }
    return slug.substring(0, 24).replaceAll("-$", "") + "-" + hash(uid);
  }

  static String slug(String text) {
    String slug = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    return slug.isEmpty() ? "event" : slug;
  }

  private static String hash(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 5);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
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
