package org.msan.convene.knowledge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes what a paginated document prints on every page rather than says once: running headers
 * and footers ("Program Guide · Page 2 of 6", "Regional Alliance · 2") and page
 * numbers. A line near the top or bottom of a page is running when the same line, its page number
 * aside, is near the top or bottom of at least half of the pages (and of two or more), the usual
 * test of header and footer detection in PDF text extraction.
 */
final class RunningLines {

  /** How many lines at the top and at the bottom of a page may be a header or a footer. */
  private static final int EDGE_LINES = 3;
  private static final Pattern PAGE_NUMBER = Pattern.compile(
      "(?i)^[-–—\\s]*(?:page\\s+)?(\\d{1,4})(\\s*(of|/)\\s*\\d{1,4})?[-–—\\s]*$");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private RunningLines() {}

  /** The pages' text joined, without their running lines; one page keeps all but a bare page number. */
  static String removed(List<String> pages) {
    List<List<String>> lines = pages.stream().map(page -> page.lines().toList()).toList();
    Map<String, Integer> pagesWithShape = new HashMap<>();
    for (int number = 1; number <= lines.size(); number++) {
      List<String> page = lines.get(number - 1);
      Set<String> shapes = new HashSet<>();
      for (int i : edges(page)) {
        shapes.add(shape(page.get(i), number));
      }
      shapes.forEach(shape -> pagesWithShape.merge(shape, 1, Integer::sum));
    }
    int needed = Math.max(2, (pages.size() + 1) / 2);
    StringBuilder text = new StringBuilder();
    for (int number = 1; number <= lines.size(); number++) {
      List<String> page = lines.get(number - 1);
      Set<Integer> running = new HashSet<>();
      for (int i : edges(page)) {
        String line = page.get(i);
        if (isPageNumber(line, number) || pagesWithShape.getOrDefault(shape(line, number), 0) >= needed) {
          running.add(i);
        }
      }
      for (int i = 0; i < page.size(); i++) {
        if (!running.contains(i)) {
          text.append(page.get(i)).append('\n');
        }
      }
    }
    return text.toString();
  }

  /** The indexes of the first and last few lines with text. */
  private static List<Integer> edges(List<String> page) {
    List<Integer> withText = new ArrayList<>();
    for (int i = 0; i < page.size(); i++) {
      if (!page.get(i).isBlank()) {
        withText.add(i);
      }
    }
    Set<Integer> edges = new TreeSet<>(withText.subList(0, Math.min(EDGE_LINES, withText.size())));
    edges.addAll(withText.subList(Math.max(0, withText.size() - EDGE_LINES), withText.size()));
    return List.copyOf(edges);
  }

  /**
   * The line with its page number and spacing evened out: "Page 1 of 6" on page 1 and "Page 2 of
   * 6" on page 2 are one shape; "Section 3" on page 2 stays itself.
   */
  private static String shape(String line, int page) {
    String even = SPACES.matcher(line.strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
    return Pattern.compile("(?<!\\d)" + page + "(?!\\d)").matcher(even).replaceFirst("#");
  }

  /** "3", "Page 3", "3 of 6", "- 3 -" on page 3: a bare number that is not the page's is content ("40", "2025"). */
  private static boolean isPageNumber(String line, int page) {
    Matcher number = PAGE_NUMBER.matcher(line.strip());
    return number.matches() && Integer.parseInt(number.group(1)) == page;
  }
}
