package org.msan.convene.knowledge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Removes what a paginated document prints on every page rather than says once: running headers
 * and footers ("Program Guide · Page 2 of 6", "High Desert Education Alliance · 2") and bare page
 * numbers. A line near the top or bottom of a page is running when the same line, its numbers
 * aside, is near the top or bottom of at least half of the pages (and of two or more), the usual
 * test of header and footer detection in PDF text extraction.
 */
final class RunningLines {

  /** How many lines at the top and at the bottom of a page may be a header or a footer. */
  private static final int EDGE_LINES = 3;
  private static final Pattern PAGE_NUMBER = Pattern.compile(
      "(?i)^[-–—\\s]*(page\\s+)?\\d{1,4}(\\s*(of|/)\\s*\\d{1,4})?[-–—\\s]*$");
  private static final Pattern DIGITS = Pattern.compile("\\d+");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private RunningLines() {}

  /** The pages' text joined, without their running lines; one page keeps all but a bare page number. */
  static String removed(List<String> pages) {
    List<List<String>> lines = pages.stream().map(page -> page.lines().toList()).toList();
    Map<String, Integer> pagesWithShape = new HashMap<>();
    for (List<String> page : lines) {
      Set<String> shapes = new HashSet<>();
      for (int i : edges(page)) {
        shapes.add(shape(page.get(i)));
      }
      shapes.forEach(shape -> pagesWithShape.merge(shape, 1, Integer::sum));
    }
    int needed = Math.max(2, (pages.size() + 1) / 2);
    StringBuilder text = new StringBuilder();
    for (List<String> page : lines) {
      Set<Integer> running = new HashSet<>();
      for (int i : edges(page)) {
        String line = page.get(i);
        if (PAGE_NUMBER.matcher(line.strip()).matches() || pagesWithShape.getOrDefault(shape(line), 0) >= needed) {
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
    Set<Integer> edges = new java.util.TreeSet<>(withText.subList(0, Math.min(EDGE_LINES, withText.size())));
    edges.addAll(withText.subList(Math.max(0, withText.size() - EDGE_LINES), withText.size()));
    return List.copyOf(edges);
  }

  /** The line with its numbers and spacing evened out: "Page 1 of 6" and "Page 2 of 6" are one shape. */
  private static String shape(String line) {
    return SPACES.matcher(DIGITS.matcher(line.strip().toLowerCase(Locale.ROOT)).replaceAll("#")).replaceAll(" ");
  }
}
