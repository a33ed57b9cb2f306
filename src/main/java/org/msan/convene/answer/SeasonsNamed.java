package org.msan.convene.answer;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The seasons of the year a question or a passage names: "the spring retreat" is not "the fall
 * retreat", however many words they share, as a passage dated by another year does not answer a
 * question about this one ({@link YearsNamed}). Autumn is fall.
 *
 * @param seasons the seasons named, in lower case, "autumn" read as "fall"
 */
record SeasonsNamed(Set<String> seasons) {

  /** A season in a question, but not "fall" as a verb ("does it fall on a Monday"). */
  private static final Pattern ASKED = Pattern.compile(
      "\\b(spring|summer|winter|autumn|fall(?!\\s+(?:on|in|under|behind|into|below|within|short|through|apart|back)\\b))\\b",
      Pattern.CASE_INSENSITIVE);
  /**
   * A season in a passage's running text as a name writes it, capitalised ("the Fall Retreat",
   * "Spring 2027"), or after a word that makes it a time ("the spring retreat", "each summer"):
   * "students who fall behind" names none. Its headings are read in any case.
   */
  private static final Pattern WRITTEN = Pattern.compile("\\b(Spring|Summer|Winter|Autumn|Fall|SPRING|SUMMER|WINTER|AUTUMN|FALL)\\b"
      + "|(?i:\\b(?:the|this|next|last|each|every|our|its|in)\\s+(spring|summer|winter|autumn|fall)\\b)");

  static SeasonsNamed asked(String question) {
    return new SeasonsNamed(found(ASKED, question));
  }

  /** The seasons a passage names in its document's title or headings (any case) or its text (capitalised). */
  static SeasonsNamed inPassage(String headings, String text) {
    Set<String> seasons = new HashSet<>(found(ASKED, headings));
    seasons.addAll(found(WRITTEN, text));
    return new SeasonsNamed(Set.copyOf(seasons));
  }

  private static Set<String> found(Pattern pattern, String text) {
    Set<String> seasons = new HashSet<>();
    Matcher season = pattern.matcher(text);
    while (season.find()) {
      String name = (season.group(1) != null ? season.group(1) : season.group(2)).toLowerCase(Locale.ROOT);
      seasons.add(name.equals("autumn") ? "fall" : name);
    }
    return seasons;
  }

  boolean isEmpty() {
    return seasons.isEmpty();
  }

  /**
   * Whether a passage naming these seasons can be about the seasons asked: it names one of them,
   * or no season at all. True when none is asked.
   */
  boolean cover(SeasonsNamed asked) {
    return asked.isEmpty() || seasons.isEmpty() || asked.seasons.stream().anyMatch(seasons::contains);
  }
}
