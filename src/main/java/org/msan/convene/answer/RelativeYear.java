package org.msan.convene.answer;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.msan.convene.knowledge.TextAnalysis;

/**
 * The school year (August to July) a question names from today: "this year", "next year's dues".
 * A text that names that school year by its numbers ("Dues for the 2027–28 year") says what the
 * question's words say, as a range says a question's number ({@link NumberRanges#heldTerms}).
 * "Last year" is asked of what happened, which a text naming that year need not tell ("the
 * 2025–26 cohort is limited to 18 fellows" says no one completed it): {@link YearsNamed#coversLastYear}
 * decides that.
 *
 * @param schoolYear the calendar year the school year starts in
 * @param words the question's words for it ("next year's")
 */
record RelativeYear(int schoolYear, String words) {

  /** Not "the last year of the grant" nor "next year of funding": those name a year of something. */
  private static final Pattern RELATIVE = Pattern.compile(
      "\\b(this|next|current|coming)\\s+(?:school\\s+)?year(?:['’]?s)?\\b(?!\\s+of\\b)", Pattern.CASE_INSENSITIVE);

  static Optional<RelativeYear> in(String question, LocalDate today) {
    Matcher relative = RELATIVE.matcher(question);
    if (!relative.find()) {
      return Optional.empty();
    }
    int current = YearsNamed.schoolYearOf(today);
    int offset = switch (relative.group(1).toLowerCase(Locale.ROOT)) {
      case "next", "coming" -> 1;
      default -> 0;
    };
    return Optional.of(new RelativeYear(current + offset, relative.group()));
  }

  /** The terms of the question's words for the year, when the text names that school year; else none. */
  List<String> heldTerms(String text, TextAnalysis analysis) {
    return YearsNamed.in(text).schoolYears().contains(schoolYear) ? analysis.terms(words) : List.of();
  }
}
