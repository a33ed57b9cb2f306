package org.msan.convene.knowledge;

/** A knowledge file that cannot be used, with the reason a member of staff can act on. */
public final class UnreadableFileException extends Exception {

  private final int line;

  public UnreadableFileException(String reason) {
    this(reason, 0);
  }

  public UnreadableFileException(String reason, int line) {
    super(reason);
    this.line = line;
  }

  public int line() {
    return line;
  }
}
