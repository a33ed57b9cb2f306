package org.msan.convene.knowledge;

import java.util.List;
import java.util.Objects;

/**
 * The unit of retrieval: a piece of one section of one document, small enough to answer from.
 *
 * @param id stable key, {@code path#ordinal}
 * @param part 0 for the first passage of its section, 1 for the next, ...
 */
public record Passage(
    String id, String path, String title, String category, String source, List<String> headings, int part,
    String text) {

  public Passage {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(path, "path");
    headings = List.copyOf(headings);
  }

  /** The heading directly above the passage; the document's title for its introduction. */
  public String ownHeading() {
    return headings.isEmpty() ? title : headings.get(headings.size() - 1);
  }

  /** The heading path as a reader sees it, e.g. "Lever 1 › We will do that through". */
  public String section() {
    return String.join(" › ", headings);
  }

  /** The document's title, the section and the text, a line each: all the passage says, headings included. */
  public String withHeadings() {
    return title + "\n" + section() + "\n" + text;
  }
}
