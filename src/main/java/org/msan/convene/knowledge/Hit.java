package org.msan.convene.knowledge;

/** A passage found for a question, with its retrieval score (higher is better). */
public record Hit(Passage passage, double score) {}
