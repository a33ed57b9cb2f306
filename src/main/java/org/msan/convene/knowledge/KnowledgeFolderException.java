package org.msan.convene.knowledge;

/** The knowledge folder or the index cannot be used at all (missing folder, unwritable data folder). */
public final class KnowledgeFolderException extends RuntimeException {

  public KnowledgeFolderException(String message) {
    super(message);
  }

  public KnowledgeFolderException(String message, Throwable cause) {
    super(message, cause);
  }
}
