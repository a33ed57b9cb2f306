package org.msan.convene.knowledge;

import java.util.List;
import java.util.Locale;

/**
 * What one refresh of the index did, for {@code index} and {@code /reload}.
 *
 * @param skipped the files left out, with their reasons ({@code documents} does not count them)
 * @param synonyms the lines of {@link Synonyms#FILE} left out, with their reasons
 */
public record IndexReport(
    int documents,
    int passages,
    List<String> added,
    List<String> changed,
    List<String> removed,
    List<Problem> skipped,
    List<Problem> synonyms,
    int embedded,
    int cached,
    double seconds) {

  public IndexReport {
    added = List.copyOf(added);
    changed = List.copyOf(changed);
    removed = List.copyOf(removed);
    skipped = List.copyOf(skipped);
    synonyms = List.copyOf(synonyms);
  }

  /** The skipped files and the synonyms left out, as {@code check} reports them. */
  public List<Problem> problems() {
    List<Problem> all = new java.util.ArrayList<>(skipped);
    all.addAll(synonyms);
    return List.copyOf(all);
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
