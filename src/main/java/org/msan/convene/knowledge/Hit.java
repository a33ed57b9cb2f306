package org.msan.convene.knowledge;

/**
 * A passage found for a question.
 *
 * @param score its BM25 score (0 when only the vector search found it)
 * @param similarity cosine similarity of its vector to the question's, -1 to 1
 * @param fused its reciprocal-rank-fusion score, which orders the hits
 */
public record Hit(Passage passage, double score, double similarity, double fused) {}
