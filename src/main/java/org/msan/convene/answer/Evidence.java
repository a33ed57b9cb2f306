package org.msan.convene.answer;

import java.util.List;
import java.util.Map;
import org.msan.convene.knowledge.Hit;
import java.util.Set;

/**
 * How well one passage covers a question: the share of the question's term weight (IDF) that the
 * passage's title, headings and text contain, plus how well its own heading names the question. BM25 scores are not comparable across questions;
 * this share is, which is what makes abstention a fixed threshold.
 */
record Evidence(Hit hit, double coverage, double headingMatch, double relevance) {

  double similarity() {
    return hit.similarity();
  }

  static Evidence of(Hit hit, double bestScore, List<Set<String>> terms, Map<String, Double> weights) {
    var passage = hit.passage();
    double coverage = share(terms, hit.terms(), weights);
    // A passage whose own heading names what is asked ("the Invest In People lever") is its answer.
    double headingMatch = share(terms, hit.headingTerms(), weights);
    // The start of the section a question names carries its definition ("We will adopt new mindsets...").
    double sectionStart = headingMatch > 0.99 && passage.part() == 0 ? 0.25 : 0;
    double relevance = coverage + headingMatch / 2 + sectionStart + (bestScore > 0 ? hit.score() / bestScore : 0)
        + hit.similarity();
    return new Evidence(hit, coverage, headingMatch, relevance);
  }

  /** Each slot (a word and its synonyms) weighs what its rarest-known alternative weighs, once. */
  private static double share(List<Set<String>> slots, Set<String> present, Map<String, Double> weights) {
    double total = 0;
    double matched = 0;
    for (Set<String> slot : slots) {
      double weight = slot.stream().mapToDouble(t -> weights.getOrDefault(t, 0.0)).min().orElse(0);
      total += weight;
      if (slot.stream().anyMatch(present::contains)) {
        matched += weight;
      }
    }
    return total == 0 ? 0 : matched / total;
  }
}
