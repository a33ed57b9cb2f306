package org.msan.convene.events;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates staff write in events.yaml: "2019-10", "2020-01-14", "2020-01-14T09:00 America/Chicago",
 * "2020-01-14T09:00:00-06:00" (an offset, read on the network's clocks).
 */
final class EventTimes {

  private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern ZONED = Pattern.compile("(\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(?::\\d{2})?)\\s+([A-Za-z_]+/[A-Za-z_/+-]+|UTC)");
  private static final Pattern LOCAL = Pattern.compile("\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(?::\\d{2})?");

  private EventTimes() {}

  /**
   * A time written with only an offset ("2025-12-04T10:00:00-06:00") names no place: it is read on
   * the network's clocks, so its day, "next" and the day filters agree with how it is shown.
   */
  private static ZonedDateTime onNetworkClocks(ZonedDateTime at, ZoneId networkZone) {
    return at.getZone() instanceof ZoneOffset ? at.withZoneSameInstant(networkZone) : at;
  }

  /**
   * @param localZone the zone of a date-time written without one: the file's, or the network's
   * @param networkZone the clocks a time with only an offset is shown on
   * @throws IllegalArgumentException with a message staff can act on
   */
  static EventTime parse(String text, ZoneId localZone, ZoneId networkZone) {
    String value = text.strip();
    try {
      if (MONTH.matcher(value).matches()) {
        return new EventTime.Month(YearMonth.parse(value));
      }
      if (DAY.matcher(value).matches()) {
        return new EventTime.Day(LocalDate.parse(value));
      }
      Matcher zoned = ZONED.matcher(value);
      if (zoned.matches()) {
        return new EventTime.Moment(LocalDateTime.parse(zoned.group(1).replace(' ', 'T')).atZone(ZoneId.of(zoned.group(2))));
      }
      if (LOCAL.matcher(value).matches()) {
        return new EventTime.Moment(LocalDateTime.parse(value.replace(' ', 'T')).atZone(localZone));
      }
      if (value.contains("[")) {
        return new EventTime.Moment(onNetworkClocks(ZonedDateTime.parse(value), networkZone));
      }
      return new EventTime.Moment(onNetworkClocks(OffsetDateTime.parse(value).toZonedDateTime(), networkZone));
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("'" + value + "' is not a date: write 2019-10 (a month), 2020-01-14 (a day), "
          + "2020-01-14T09:00 America/Chicago (a time in a zone) or 2020-01-14T09:00:00-06:00 (a time with an offset)");
    }
  }
}
