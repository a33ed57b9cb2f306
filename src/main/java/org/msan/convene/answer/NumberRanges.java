package org.msan.convene.answer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbers a question gives and the ranges a text states, so that "the dues for a district
 * with 320 students" is answered by the row "300 to 499 students", not by the first row of the
 * table: "300 to 499", "4-8", "fewer than 150", "1,000 or more".
 */
final class NumberRanges {

  /** A whole number, with thousands separators or without; not part of an amount or a decimal. */
  private static final String WHOLE = "\\d{1,3}(?:,\\d{3})+(?![\\d,])|\\d+(?![\\d,.])";
  private static final Pattern NUMBER = Pattern.compile("(?<![\\d,.$])(?:" + WHOLE + ")");
  /** A number as the analyzer keeps it: "5,000", "320". */
  private static final Pattern WHOLE_TERM = Pattern.compile(WHOLE);
  private static final Pattern NEXT_WORD = Pattern.compile("\\s+(\\p{L}+)");
  /**
   * The words before a quantity ("with 2000 students"), where "the 2026 dues", "in 2025", "the class
   * of 2027" and "under 2025 guidelines" are years.
   */
  private static final Pattern QUANTITY_BEFORE = Pattern.compile(
      "\\b(?:with|has|have|had|serving|serves|enrolls|about|around|roughly|nearly|almost|approximately)\\s+$",
      Pattern.CASE_INSENSITIVE);
  /** A year ("in 2025") is a time, not a quantity to look up. */
  private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
  private static final Pattern BETWEEN = Pattern.compile(
      // Not a phone number's pieces ("507-555-0142", "555-0136").
      "(?<![\\d,.$-])(" + WHOLE + ")\\s*(?:to|-|–|through)\\s*(?!0)(" + WHOLE + ")(?![-\\d])");
  private static final Pattern BELOW = Pattern.compile(
      "\\b(?:fewer than|less than|under|below)\\s+(" + WHOLE + ")", Pattern.CASE_INSENSITIVE);
  private static final Pattern ABOVE = Pattern.compile(
      "(?<![\\d,.$])(" + WHOLE + ")\\s*(?:\\p{L}+\\s+)?(?:or more|or over|and (?:over|above|up)|\\+)"
          + "|\\b(?:more than|over|above)\\s+(" + WHOLE + ")", Pattern.CASE_INSENSITIVE);

  /** The words before a question's number that make it a bound: "under 1500 students". */
  private static final Pattern BOUND_BELOW = Pattern.compile("\\b(?:fewer than|less than|under|below)\\s+$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern BOUND_ABOVE = Pattern.compile("\\b(?:more than|over|above)\\s+$", Pattern.CASE_INSENSITIVE);

  /** A number after a word ("Tier 2", "Level 3"): a name when the text writes the two together. */
  private static final Pattern LABELLED = Pattern.compile("\\b(\\p{L}{2,})\\s+(\\d{1,3})(?!\\d|[,.]\\d)");

  private NumberRanges() {}

  /**
   * The question's word-and-number names ("tier 2") as patterns to find in a text ("Tier: Tier 2 –
   * Mid-size"), without case; a function word before the number ("with 320") makes none.
   *
   * @param isStopWord true for a function word
   */
  static List<Pattern> labels(String question, Predicate<String> isStopWord) {
    List<Pattern> labels = new ArrayList<>();
    Matcher labelled = LABELLED.matcher(question);
    while (labelled.find()) {
      String word = labelled.group(1).toLowerCase(Locale.ROOT);
      if (!isStopWord.test(word)) {
        labels.add(Pattern.compile("\\b" + Pattern.quote(word) + "\\s+" + labelled.group(2) + "(?!\\d|[,.]\\d)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
      }
    }
    return labels;
  }

  /** Whether the text writes one of the {@link #labels}. */
  static boolean namesAny(String text, List<Pattern> labels) {
    return labels.stream().anyMatch(label -> label.matcher(text).find());
  }

  /**
   * The whole numbers a question gives, years left out ("320" in "a district with 320 students");
   * a number that could be a year is a quantity after "with", "about" … and before a plural
   * ("a district with 2000 students"). A bound is the number just past it: "under 1500 students"
   * is 1499, held by the row "Under 1,500", not by "1,500 – 4,999"; "over 15,000" is 15001.
   */
  static List<Long> numbers(String question) {
    List<Long> numbers = new ArrayList<>();
    Matcher number = NUMBER.matcher(question);
    while (number.find()) {
      String before = question.substring(0, number.start());
      if (!YEAR.matcher(number.group()).matches()
          || QUANTITY_BEFORE.matcher(before).find() && counts(question.substring(number.end()))) {
        long value = value(number.group());
        numbers.add(BOUND_BELOW.matcher(before).find() ? value - 1 : BOUND_ABOVE.matcher(before).find() ? value + 1 : value);
      }
    }
    return numbers;
  }

  /** Whether the text after a number starts with a plural noun: what the number counts. */
  private static boolean counts(String after) {
    Matcher word = NEXT_WORD.matcher(after);
    return word.lookingAt() && Plurals.endsInPlural(word.group(1));
  }

  /** Whether the text states a range that holds one of the numbers. */
  static boolean holdsAny(String text, List<Long> numbers) {
    if (numbers.isEmpty()) {
      return false;
    }
    Matcher between = BETWEEN.matcher(text);
    while (between.find()) {
      long low = value(between.group(1));
      long high = value(between.group(2));
      if (numbers.stream().anyMatch(n -> low <= n && n <= high)) {
        return true;
      }
    }
    Matcher below = BELOW.matcher(text);
    while (below.find()) {
      long bound = value(below.group(1));
      if (numbers.stream().anyMatch(n -> n < bound)) {
        return true;
      }
    }
    Matcher above = ABOVE.matcher(text);
    while (above.find()) {
      long bound = value(above.group(1) != null ? above.group(1) : above.group(2));
      boolean inclusive = above.group(1) != null;
      if (numbers.stream().anyMatch(n -> inclusive ? n >= bound : n > bound)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The question's number terms (as analyzed: "5,000", "320") that a range of the text holds: a
   * row for "2,000 to 7,999 students" says the "5,000" of "a district with 5,000 students".
   *
   * @param numbers the question's numbers that are no year ({@link #numbers})
   */
  static Set<String> heldTerms(String text, Collection<Set<String>> slots, List<Long> numbers) {
    Set<String> held = new HashSet<>();
    for (Set<String> slot : slots) {
      for (String term : slot) {
        if (!WHOLE_TERM.matcher(term).matches()) {
          continue;
        }
        // The number as said, or, when the question said it as a bound, the number just past it
        // ("under 1500" asks 1499); "grades 11 and 12" asks 11 itself.
        long said = value(term);
        List<Long> meant = numbers.contains(said) ? List.of(said)
            : numbers.stream().filter(n -> Math.abs(n - said) == 1).toList();
        if (!meant.isEmpty() && holdsAny(text, meant)) {
          held.add(term);
        }
      }
    }
    return held;
  }

  private static long value(String number) {
    return Long.parseLong(number.replace(",", ""));
  }
}
