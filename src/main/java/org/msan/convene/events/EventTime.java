package org.msan.convene.events;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * When an event starts or ends, as precisely as the documents say: a month alone ("some time in
 * October 2019"), a day, or a moment in a named time zone. Nothing is ever made more precise than given.
 */
public sealed interface EventTime permits EventTime.Month, EventTime.Day, EventTime.Moment {

  /** The earliest day this could be. */
  LocalDate firstDay();

  /** The latest day this could be: for a month, its last day. */
  LocalDate lastDay();

  /** 0 for a month, 1 for a day, 2 for a moment: a less precise event sorts first in its month. */
  int precision();

  /** How a member reads it, e.g. "some time in October 2019", "Tuesday, January 14, 2020, 9:00 AM". */
  String describe(ZoneId networkZone);

  record Month(YearMonth month) implements EventTime {
    @Override public LocalDate firstDay() { return month.atDay(1); }
    @Override public LocalDate lastDay() { return month.atEndOfMonth(); }
    @Override public int precision() { return 0; }
    @Override public String describe(ZoneId networkZone) { return WhenText.describe(this, networkZone); }
  }

  record Day(LocalDate date) implements EventTime {
    @Override public LocalDate firstDay() { return date; }
    @Override public LocalDate lastDay() { return date; }
    @Override public int precision() { return 1; }
    @Override public String describe(ZoneId networkZone) { return WhenText.describe(this, networkZone); }
  }

  record Moment(ZonedDateTime at) implements EventTime {
    @Override public LocalDate firstDay() { return at.toLocalDate(); }
    @Override public LocalDate lastDay() { return at.toLocalDate(); }
    @Override public int precision() { return 2; }

    /** In the event's own zone, which is named when it is not the network's. */
    @Override public String describe(ZoneId networkZone) { return WhenText.describe(this, networkZone); }
  }

  /** "October 2019". */
  public static String monthName(YearMonth month) {
    return month.getMonth().getDisplayName(TextStyle.FULL, Locale.US) + " " + month.getYear();
  }
}
