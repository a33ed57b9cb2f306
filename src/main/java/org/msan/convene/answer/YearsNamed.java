package org.msan.convene.answer;

import java.time.LocalDate;
import java.time.Month;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The years a text names, as a question asks for them: a school year ("2026–27", "2026-2027") or a
 * calendar year ("2027"). A passage that dates its facts by other years only ("the 2025–26
 * windows", "March 2026") does not answer a question about 2026–27, however close it is.
 *
 * @param schoolYears the school years named, by the calendar year they start in
 * @param years every calendar year named, each year of a school year included
 */
record YearsNamed(Set<Integer> schoolYears, Set<Integer> years) {

  private static final Pattern SCHOOL_YEAR =
      Pattern.compile("(?<!\\d)((?:19|20)\\d\\d)\\s*[-–—/]\\s*((?:19|20)?\\d\\d)(?!\\d)");
  private static final Pattern YEAR = Pattern.compile("(?<![\\d,.$])((?:19|20)\\d\\d)(?!\\d|,\\d)");

  /** "last year", "last year's", "last school year": the school year before the current one; not "the last year of the grant". */
  private static final Pattern LAST_YEAR =
      Pattern.compile("\\blast (?:school )?year(?:['’]?s)?\\b(?!\\s+of\\b)", Pattern.CASE_INSENSITIVE);
  /** A text that says it tells of a past year: "last year", "the previous year", "up from 5,749 the year before". */
  private static final Pattern PAST_YEAR = Pattern.compile(
      "\\b(?:last|previous|prior|past) (?:school )?year\\b|\\ba year (?:ago|earlier)\\b|\\bthe year before\\b",
      Pattern.CASE_INSENSITIVE);

  /**
   * Whether a text can tell what a question asks of "last year": the question does not ask of it,
   * or the text says it tells of a past year ("last year Elm Creek won"), or names the school year
   * before the one {@code today} is in (August to July) as "2025–26", or, naming no school year,
   * the calendar year that one began in or last calendar year ("in 2025"). "The total pool for
   * 2026–27" does not say last year's pool.
   */
  static boolean coversLastYear(String question, String text, LocalDate today) {
    if (!LAST_YEAR.matcher(question).find()) {
      return true;
    }
    if (PAST_YEAR.matcher(text).find()) {
      return true;
    }
    int current = schoolYearOf(today);
    YearsNamed named = in(text);
    // A school year named is that year; a calendar year alone may be last school year's start or last year.
    return named.schoolYears.isEmpty()
        ? named.years.contains(current - 1) || named.years.contains(today.getYear() - 1)
        : named.schoolYears.contains(current - 1);
  }

  /** The calendar year the school year {@code day} is in starts in: school years run August to July. */
  static int schoolYearOf(LocalDate day) {
    return day.getMonthValue() >= Month.AUGUST.getValue() ? day.getYear() : day.getYear() - 1;
  }

  static YearsNamed in(String text) {
    Set<Integer> schoolYears = new HashSet<>();
    Set<Integer> years = new HashSet<>();
    Matcher school = SCHOOL_YEAR.matcher(text);
    while (school.find()) {
      int start = Integer.parseInt(school.group(1));
      int end = Integer.parseInt(school.group(2));
      int endYear = end < 100 ? start / 100 * 100 + end : end;
      if (endYear == start + 1) {
        schoolYears.add(start);
        years.add(endYear);
      }
    }
    Matcher year = YEAR.matcher(text);
    while (year.find()) {
      years.add(Integer.parseInt(year.group(1)));
    }
    return new YearsNamed(Set.copyOf(schoolYears), Set.copyOf(years));
  }

  boolean isEmpty() {
    return years.isEmpty();
  }

  /**
   * Whether the text these are of can be about every year the question names: a school year asked
   * is named, or, where the text names no school year, one of its calendar years is ("September
   * 2026" is in 2026–27); a calendar year asked is named, alone or in a school year. A text that
   * names no year at all may be about any; one that names another school year ("the 2025–26
   * windows") is about that one.
   */
  boolean cover(YearsNamed asked) {
    if (isEmpty()) {
      return true;
    }
    for (int schoolYear : asked.schoolYears) {
      boolean named = schoolYears.isEmpty()
          ? years.contains(schoolYear) || years.contains(schoolYear + 1) : schoolYears.contains(schoolYear);
      if (!named) {
        return false;
      }
    }
    for (int year : asked.years) {
      boolean inSchoolYearAsked = asked.schoolYears.contains(year) || asked.schoolYears.contains(year - 1);
      if (!inSchoolYearAsked && !years.contains(year)) {
        return false;
      }
    }
    return true;
  }
}
