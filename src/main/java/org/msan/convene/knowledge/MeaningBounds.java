package org.msan.convene.knowledge;

/**
 * Where an embedding model's cosine similarities decide, for the extractive answers: each model's
 * cosines sit in a band of their own, so each has its own bounds, swept on eval/dev.jsonl,
 * eval/dev-members.jsonl and eval/dev-members2.jsonl.
 *
 * @param answer the bound a passage's similarity plus 0.4 times its coverage must reach to answer
 *     on meaning, and one sentence's similarity must reach to stand out ({@code standsOut})
 * @param related the similarity the best candidate's closest sentence must reach for the question
 *     to be about it at all: below it, no document is taken to be on the question's topic (weather,
 *     recipes); at or above it, an unsure match is offered as the closest the documents come, or
 *     given to the LLM to judge. Nine in ten answerable dev questions reach it (MiniLM), and six of
 *     the dev files' 20 off-topic questions, all with a word of the documents ("a poem about equity").
 * @param sameWord the similarity of two single words at which a word no document has is read as
 *     the documents' word ("kids" as "children", 0.84 with MiniLM; "kids" and "teachers" are 0.45):
 *     {@link WordNeighbours}
 * @param standsOut how much closer than every other candidate's closest sentence a passage's
 *     closest sentence must be, itself at {@code answer} or above, to answer on meaning alone when
 *     the passage shares few of the question's words (a coverage of 0.1 at least, the answer
 *     service's own bound)
 */
public record MeaningBounds(double answer, double related, double sameWord, double standsOut) {}
