package org.msan.convene.answer;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.msan.convene.knowledge.TextNormalizer;

/**
 * One numbered source of an answer: {@code [rank]} in the answer text refers to it.
 *
 * @param path the file, relative to the knowledge folder
 * @param text the whole passage (the snippet is its start)
 * @param link where a reader can open the source: its {@code source} URL, or empty
 */
public record Source(int rank, String path, String title, String section, double score, String snippet, String text,
    String link) {

  /** Headings joined in a section path ("Membership › Dues"). */
  private static final String SEPARATOR = " › ";
  /** Words this short ("the", "of", "—") are left out when a heading is compared with the title. */
  private static final int SHORT_WORD = 3;

  /**
   * The title and the section, as a member reads where the answer comes from: "GLEC FAQ ›
   * Membership". A first heading that only restates the title ("Great Lakes Equity Collaborative —
   * Frequently Asked Questions" under "GLEC Frequently Asked Questions") is said once.
   */
  public String label() {
    List<String> headings = section.isEmpty() ? List.of() : List.of(section.split(SEPARATOR));
    if (!headings.isEmpty() && restates(headings.get(0), title)) {
      headings = headings.subList(1, headings.size());
    }
    return headings.isEmpty() ? title : title + SEPARATOR + String.join(SEPARATOR, headings);
  }

  /**
   * Whether each word of the heading is one of the title's, or one of a run of words whose
   * initials spell an acronym the title writes in capitals ("Great Lakes Equity Collaborative" for
   * "GLEC"), with at least one word longer than {@link #SHORT_WORD} said: "FAQ" or "Day 1" alone
   * under a longer title are headings of their own.
   */
  static boolean restates(String heading, String title) {
    List<String> titleWords = TextNormalizer.plainWords(title);
    List<String> acronyms = Arrays.stream(title.split("[^\\p{L}\\p{N}]+"))
        .filter(word -> word.length() >= 2 && word.chars().allMatch(Character::isUpperCase))
        .map(word -> word.toLowerCase(Locale.ROOT)).toList();
    List<String> words = TextNormalizer.plainWords(heading);
    boolean saysALongWord = false;
    int i = 0;
    while (i < words.size()) {
      String word = words.get(i);
      int spelt = spelt(words, i, acronyms);
      if (titleWords.contains(word)) {
        saysALongWord |= word.length() > SHORT_WORD;
        i++;
      } else if (spelt > 0) {
        saysALongWord = true;
        i += spelt;
      } else if (word.length() <= SHORT_WORD) {
        i++;
      } else {
        return false;
      }
    }
    return saysALongWord;
  }

  /** The number of words from {@code start} whose initials spell one of the acronyms, or 0. */
  private static int spelt(List<String> words, int start, List<String> acronyms) {
    for (String acronym : acronyms) {
      if (start + acronym.length() > words.size()) {
        continue;
      }
      StringBuilder initials = new StringBuilder();
      for (int k = 0; k < acronym.length(); k++) {
        initials.append(words.get(start + k).charAt(0));
      }
      if (initials.toString().equals(acronym)) {
        return acronym.length();
      }
    }
    return 0;
  }

  /** The same source under another number. */
  public Source withRank(int newRank) {
    return new Source(newRank, path, title, section, score, snippet, text, link);
  }
}
