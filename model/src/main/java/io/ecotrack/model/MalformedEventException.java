package io.ecotrack.model;

/**
 * A record that is not a valid ecotrack event: not JSON, not UTF-8, the wrong schema version or a
 * missing required field. The message is the reason that goes to the dead-letter topic.
 */
public class MalformedEventException extends RuntimeException {
  public MalformedEventException(String reason) {
    super(reason);
  }

  public MalformedEventException(String reason, Throwable cause) {
    super(reason, cause);
  }
}
