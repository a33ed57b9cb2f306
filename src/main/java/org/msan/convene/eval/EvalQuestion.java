package org.msan.convene.eval;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.List;

/**
 * One line of a question file.
 *
 * @param expect phrases of which the answer must contain at least one (case-insensitive)
 * @param today the date the question is asked on, for schedule questions; null for the real date
 * @param abstain true for questions the documents do not answer
 * @param kind an optional label ("paraphrase", "near") that the report gives accuracy by
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EvalQuestion(String q, List<String> expect, LocalDate today, boolean abstain, String kind) {

  public EvalQuestion {
    expect = expect == null ? List.of() : List.copyOf(expect);
    kind = kind == null ? "" : kind;
  }

  public EvalQuestion(String q, List<String> expect, LocalDate today, boolean abstain) {
    this(q, expect, today, abstain, "");
  }

  /** An off-topic question: marked so, or written without any expected phrase. */
  public boolean offTopic() {
    return abstain || expect.isEmpty();
  }
}
