package io.ecotrack.ingest;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Keeps requests to one host apart by at least its delay; requests to different hosts do not wait for each other. */
final class HostPacer {
  private final Map<String, Long> nextAllowedNanos = new HashMap<>();

  /** Blocks until a request to {@code url}'s host may go, then books the next slot {@code delay} later. */
  void await(URI url, Duration delay) throws InterruptedException {
    if (url.getHost() == null) {
      return; // files
    }
    String host = url.getHost().toLowerCase(Locale.ROOT);
    long now = System.nanoTime();
    long wait;
    synchronized (this) {
      long next = nextAllowedNanos.getOrDefault(host, now);
      wait = Math.max(0, next - now);
      nextAllowedNanos.put(host, Math.max(next, now) + delay.toNanos());
    }
    if (wait > 0) {
      Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
    }
  }
}
