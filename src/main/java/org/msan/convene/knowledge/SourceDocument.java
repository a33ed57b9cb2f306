package org.msan.convene.knowledge;

import java.util.List;
import java.util.Objects;

/**
 * A document of the knowledge folder after parsing: its metadata and its sections in reading order.
 *
 * @param path path relative to the knowledge folder, with forward slashes
 */
public record SourceDocument(
    String path, String title, String category, String source, String updated, List<Section> sections) {

  public SourceDocument {
    Objects.requireNonNull(path, "path");
    title = TextNormalizer.normalize(Objects.requireNonNull(title, "title"));
    category = category == null ? "" : category;
    source = source == null ? "" : source;
    updated = updated == null ? "" : updated;
    sections = List.copyOf(sections);
  }
}
