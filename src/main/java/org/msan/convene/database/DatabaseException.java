package org.msan.convene.database;

/** The database cannot be used (locked too long, newer schema, unreadable file); the message says what to do. */
public final class DatabaseException extends RuntimeException {

  public DatabaseException(String message) {
    super(message);
  }

  public DatabaseException(String message, Throwable cause) {
    super(message, cause);
  }
}
