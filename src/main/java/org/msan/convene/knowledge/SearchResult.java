package org.msan.convene.knowledge;

import java.util.List;
import java.util.Map;

/**
 * The question's terms as searched, the passages found for it, best first, and how much each of the question's terms says
 * (inverse document frequency over all passages; a term no passage has gets the highest weight).
 */
public record SearchResult(List<String> terms, List<Hit> hits, Map<String, Double> termWeights) {

  public SearchResult {
    terms = List.copyOf(terms);
    hits = List.copyOf(hits);
    termWeights = Map.copyOf(termWeights);
  }
}
