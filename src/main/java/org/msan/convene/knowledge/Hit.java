package org.msan.convene.knowledge;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A passage found for a question.
 *
 * @param score its BM25 score (0 when only the vector search found it)
 * @param similarity cosine similarity of its vector to the question's, -1 to 1
 * @param sentenceSimilarities each of its sentences' cosine similarity to the question, -1 to 1, in the
 *     order of {@link Sentences#of} its text; empty for a passage without sentences
 * @param terms the analyzed terms of its title, headings and text (stored at indexing, not re-analyzed)
 * @param headingTerms the analyzed terms of its own heading
 * @param headingWords the words of its own heading as questions restate them ({@link TextAnalysis#headingWords})
 */
public record Hit(Passage passage, double score, double similarity, List<Double> sentenceSimilarities,
    Set<String> terms, Set<String> headingTerms, Set<String> headingWords) {

  public Hit {
    sentenceSimilarities = List.copyOf(sentenceSimilarities);
  }

  /** The passage's own similarity's share of {@link #meaning}: swept on the dev files (0, 0.3, 0.5, 0.7, 1). */
  static final double PASSAGE_WEIGHT = 0.5;

  private static final Pattern REFERS_TO_A_PERSON = Pattern.compile("(?i)\\b(he|him|his|she|her|hers)\\b");

  /** The similarity of its sentence closest to the question; the passage's own when it has none. */
  public double bestSentenceSimilarity() {
    return sentenceSimilarities.stream().mapToDouble(Double::doubleValue).max().orElse(similarity);
  }

  /**
   * How close the passage is to the question in meaning: its own similarity and its closest
   * sentence's, weighed by {@link #PASSAGE_WEIGHT}. A sentence alone over-rates a table row that
   * repeats the question's words ("Date: March 12, 2026; Topic: Summer programs and the STEM
   * Bridge Camp" for "the dates of the 2026 Summer STEM Bridge Camp"), the passage alone a long
   * one on the topic that answers something else.
   */
  public double meaning() {
    return PASSAGE_WEIGHT * similarity + (1 - PASSAGE_WEIGHT) * bestSentenceSimilarity();
  }

  /**
   * Its sentence closest in meaning to the question, as {@link Sentences#of} splits its text, a
   * question the document asks with the sentence that answers it; empty
   * when it has none, or when the index split it otherwise (built by another version).
   */
  public Optional<String> closestSentence() {
    return closestSentence(sentence -> true);
  }

  /**
   * As {@link #closestSentence()}, the closest of the sentences {@code preferred} accepts when any
   * does ("Harold Pettigrew … handles all reimbursements" for "who do I bug about a reimbursement",
   * before the closer "Reimbursements are normally paid within 30 days").
   */
  public Optional<String> closestSentence(Predicate<String> preferred) {
    List<Sentences.Sentence> sentences = Sentences.of(passage.text());
    if (sentences.isEmpty() || sentences.size() != sentenceSimilarities.size()) {
      return Optional.empty();
    }
    int closest = sentenceSimilarities.indexOf(bestSentenceSimilarity());
    int closestPreferred = -1;
    for (int i = 0; i < sentences.size(); i++) {
      if (preferred.test(sentences.get(i).text())
          && (closestPreferred < 0 || sentenceSimilarities.get(i) > sentenceSimilarities.get(closestPreferred))) {
        closestPreferred = i;
      }
    }
    if (closestPreferred >= 0) {
      closest = closestPreferred;
    }
    String text = sentences.get(closest).text();
    // "Email him at …" says whom only with the sentence before it.
    if (closest > 0 && REFERS_TO_A_PERSON.matcher(text).find() && !sentences.get(closest).listItem()
        && !sentences.get(closest - 1).listItem() && !sentences.get(closest - 1).labelsNext()) {
      text = sentences.get(closest - 1).text().strip() + " " + text.strip();
    }
    // An FAQ's question ("Where is the office?") says nothing alone: it comes with its answer.
    if (text.strip().endsWith("?") && !sentences.get(closest).listItem() && closest + 1 < sentences.size()
        && !sentences.get(closest + 1).text().strip().endsWith("?")) {
      text = text.strip() + " " + sentences.get(closest + 1).text().strip();
    }
    return Optional.of(text).filter(said -> !said.isBlank());
  }
}
