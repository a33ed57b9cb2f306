package org.msan.convene.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import org.msan.convene.answer.Answer;
import org.msan.convene.answer.Source;

/**
 * Runs a question file against the answer service: accuracy (an expected phrase is in the answer,
 * or an off-topic question is abstained on), Recall@k and MRR of the sources (a source is relevant
 * when its passage contains an expected phrase).
 */
public final class Evaluator {

  private final BiFunction<EvalQuestion, Integer, Answer> ask;
  private final int k;

  /** @param ask answers a question of the file with a given number of sources */
  public Evaluator(BiFunction<EvalQuestion, Integer, Answer> ask, int k) {
    this.ask = ask;
    this.k = k;
  }

  public EvalReport run(List<EvalQuestion> questions) {
    int correct = 0;
    int offTopic = 0;
    int abstained = 0;
    int onTopic = 0;
    int found = 0;
    double reciprocalRanks = 0;
    List<String> misses = new ArrayList<>();
    java.util.Map<String, int[]> byKind = new java.util.TreeMap<>();
    for (EvalQuestion question : questions) {
      Answer answer = ask.apply(question, k);
      boolean right;
      if (question.offTopic()) {
        offTopic++;
        right = !answer.answered();
        abstained += right ? 1 : 0;
      } else {
        onTopic++;
        right = answer.answered() && containsAny(answer.text(), question.expect());
        int rank = firstRelevant(answer.sources(), question.expect());
        if (rank > 0) {
          found++;
          reciprocalRanks += 1.0 / rank;
        }
      }
      if (!question.kind().isEmpty()) {
        int[] tally = byKind.computeIfAbsent(question.kind(), kind -> new int[2]);
        tally[0] += right ? 1 : 0;
        tally[1]++;
      }
      if (right) {
        correct++;
      } else {
        misses.add(miss(question, answer));
      }
    }
    return new EvalReport(questions.size(), correct, offTopic, abstained, k,
        onTopic == 0 ? 0 : (double) found / onTopic, onTopic == 0 ? 0 : reciprocalRanks / onTopic, misses, byKind);
  }

  private static int firstRelevant(List<Source> sources, List<String> expect) {
    for (Source source : sources) {
      if (containsAny(source.title() + " " + source.section() + " " + source.text(), expect)) {
        return source.rank();
      }
    }
    return 0;
  }

  static boolean containsAny(String text, List<String> phrases) {
    String haystack = normalize(text);
    return phrases.stream().anyMatch(phrase -> haystack.contains(normalize(phrase)));
  }

  /** Case, curly quotes, dashes and spacing do not decide whether a phrase is there. */
  static String normalize(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKC)
        .toLowerCase(Locale.ROOT)
        .replaceAll("[‘’]", "'")
        .replaceAll("[“”]", "\"")
        .replaceAll("[–—]", "-")
        .replaceAll("\\s+", " ");
  }

  private static String miss(EvalQuestion question, Answer answer) {
    String expected = question.offTopic() ? "to abstain" : "one of " + question.expect();
    String when = question.today() == null ? "" : " (today " + question.today() + ")";
    // An unanswered reply may still say something (what the documents do say, the closest they come).
    String got = (answer.answered() ? "" : "no answer: ") + answer.text().replaceAll("\\s+", " ");
    return question.q() + when + "\n    expected " + expected + "\n    got: " + got;
  }
}
