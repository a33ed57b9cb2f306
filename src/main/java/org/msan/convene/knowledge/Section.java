package org.msan.convene.knowledge;

import java.util.List;
import java.util.Objects;

/** One part of a document under one heading path; its text never spans two headings. */
public record Section(List<String> headings, String text) {

  public Section {
    headings = headings.stream().map(TextNormalizer::normalize).toList();
    text = TextNormalizer.normalize(Objects.requireNonNull(text, "text"));
  }
}
