package io.ecotrack.index.store;

/** The index folder is missing, locked by another process, or unreadable; the message says what to do. */
public class IndexUnavailableException extends RuntimeException {
  public IndexUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }

  public IndexUnavailableException(String message) {
    super(message);
  }
}
