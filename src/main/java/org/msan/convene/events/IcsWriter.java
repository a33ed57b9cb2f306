package org.msan.convene.events;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TimeZoneLoader;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Writes calendar events as iCalendar (RFC 5545) through ical4j, the counterpart of {@link IcsReader}.
 * In: one entry per single event or recurring series (its occurrences as the calendar holds them);
 * out: the VEVENTs of each entry and then the bytes of a whole VCALENDAR (UTF-8, CRLF, lines
 * folded at 75 octets, a VTIMEZONE for every zone a time names).
 *
 * <p>Times keep their own zone ({@code DTSTART;TZID=America/New_York}); a day is a {@code VALUE=DATE}
 * with the exclusive end calendars expect; a series is its master (RRULE, RDATE, EXDATE for a
 * cancelled occurrence) and one VEVENT per occurrence changed on its own (RECURRENCE-ID); a
 * cancelled event is {@code STATUS:CANCELLED} under the same UID, so calendars remove it. An event
 * known only by its month is never written: it has no day to be put on.
 */
final class IcsWriter {

  static final String PRODID = "-//Convene//Network calendar//EN";
  /** UIDs are the event's id in this domain: stable across restarts, edits and hosts. */
  static final String UID_DOMAIN = "convene";
  /** RFC 5545 §3.1: lines SHOULD NOT be longer than 75 octets, excluding the line break. */
  private static final int LINE_OCTETS = 75;
  private static final String ZONEINFO = "zoneinfo/";
  private static final Pattern LINK = Pattern.compile("https?://\\S+", Pattern.CASE_INSENSITIVE);

  /** The SEQUENCE of an entry and when its content last changed (its DTSTAMP and LAST-MODIFIED). */
  record Revision(int sequence, Instant changedAt) {}

  private IcsWriter() {}

  /** Whether the event can be put on a calendar: its first and last days are known. */
  static boolean placeable(CalendarEvent event) {
    return event.start().precision() > 0 && (event.end() == null || event.end().precision() > 0);
  }

  static String uid(String key) {
    return key + "@" + UID_DOMAIN;
  }

  /**
   * The VEVENTs of one entry, without SEQUENCE and DTSTAMP (see {@link #revise}).
   *
   * @param entry a single event, or every occurrence of one series, all {@link #placeable}
   */
  static List<VEvent> components(List<CalendarEvent> entry) {
    if (entry.isEmpty()) {
      throw new IllegalArgumentException("an entry has at least one event");
    }
    CalendarEvent first = entry.get(0);
    if (first.recurrence() == null) {
      return List.of(single(first));
    }
    return IcsSeries.components(first.recurrence().seriesId(), entry);
  }

  /** A hash of the entry's content as written: it changes exactly when a calendar should see a change. */
  static String contentHash(List<VEvent> components) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (VEvent component : components) {
        digest.update(component.toString().getBytes(StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(digest.digest(), 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Adds SEQUENCE, DTSTAMP and LAST-MODIFIED to every VEVENT of an entry. */
  static void revise(List<VEvent> components, Revision revision) {
    for (VEvent component : components) {
      component.add(new Sequence(revision.sequence()));
      component.add(new DtStamp(revision.changedAt()));
      component.add(new LastModified(revision.changedAt()));
    }
  }

  /**
   * A whole VCALENDAR.
   *
   * @param name the calendar's name for a subscribed feed (X-WR-CALNAME), or null for a single file
   * @param zone a zone whose VTIMEZONE is included even when no time names it (the network's, for a
   *     feed: a calendar with no events still holds one component, as RFC 5545 requires), or null
   */
  static byte[] write(List<List<VEvent>> entries, String name, ZoneId zone) {
    Calendar calendar = new Calendar();
    calendar.add(new ProdId(PRODID));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    if (name != null) {
      // The names Google Calendar, Outlook and Apple Calendar show for a subscribed calendar, and
      // how often Outlook refreshes it.
      calendar.add(new XProperty("X-WR-CALNAME", name));
      calendar.add(new XProperty("X-PUBLISHED-TTL", "PT1H"));
      if (zone != null) {
        calendar.add(new XProperty("X-WR-TIMEZONE", zone.getId()));
      }
    }
    Set<String> zones = new LinkedHashSet<>();
    if (zone != null && vtimezone(zone).isPresent()) {
      zones.add(zone.getId());
    }
    for (List<VEvent> entry : entries) {
      for (VEvent component : entry) {
        calendar.add(component);
        for (Property property : component.getProperties()) {
          property.getParameter(Parameter.TZID).map(Parameter::getValue).ifPresent(zones::add);
        }
      }
    }
    for (String id : zones) {
      calendar.add(vtimezone(ZoneId.of(id)).orElseThrow());
    }
    StringWriter text = new StringWriter();
    try {
      new CalendarOutputter(false).output(calendar, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // Folded again on octets: ical4j folds on characters, which lets a line of accented or
    // non-Latin text run past 75 octets.
    return fold(new String(IcsReader.unfold(text.toString().getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8));
  }

  private static VEvent single(CalendarEvent event) {
    VEvent component = new VEvent(false);
    component.add(new Uid(uid(event.id())));
    times(component, event.start(), event.end());
    describe(component, event, mixed(event));
    if (event.cancelled()) {
      component.add(new Status(Status.VALUE_CANCELLED));
    }
    return component;
  }

  /** A time in its own zone when ical4j has that zone's VTIMEZONE; otherwise in UTC, which needs none. */
  static Temporal temporal(ZonedDateTime at) {
    if (at.getZone() instanceof ZoneOffset || vtimezone(at.getZone()).isEmpty()) {
      return at.toInstant();
    }
    return at;
  }

  /**
   * DTSTART and DTEND. Two times are written as times (no DTEND for an event whose end isn't
   * known); anything known only to the day is written as days, the end exclusive (RFC 5545 §3.6.1).
   */
  static void times(VEvent component, EventTime start, EventTime end) {
    if (start instanceof EventTime.Moment from && (end == null || end instanceof EventTime.Moment)) {
      component.add(new DtStart<>(temporal(from.at())));
      if (end instanceof EventTime.Moment to && to.at().isAfter(from.at())) {
        component.add(new DtEnd<>(temporal(to.at())));
      }
      return;
    }
    LocalDate last = end == null ? start.lastDay() : end.lastDay();
    component.add(new DtStart<>(start.firstDay()));
    component.add(new DtEnd<>((last.isBefore(start.firstDay()) ? start.firstDay() : last).plusDays(1)));
  }

  /** A time at one end and only a day at the other: written as days, the time said in words. */
  static boolean mixed(CalendarEvent event) {
    return event.end() != null && event.start().precision() != event.end().precision();
  }

  static void describe(VEvent component, CalendarEvent event, boolean mixed) {
    component.add(new Summary(event.title()));
    if (!event.location().isEmpty()) {
      component.add(new Location(event.location()));
    }
    String description = event.description();
    if (mixed) {
      ZoneId zone = event.start() instanceof EventTime.Moment m ? m.at().getZone() : ZoneOffset.UTC;
      String when = "When: " + event.when(zone);
      description = description.isEmpty() ? when : when + "\n\n" + description;
    }
    if (!description.isEmpty()) {
      component.add(new Description(description));
    }
    if (!event.kind().isEmpty()) {
      component.add(new Categories(event.kind()));
    }
    link(event.source()).ifPresent(url -> component.add(new Url(url)));
  }

  /** The source as a URL when it is a link; a file name of the knowledge folder is not one. */
  private static Optional<URI> link(String source) {
    if (!LINK.matcher(source.strip()).matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new URI(source.strip()));
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  /**
   * ical4j's VTIMEZONE for a zone, from the definitions in its jar; empty for a zone it has none
   * for, whose times are then written in UTC. Read from the jar only: the update over the network
   * is off unless configured, and it stays off.
   */
  static Optional<VTimeZone> vtimezone(ZoneId zone) {
    if (zone instanceof ZoneOffset || TimeZoneLoader.class.getClassLoader()
        .getResource(ZONEINFO + zone.getId() + ".ics") == null) {
      return Optional.empty();
    }
    try {
      return Optional.ofNullable(TimeZoneLoader.getInstance(ZONEINFO).loadVTimeZone(zone.getId()))
          .map(VTimeZone::copy);
    } catch (IOException | ParserException e) {
      return Optional.empty();
    }
  }

  /**
   * Folds every line longer than 75 octets (RFC 5545 §3.1): a CRLF and a space before the octet
   * that would pass the limit, never inside a UTF-8 character.
   */
  static byte[] fold(String text) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() + text.length() / 50);
    for (String line : text.split("\r\n", -1)) {
      if (line.isEmpty()) {
        continue;
      }
      int octets = 0;
      for (int i = 0; i < line.length(); ) {
        int codePoint = line.codePointAt(i);
        byte[] character = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8);
        if (octets + character.length > LINE_OCTETS) {
          out.writeBytes(new byte[] {'\r', '\n', ' '});
          octets = 1;
        }
        out.writeBytes(character);
        octets += character.length;
        i += Character.charCount(codePoint);
      }
      out.writeBytes(new byte[] {'\r', '\n'});
    }
    return out.toByteArray();
  }
}
