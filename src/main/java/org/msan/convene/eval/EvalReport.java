package org.msan.convene.eval;

import java.util.List;

/** The figures of one evaluation run and the questions it got wrong. */
public record EvalReport(
    int questions,
    int correct,
    int offTopic,
    int offTopicAbstained,
    int k,
    double recallAtK,
    double mrr,
    List<String> misses) {

  public EvalReport {
    misses = List.copyOf(misses);
  }

  public double accuracy() {
    return questions == 0 ? 0 : (double) correct / questions;
  }

  public double abstention() {
    return offTopic == 0 ? 1 : (double) offTopicAbstained / offTopic;
  }
}
