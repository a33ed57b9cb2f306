package org.msan.convene.answer;

import java.util.List;

/**
 * The reply to one question.
 *
 * @param answered false when the documents do not answer it; {@code text} then says so
 * @param mode "extractive" or "llm"
 * @param sources the passages consulted, best first; {@code [n]} in the text is {@code sources[n-1]}
 */
public record Answer(String question, boolean answered, String text, String mode, List<Source> sources, long millis) {

  public static final String EXTRACTIVE = "extractive";
  public static final String LLM = "llm";

  public Answer {
    sources = List.copyOf(sources);
  }

  public Answer withMillis(long elapsed) {
    return new Answer(question, answered, text, mode, sources, elapsed);
  }
}
