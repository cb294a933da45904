package io.ecotrack.ingest.fetch;

import java.time.Duration;

/**
 * How the crawler talks to web servers. Every value has a documented default ({@link #defaults()}).
 *
 * @param userAgent names ecotrack with a contact URL, as polite crawlers do
 * @param connectTimeout time to open a connection (default 10 s)
 * @param readTimeout time until the response headers arrive (default 30 s)
 * @param responseDeadline time for the whole response, headers and body (default 60 s): a server that
 *     sends slowly, a byte at a time, is cut off here
 * @param maxRedirects redirects followed before giving up (default 5)
 * @param maxBytes largest body read, after decompression (default 5 MiB); larger pages fail as too large
 * @param hostDelay pause between two requests to one host (default 1 s); robots.txt Crawl-delay may raise it
 * @param maxCrawlDelay the largest Crawl-delay honoured (default 30 s); a host asking more is skipped
 * @param maxRetries retries of a transient failure (connection error, 429, 5xx) with backoff (default 2)
 */
public record FetchSettings(
    String userAgent,
    Duration connectTimeout,
    Duration readTimeout,
    Duration responseDeadline,
    int maxRedirects,
    long maxBytes,
    Duration hostDelay,
    Duration maxCrawlDelay,
    int maxRetries) {

  public static final String USER_AGENT =
      "ecotrack/0.1 (+https://github.com/ecotrack/ecotrack; news ecosystem tracker)";

  public static FetchSettings defaults() {
    return new FetchSettings(USER_AGENT, Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(60), 5, 5L * 1024 * 1024,
        Duration.ofSeconds(1), Duration.ofSeconds(30), 2);
  }

  public FetchSettings withHostDelay(Duration delay) {
    return new FetchSettings(userAgent, connectTimeout, readTimeout, responseDeadline, maxRedirects, maxBytes, delay, maxCrawlDelay, maxRetries);
  }

  public FetchSettings withReadTimeout(Duration timeout) {
    return new FetchSettings(userAgent, connectTimeout, timeout, responseDeadline, maxRedirects, maxBytes, hostDelay, maxCrawlDelay, maxRetries);
  }

  public FetchSettings withResponseDeadline(Duration deadline) {
    return new FetchSettings(userAgent, connectTimeout, readTimeout, deadline, maxRedirects, maxBytes, hostDelay, maxCrawlDelay, maxRetries);
  }

  public FetchSettings withMaxBytes(long bytes) {
    return new FetchSettings(userAgent, connectTimeout, readTimeout, responseDeadline, maxRedirects, bytes, hostDelay, maxCrawlDelay, maxRetries);
  }
}
