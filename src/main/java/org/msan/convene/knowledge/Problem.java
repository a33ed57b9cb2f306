package org.msan.convene.knowledge;

/**
 * Something wrong with a file of the knowledge folder, reported by {@code check}, {@code index} and
 * {@code /reload}.
 *
 * @param line 1-based line, or 0 when the problem is not tied to a line
 */
public record Problem(String path, int line, String reason) {

  @Override
  public String toString() {
    return line > 0 ? path + ":" + line + ": " + reason : path + ": " + reason;
  }
}
