package org.msan.convene.answer;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.msan.convene.knowledge.TextAnalysis;

/**
 * The things a text names by a number after a word: "Cohort 8", "Tier 2", "Round 1 and 2",
 * "grades 3-8". A passage that numbers the thing a question names, but never by the question's
 * number ("Applications for Cohort 7 were due April 18" for "when are applications due for cohort
 * 8"), does not answer it, as a passage dated by another year does not ({@link YearsNamed}).
 *
 * @param numbers each named thing's stem and the numbers it is given
 */
record NumberedNames(Map<String, Set<Integer>> numbers) {

  /**
   * A word of three letters or more, then up to three digits or a list or range of them; not a
   * decimal ("Procedure 6.3"), a time ("at 8:30") or a count written with a comma ("41,000").
   */
  private static final Pattern NAMED_NUMBER = Pattern.compile(
      "(?U)\\b(\\p{L}{3,})\\s+#?(\\d{1,3}(?:\\s*(?:,|and|or|&|-|–|—|to|through)\\s*\\d{1,3})*)\\b(?![.,:]\\d)");
  /**
   * A capitalised word, then a Roman numeral in capitals: "Welding II", "Title I". Case counts:
   * "the mentor I had" and "THE MEETING I MISSED" number nothing; a title in title case ("Things I
   * Wish I Knew") still may.
   */
  private static final Pattern ROMAN_NUMBERED = Pattern.compile(
      "(?U)\\b(\\p{Lu}\\p{Ll}{2,})\\s+(I{1,3}|IV|VI{0,3}|IX|X)\\b(?![-'’]\\p{L})");
  private static final List<String> ROMAN = List.of("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X");
  private static final Pattern NUMBER = Pattern.compile("\\d+");
  private static final Pattern RANGE = Pattern.compile("(\\d+)\\s*(?:-|–|—|to|through)\\s*(\\d+)");
  /** "May 3", "Monday 5": a date, no numbered thing. */
  private static final Set<String> TIME_WORDS = TimeExpressions.monthAndWeekdayNames().stream()
      .map(name -> name.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
  /** A range wider than this is not one of numbered things ("from 1 to 500"). */
  private static final int MAX_RANGE = 20;

  NumberedNames {
    numbers = Map.copyOf(numbers);
  }

  static NumberedNames in(String text, TextAnalysis analysis) {
    Map<String, Set<Integer>> numbers = new HashMap<>();
    Matcher named = NAMED_NUMBER.matcher(text);
    while (named.find()) {
      String word = named.group(1).toLowerCase(Locale.ROOT);
      List<String> terms = analysis.terms(word);
      // "for 2", "under 5" count: a stop word names nothing.
      if (TIME_WORDS.contains(word) || terms.size() != 1) {
        continue;
      }
      numbers.computeIfAbsent(terms.get(0), stem -> new HashSet<>()).addAll(numbersOf(named.group(2)));
    }
    Matcher roman = ROMAN_NUMBERED.matcher(text);
    while (roman.find()) {
      List<String> terms = analysis.terms(roman.group(1));
      if (terms.size() == 1 && !TIME_WORDS.contains(roman.group(1).toLowerCase(Locale.ROOT))) {
        numbers.computeIfAbsent(terms.get(0), stem -> new HashSet<>()).add(ROMAN.indexOf(roman.group(2)) + 1);
      }
    }
    return new NumberedNames(numbers);
  }

  private static Set<Integer> numbersOf(String written) {
    Set<Integer> numbers = new HashSet<>();
    Matcher range = RANGE.matcher(written);
    while (range.find()) {
      int from = Integer.parseInt(range.group(1));
      int to = Integer.parseInt(range.group(2));
      if (to > from && to - from <= MAX_RANGE) {
        for (int n = from; n <= to; n++) {
          numbers.add(n);
        }
      }
    }
    Matcher number = NUMBER.matcher(written);
    while (number.find()) {
      numbers.add(Integer.parseInt(number.group()));
    }
    return numbers;
  }

  /**
   * Whether this text, a passage's, can say what is asked of the things {@code asked} numbers:
   * it numbers none of them otherwise. A thing it does not number at all may still be there.
   */
  boolean cover(NumberedNames asked) {
    for (Map.Entry<String, Set<Integer>> thing : asked.numbers.entrySet()) {
      Set<Integer> given = numbers.get(thing.getKey());
      if (given != null && Collections.disjoint(given, thing.getValue())) {
        return false;
      }
    }
    return true;
  }
}
