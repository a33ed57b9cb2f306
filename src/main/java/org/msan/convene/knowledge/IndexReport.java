package org.msan.convene.knowledge;

import java.util.List;
import java.util.Locale;

/** What one refresh of the index did, for {@code index} and {@code /reload}. */
public record IndexReport(
    int documents,
    int passages,
    List<String> added,
    List<String> changed,
    List<String> removed,
    List<Problem> skipped,
    int embedded,
    int cached,
    double seconds) {

  public IndexReport {
    added = List.copyOf(added);
    changed = List.copyOf(changed);
    removed = List.copyOf(removed);
    skipped = List.copyOf(skipped);
  }

  public boolean changedAnything() {
    return !added.isEmpty() || !changed.isEmpty() || !removed.isEmpty();
  }

  public String summary() {
    return String.format(Locale.ROOT,
        "%d documents, %d passages (%d added, %d changed, %d removed files; %d passages embedded, %d from cache),"
            + " %d skipped, %.2f s",
        documents, passages, added.size(), changed.size(), removed.size(), embedded, cached, skipped.size(), seconds);
  }
}
