package io.ecotrack.index.search;

/** A query or filter the user must fix; the message is one line saying where it is wrong. */
public class BadQueryException extends RuntimeException {
  public BadQueryException(String message) {
    super(message);
  }
}
