package org.msan.convene.answer;

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
