package org.msan.convene.events;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * Says when an event is, compactly and never more precisely than the calendar gives it:
 * "Wednesday, December 9, 2026, 1:00–3:00 PM", "Thursday–Saturday, April 15–17, 2027",
 * "some time in March 2027". A time is given in its own zone, named when it is not the network's.
 */
final class WhenText {

  private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEEE", Locale.US);
  private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MMMM d", Locale.US);
  private static final DateTimeFormatter FULL_DAY = DateTimeFormatter.ofPattern("EEEE, MMMM d, uuuu", Locale.US);
  private static final DateTimeFormatter DAY_WITHOUT_YEAR = DateTimeFormatter.ofPattern("EEEE, MMMM d", Locale.US);
  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("h:mm", Locale.US);
  private static final DateTimeFormatter CLOCK_WITH_HALF = DateTimeFormatter.ofPattern("h:mm a", Locale.US);

  private WhenText() {}

  static String describe(EventTime start, EventTime end, ZoneId networkZone) {
    if (end == null || end.equals(start)) {
      return describe(start, networkZone);
    }
    if (start instanceof EventTime.Moment from && end instanceof EventTime.Moment to) {
      return moments(from.at(), to.at().withZoneSameInstant(from.at().getZone()), networkZone);
    }
    if (start instanceof EventTime.Month || end instanceof EventTime.Month) {
      return months(start, end);
    }
    if (start instanceof EventTime.Day && end instanceof EventTime.Day) {
      return days(start.firstDay(), end.lastDay());
    }
    return describe(start, networkZone) + " – " + describe(end, networkZone);
  }

  static String day(LocalDate day) {
    return FULL_DAY.format(day);
  }

  static String describe(EventTime time, ZoneId networkZone) {
    if (time instanceof EventTime.Moment moment) {
      return FULL_DAY.format(moment.at()) + ", " + CLOCK_WITH_HALF.format(moment.at())
          + zoneSuffix(moment.at().getZone(), networkZone) + onNetworkClocks(moment.at(), moment.at(), networkZone);
    }
    if (time instanceof EventTime.Day day) {
      return FULL_DAY.format(day.date());
    }
    return "some time in " + EventTime.monthName(YearMonth.from(time.firstDay()));
  }

  /** "1:00–3:00 PM" on one day; across days each end with its day. */
  private static String moments(ZonedDateTime from, ZonedDateTime to, ZoneId networkZone) {
    String zone = zoneSuffix(from.getZone(), networkZone);
    if (from.toLocalDate().equals(to.toLocalDate())) {
      return FULL_DAY.format(from) + ", " + clockRange(from, to) + zone + onNetworkClocks(from, to, networkZone);
    }
    String first = from.getYear() == to.getYear() ? DAY_WITHOUT_YEAR.format(from) : FULL_DAY.format(from);
    return first + ", " + CLOCK_WITH_HALF.format(from) + " – " + FULL_DAY.format(to) + ", " + CLOCK_WITH_HALF.format(to)
        + zone;
  }

  /** "Thursday–Saturday, April 15–17, 2027"; across months "Thursday, April 29 – Saturday, May 1, 2027". */
  static String days(LocalDate first, LocalDate last) {
    if (first.equals(last)) {
      return FULL_DAY.format(first);
    }
    if (first.getYear() != last.getYear()) {
      return FULL_DAY.format(first) + " – " + FULL_DAY.format(last);
    }
    if (first.getMonth() == last.getMonth()) {
      return WEEKDAY.format(first) + "–" + WEEKDAY.format(last) + ", " + MONTH_DAY.format(first) + "–"
          + last.getDayOfMonth() + ", " + first.getYear();
    }
    return DAY_WITHOUT_YEAR.format(first) + " – " + FULL_DAY.format(last);
  }

  private static String months(EventTime start, EventTime end) {
    LocalDate first = start.firstDay();
    LocalDate last = end.lastDay();
    if (first.getYear() == last.getYear() && first.getMonth() == last.getMonth()) {
      return "some time in " + EventTime.monthName(YearMonth.from(first));
    }
    String from = first.getMonth().getDisplayName(TextStyle.FULL, Locale.US)
        + (first.getYear() == last.getYear() ? "" : " " + first.getYear());
    return "some time between " + from + " and " + EventTime.monthName(YearMonth.from(last));
  }

  /** "1:00 PM", "10:00 AM Eastern Time". */
  static String clock(ZonedDateTime at, ZoneId networkZone) {
    return CLOCK_WITH_HALF.format(at) + zoneSuffix(at.getZone(), networkZone);
  }

  /**
   * A time written in another zone, again on the network's clocks, where members read it: " /
   * 12:00–1:00 PM Mountain Time" after "2:00–3:00 PM Eastern Time", as event listings give both (no
   * brackets: replies put a when in brackets); with its day when that differs there. Empty when the
   * zones keep the same clocks.
   */
  private static String onNetworkClocks(ZonedDateTime from, ZonedDateTime to, ZoneId networkZone) {
    if (Zones.sameClocks(from.getZone(), networkZone)) {
      return "";
    }
    String networkName = networkZone.getDisplayName(TextStyle.FULL, Locale.US);
    // Phoenix and Denver are both "Mountain Time": the same name on other clocks would only confuse.
    if (networkName.equals(from.getZone().getDisplayName(TextStyle.FULL, Locale.US))) {
      return "";
    }
    ZonedDateTime start = from.withZoneSameInstant(networkZone);
    ZonedDateTime end = to.withZoneSameInstant(networkZone);
    String day = start.toLocalDate().equals(from.toLocalDate()) ? "" : FULL_DAY.format(start) + ", ";
    String range = start.equals(end) ? CLOCK_WITH_HALF.format(start) : clockRange(start, end);
    return " / " + day + range + " " + networkName;
  }

  /** "1:00–3:00 PM", "11:00 AM–1:00 PM": the half of the day said once when both ends share it. */
  private static String clockRange(ZonedDateTime from, ZonedDateTime to) {
    boolean sameHalf = from.getHour() / 12 == to.getHour() / 12;
    return sameHalf ? CLOCK.format(from) + "–" + CLOCK_WITH_HALF.format(to)
        : CLOCK_WITH_HALF.format(from) + "–" + CLOCK_WITH_HALF.format(to);
  }

  /** " Eastern Time" when the zone keeps other clocks than the network's; nothing when they agree. */
  static String zoneSuffix(ZoneId zone, ZoneId networkZone) {
    return Zones.sameClocks(zone, networkZone) ? "" : " " + zone.getDisplayName(TextStyle.FULL, Locale.US);
  }
}
