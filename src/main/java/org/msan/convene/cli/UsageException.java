package org.msan.convene.cli;

/** Bad input found after parsing (a file that does not exist, a malformed line): exit status 2. */
public final class UsageException extends RuntimeException {

  public UsageException(String message) {
    super(message);
  }
}
