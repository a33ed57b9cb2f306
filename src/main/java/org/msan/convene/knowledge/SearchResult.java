package org.msan.convene.knowledge;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The question's terms as searched, the passages found for it, best first, and how much each of the question's terms says
 * (inverse document frequency over all passages; a term no passage has gets the highest weight).
 *
 * @param unknownTerms the question's terms that no passage has
 * @param nearTerms for a word no document has, the terms of their words nearest in meaning, which
 *     were searched with it ({@link PassageIndex#nearTerms}); empty when none were asked for
 */
public record SearchResult(List<String> terms, List<Hit> hits, Map<String, Double> termWeights, Set<String> unknownTerms,
    Map<String, Set<String>> nearTerms) {

  public SearchResult {
    terms = List.copyOf(terms);
    hits = List.copyOf(hits);
    termWeights = Map.copyOf(termWeights);
    unknownTerms = Set.copyOf(unknownTerms);
    nearTerms = Map.copyOf(nearTerms);
  }
}
