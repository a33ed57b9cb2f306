package org.msan.convene.knowledge;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The question's terms as searched, the passages found for it, best first, and how much each of the question's terms says
 * (inverse document frequency over all passages; a term no passage has gets the highest weight).
 *
 * @param unknownTerms the question's terms that no passage has
 */
public record SearchResult(List<String> terms, List<Hit> hits, Map<String, Double> termWeights, Set<String> unknownTerms) {

  public SearchResult {
    terms = List.copyOf(terms);
    hits = List.copyOf(hits);
    termWeights = Map.copyOf(termWeights);
    unknownTerms = Set.copyOf(unknownTerms);
  }
}
