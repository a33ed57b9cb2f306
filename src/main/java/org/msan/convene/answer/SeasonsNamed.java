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

  SeasonsNamed {
    seasons = Set.copyOf(seasons);
  }

  /**
   * A season as a time: spring, summer, winter and autumn anywhere; "fall" only after a word that
   * makes it one ("the fall retreat", "in fall") or before a year, as "when does the deadline
   * fall" and "students who fall behind" use the verb.
   */
  private static final Pattern SEASON = Pattern.compile(
      "\\b(?<season>spring|summer|winter|autumn)\\b"
          + "|\\b(?:the|this|next|last|each|every|our|its|in|during|by|until|early|late|mid)[\\s-]+(?<fall>fall)\\b"
          + "|\\b(?<fallYear>fall)\\s+(?:19|20)\\d\\d\\b",
      Pattern.CASE_INSENSITIVE);
  /**
   * A season in a passage's running text as a name writes it, capitalised ("the Fall Retreat",
   * "Spring 2027"), or as a time (above): "springs" and "fall behind" name none.
   */
  private static final Pattern WRITTEN = Pattern.compile(
      "\\b(?<name>Spring|Summer|Winter|Autumn|Fall|SPRING|SUMMER|WINTER|AUTUMN|FALL)\\b");

  static SeasonsNamed asked(String question) {
    return new SeasonsNamed(found(SEASON, question));
  }

  /**
   * The seasons a passage names in its text, or, when its text names none, in its document's title
   * or headings: a "Fall 2026 Newsletter" item on the spring retreat is about spring.
   */
  static SeasonsNamed inPassage(String headings, String text) {
    Set<String> seasons = new HashSet<>(found(SEASON, text));
    seasons.addAll(found(WRITTEN, text));
    if (seasons.isEmpty()) {
      seasons.addAll(found(SEASON, headings));
      seasons.addAll(found(WRITTEN, headings));
    }
    return new SeasonsNamed(seasons);
  }

  private static Set<String> found(Pattern pattern, String text) {
    Set<String> seasons = new HashSet<>();
    Matcher season = pattern.matcher(text);
    while (season.find()) {
      // The one group that matched is the season's name.
      for (int group = 1; group <= season.groupCount(); group++) {
        if (season.group(group) != null) {
          String name = season.group(group).toLowerCase(Locale.ROOT);
          seasons.add(name.equals("autumn") ? "fall" : name);
        }
      }
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
