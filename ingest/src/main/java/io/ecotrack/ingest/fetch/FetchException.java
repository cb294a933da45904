package io.ecotrack.ingest.fetch;

/**
 * A page that could not be fetched. {@link #reason()} is a short word for the crawl report
 * ({@code http-404}, {@code timeout}, {@code too-large}, {@code blocked-address} …); {@link #transientFailure()}
 * says whether a later try may succeed.
 */
public class FetchException extends Exception {
  private final String reason;
  private final boolean transientFailure;
  private final long retryAfterMillis;

  public FetchException(String reason, String message, boolean transientFailure, long retryAfterMillis) {
    super(message);
    this.reason = reason;
    this.transientFailure = transientFailure;
    this.retryAfterMillis = retryAfterMillis;
  }

  public FetchException(String reason, String message) {
    this(reason, message, false, 0);
  }

  public String reason() {
    return reason;
  }

  public boolean transientFailure() {
    return transientFailure;
  }

  /** How long the server asked us to wait (Retry-After), in ms; 0 when it did not say. */
  public long retryAfterMillis() {
    return retryAfterMillis;
  }
}
