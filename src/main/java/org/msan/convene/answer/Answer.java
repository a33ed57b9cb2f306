package org.msan.convene.answer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
  private static final Pattern CITATION = Pattern.compile("\\[(\\d{1,2})]");
  private static final Pattern SEVERAL_CITED = Pattern.compile("\\[\\d{1,2}\\s*[,;–-]\\s*\\d");

  public Answer {
    sources = List.copyOf(sources);
  }

  public Answer withMillis(long elapsed) {
    return new Answer(question, answered, text, mode, sources, elapsed);
  }

  /**
   * The same reply with its citations numbered in the order the text first gives them, [1], [2], …
   * (never [1] then [5], which sends a reader looking for [2]); its sources in that order, and those
   * it doesn't cite after them, in theirs. For showing only: the sources keep their retrieval order
   * everywhere else (the question log's best score, eval's ranks). A reply that cites several in one
   * mark ("[1, 3]", as a model may write) is left as it is, as such a mark is not renumbered.
   */
  public Answer withCitationsInOrder() {
    if (SEVERAL_CITED.matcher(text).find()) {
      return this;
    }
    List<Integer> order = new ArrayList<>();
    Matcher citation = CITATION.matcher(text);
    while (citation.find()) {
      int cited = Integer.parseInt(citation.group(1));
      if (cited >= 1 && cited <= sources.size() && !order.contains(cited)) {
        order.add(cited);
      }
    }
    for (int rank = 1; rank <= sources.size(); rank++) {
      if (!order.contains(rank)) {
        order.add(rank);
      }
    }
    Map<Integer, Integer> renumbered = new HashMap<>();
    List<Source> ordered = new ArrayList<>();
    for (int old : order) {
      renumbered.put(old, ordered.size() + 1);
      ordered.add(sources.get(old - 1).withRank(ordered.size() + 1));
    }
    String cited = CITATION.matcher(text).replaceAll(m -> {
      Integer rank = renumbered.get(Integer.parseInt(m.group(1)));
      return rank == null ? Matcher.quoteReplacement(m.group()) : "[" + rank + "]";
    });
    return new Answer(question, answered, cited, mode, ordered, millis);
  }
}
