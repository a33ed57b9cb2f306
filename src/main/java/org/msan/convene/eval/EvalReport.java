package org.msan.convene.eval;

import java.util.List;
import java.util.Map;

/** The figures of one evaluation run and the questions it got wrong. */
public record EvalReport(
    int questions,
    int correct,
    int offTopic,
    int offTopicAbstained,
    int k,
    double recallAtK,
    double mrr,
    List<String> misses,
    Map<String, int[]> byKind) {

  public EvalReport {
    misses = List.copyOf(misses);
    byKind = Map.copyOf(byKind);
  }

  /** "fact 20/22, near 9/10": right answers by the questions' {@code kind}, when the file labels them. */
  public String byKindSummary() {
    return byKind.entrySet().stream().sorted(Map.Entry.comparingByKey())
        .map(e -> e.getKey() + " " + e.getValue()[0] + "/" + e.getValue()[1])
        .collect(java.util.stream.Collectors.joining(", "));
  }

  public double accuracy() {
    return questions == 0 ? 0 : (double) correct / questions;
  }

  public double abstention() {
    return offTopic == 0 ? 1 : (double) offTopicAbstained / offTopic;
  }
}
