package org.msan.convene.knowledge;

import java.util.ArrayList;
import java.util.List;

/** Builds sections from a stream of headings (with levels) and text blocks, in reading order. */
final class SectionCollector {

  private final List<Section> sections = new ArrayList<>();
  private final List<String> headings = new ArrayList<>();
  private final List<Integer> levels = new ArrayList<>();
  private final StringBuilder text = new StringBuilder();

  void heading(int level, String title) {
    flush();
    while (!levels.isEmpty() && levels.get(levels.size() - 1) >= level) {
      levels.remove(levels.size() - 1);
      headings.remove(headings.size() - 1);
    }
    levels.add(level);
    headings.add(title.strip());
  }

  void text(String block) {
    String stripped = block.strip();
    if (stripped.isEmpty()) {
      return;
    }
    if (text.length() > 0) {
      text.append("\n\n");
    }
    text.append(stripped);
  }

  List<Section> finish() {
    flush();
    return List.copyOf(sections);
  }

  private void flush() {
    if (text.length() > 0) {
      sections.add(new Section(headings, text.toString()));
      text.setLength(0);
    }
  }
}
