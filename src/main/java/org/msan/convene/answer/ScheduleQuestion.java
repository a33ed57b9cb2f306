package org.msan.convene.answer;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a question asks of the calendar, read from its words: which way in time ("next", "last"),
 * which month, which kind of event, and whether it asks what an event is about.
 *
 * @param month a month named with its year; null when none or when the year is not given
 * @param monthWithoutYear a month named without a year ("the December webinar"); null when none
 * @param kind "in-person", "virtual", "webinar", "convening" (any convening) or null
 */
record ScheduleQuestion(
    String question, Direction direction, YearMonth month, Month monthWithoutYear, String kind, boolean asksContent,
    boolean asksWhen) {

  enum Direction { NEXT, LAST, UPCOMING, NONE }

  private static final Pattern NEXT = Pattern.compile(
      "\\b(next|soonest|following|after that)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern LAST = Pattern.compile(
      "\\b(last|previous|most recent|latest|recent)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern UPCOMING = Pattern.compile(
      "\\b(upcoming|coming up|schedule|calendar|what'?s on|coming|future|remaining|left this year)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern WHEN = Pattern.compile(
      "\\b(when|what date|which date|what day|what month|which month|date of|dates?|where|location|venue)\\b"
          + "|\\bhappening\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern CONTENT = Pattern.compile(
      "\\b(about|topic|topics|theme|focus|cover|covers|agenda|what is the|what's the|what will)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern MONTH_NAME = Pattern.compile(
      "\\b(january|jan|february|feb|march|mar|april|apr|may|june|jun|july|jul|august|aug|september|sept|sep|"
          + "october|oct|november|nov|december|dec)\\b\\.?(?:\\s*,?\\s*(\\d{4}))?",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern RELATIVE_MONTH = Pattern.compile("\\b(this|next) month\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern IN_PERSON = Pattern.compile("\\bin[- ]person\\b|\\bface[- ]to[- ]face\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern VIRTUAL = Pattern.compile("\\b(virtual|online|remote|zoom)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern WEBINAR = Pattern.compile("\\bwebinars?\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern CONVENING = Pattern.compile("\\b(convenings?|meetings?|gatherings?|events?|sessions?)\\b",
      Pattern.CASE_INSENSITIVE);

  static ScheduleQuestion read(String question, LocalDate today) {
    Direction direction = NEXT.matcher(question).find() && !RELATIVE_MONTH.matcher(question).find()
        ? Direction.NEXT
        : LAST.matcher(question).find() ? Direction.LAST
        : UPCOMING.matcher(question).find() ? Direction.UPCOMING
        : Direction.NONE;
    YearMonth month = null;
    Month bare = null;
    Matcher relative = RELATIVE_MONTH.matcher(question);
    if (relative.find()) {
      YearMonth now = YearMonth.from(today);
      month = relative.group(1).equalsIgnoreCase("this") ? now : now.plusMonths(1);
    } else {
      Optional<Matcher> named = monthName(question);
      if (named.isPresent()) {
        Month m = parseMonth(named.get().group(1));
        if (named.get().group(2) != null) {
          month = YearMonth.of(Integer.parseInt(named.get().group(2)), m);
        } else {
          bare = m;
        }
      }
    }
    String kind = IN_PERSON.matcher(question).find() ? "in-person"
        : WEBINAR.matcher(question).find() ? "webinar"
        : VIRTUAL.matcher(question).find() ? "virtual"
        : CONVENING.matcher(question).find() ? "convening"
        : null;
    return new ScheduleQuestion(question, direction, month, bare, kind, CONTENT.matcher(question).find(),
        WHEN.matcher(question).find());
  }

  /** True when the question is about the calendar at all, apart from naming an event. */
  boolean aboutTime() {
    return direction != Direction.NONE || month != null || monthWithoutYear != null;
  }

  /** "May" and "March" are also ordinary words: only a capitalised one, or one with a year, is a month. */
  private static Optional<Matcher> monthName(String question) {
    Matcher matcher = MONTH_NAME.matcher(question);
    while (matcher.find()) {
      String word = matcher.group(1);
      boolean ambiguous = word.equalsIgnoreCase("may") || word.toLowerCase(Locale.ROOT).startsWith("mar");
      boolean capitalised = Character.isUpperCase(word.charAt(0)) && matcher.start() > 0;
      if (!ambiguous || matcher.group(2) != null || capitalised) {
        return Optional.of(matcher);
      }
    }
    return Optional.empty();
  }

  private static Month parseMonth(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    for (Month month : Month.values()) {
      if (month.name().toLowerCase(Locale.ROOT).startsWith(lower.substring(0, 3))) {
        return month;
      }
    }
    throw new IllegalArgumentException(word);
  }
}
