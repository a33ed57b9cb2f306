package org.msan.convene.knowledge;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document of the knowledge folder after parsing: its metadata and its sections in reading order.
 *
 * @param path path relative to the knowledge folder, with forward slashes
 * @param updated the front matter's {@code updated} as written, or empty
 */
public record SourceDocument(
    String path, String title, String category, String source, String updated, List<Section> sections) {

  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}(?!\\d)");

  public SourceDocument {
    Objects.requireNonNull(path, "path");
    title = TextNormalizer.normalize(Objects.requireNonNull(title, "title"));
    category = category == null ? "" : category;
    source = source == null ? "" : source;
    updated = updated == null ? "" : updated;
    sections = List.copyOf(sections);
  }

  /**
   * The day the front matter says the document was last updated.
   *
   * @return the date {@code updated} starts with ({@code 2026-11-23}, also {@code 2026-11-23T10:00}),
   *     or empty when there is none or it is not a date
   */
  public Optional<LocalDate> updatedDate() {
    Matcher date = DATE.matcher(updated.strip());
    if (!date.lookingAt()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(date.group()));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
