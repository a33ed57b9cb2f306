package org.msan.convene.knowledge;

import java.util.List;
import java.util.Map;

/**
 * Passages found for a question, best first, and how much each of the question's terms says
 * (inverse document frequency over all passages; a term no passage has gets the highest weight).
 */
public record SearchResult(List<Hit> hits, Map<String, Double> termWeights) {

  public SearchResult {
    hits = List.copyOf(hits);
    termWeights = Map.copyOf(termWeights);
  }
}
