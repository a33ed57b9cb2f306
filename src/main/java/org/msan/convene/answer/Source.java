package org.msan.convene.answer;

/**
 * One numbered source of an answer: {@code [rank]} in the answer text refers to it.
 *
 * @param path the file, relative to the knowledge folder
 * @param text the whole passage (the snippet is its start)
 * @param link where a reader can open the source: its {@code source} URL, or empty
 */
public record Source(int rank, String path, String title, String section, double score, String snippet, String text,
    String link) {

  /** The same source under another number. */
  public Source withRank(int newRank) {
    return new Source(newRank, path, title, section, score, snippet, text, link);
  }
}
