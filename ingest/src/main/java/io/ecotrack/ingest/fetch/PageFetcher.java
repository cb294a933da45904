package io.ecotrack.ingest.fetch;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Fetches one http or https URL within the limits of {@link FetchSettings}: a connect timeout, one
 * deadline for the whole response (headers and body: a server that trickles a byte a second cannot hold
 * the crawl), a redirect limit (each hop checked by the {@link AddressPolicy} and paced by the caller's
 * {@link Hop}), a cap on the body before and after decompression (a gzip bomb stops at the cap), conditional
 * GET, and retries of transient failures with exponential backoff and jitter, honouring {@code Retry-After}
 * on 429 and 503. It never reads local files: those are {@link LocalFiles}' job, for what the user names.
 */
public final class PageFetcher {
  private static final Pattern CHARSET = Pattern.compile("charset=\"?([\\w.:-]+)", Pattern.CASE_INSENSITIVE);
  private static final long MAX_RETRY_AFTER_MS = 120_000;

  private final FetchSettings settings;
  private final HttpClient client;
  private final Sleeper sleeper;

  /** Waits between retries; a seam for tests. */
  @FunctionalInterface
  public interface Sleeper {
    void sleep(long millis) throws InterruptedException;
  }

  /**
   * Called before every request a fetch makes, the first and each redirect hop: the crawler paces hops to
   * a host like its other requests there, and may refuse one.
   */
  @FunctionalInterface
  public interface Hop {
    Hop NONE = url -> { };

    void before(URI url) throws FetchException, InterruptedException;
  }

  public PageFetcher(FetchSettings settings) {
    this(settings, Thread::sleep);
  }

  public PageFetcher(FetchSettings settings, Sleeper sleeper) {
    this.settings = settings;
    this.sleeper = sleeper;
    this.client = HttpClient.newBuilder()
        .connectTimeout(settings.connectTimeout())
        // redirects are followed here, one hop at a time, so every hop passes the address policy
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  public FetchSettings settings() {
    return settings;
  }

  /** {@link #fetch(URI, AddressPolicy, String, String, Hop)} with no pacing of hops. */
  public FetchResult fetch(URI url, AddressPolicy policy, String etag, String lastModified)
      throws FetchException, InterruptedException {
    return fetch(url, policy, etag, lastModified, Hop.NONE);
  }

  /**
   * Fetches {@code url}, sending the validators when given (null to fetch unconditionally).
   *
   * @throws FetchException when it cannot, after the retries for transient failures
   */
  public FetchResult fetch(URI url, AddressPolicy policy, String etag, String lastModified, Hop hop)
      throws FetchException, InterruptedException {
    for (int attempt = 0; ; attempt++) {
      try {
        return fetchOnce(url, policy, etag, lastModified, hop);
      } catch (FetchException e) {
        if (!e.transientFailure() || attempt >= settings.maxRetries()) {
          throw e;
        }
        long backoff = e.retryAfterMillis() > 0
            ? Math.min(e.retryAfterMillis(), MAX_RETRY_AFTER_MS)
            : (500L << attempt) + ThreadLocalRandom.current().nextLong(250);
        sleeper.sleep(backoff);
      }
    }
  }

  private FetchResult fetchOnce(URI url, AddressPolicy policy, String etag, String lastModified, Hop hop)
      throws FetchException, InterruptedException {
    URI current = url;
    for (int hopCount = 0; hopCount <= settings.maxRedirects(); hopCount++) {
      policy.check(current);
      hop.before(current);
      HttpRequest.Builder request = HttpRequest.newBuilder(current)
          .timeout(settings.readTimeout())
          .header("User-Agent", settings.userAgent())
          .header("Accept", "text/html,application/xhtml+xml,application/pdf,application/xml;q=0.9,*/*;q=0.8")
          .header("Accept-Encoding", "gzip")
          .GET();
      if (etag != null) {
        request.header("If-None-Match", etag);
      }
      if (lastModified != null) {
        request.header("If-Modified-Since", lastModified);
      }
      HttpResponse<byte[]> response = send(request.build(), current);
      int status = response.statusCode();
      HttpHeaders headers = response.headers();
      if (status >= 300 && status < 400 && status != 304) {
        String location = headers.firstValue("Location").orElse(null);
        if (location == null) {
          throw new FetchException("http-" + status, "redirect without Location from " + current);
        }
        try {
          current = current.resolve(location.trim());
        } catch (IllegalArgumentException e) {
          throw new FetchException("bad-redirect", current + " redirects to an unreadable Location: " + location);
        }
        continue;
      }
      if (status == 304) {
        return new FetchResult(current.toString(), 304, null, null, new byte[0], etag, lastModified);
      }
      if (status == 429 || status == 503 || status >= 500) {
        throw new FetchException("http-" + status, current + " answered " + status, true,
            retryAfterMillis(headers.firstValue("Retry-After").orElse(null)));
      }
      if (status != 200) {
        throw new FetchException("http-" + status, current + " answered " + status);
      }
      String contentType = headers.firstValue("Content-Type").orElse("");
      boolean gzip = headers.firstValue("Content-Encoding").map(v -> v.toLowerCase(Locale.ROOT).contains("gzip")).orElse(false);
      byte[] body = response.body();
      if (gzip) {
        try {
          body = readCapped(new GZIPInputStream(new ByteArrayInputStream(body)), current);
        } catch (IOException e) {
          throw new FetchException("io", "cannot decompress " + current + ": " + e.getMessage());
        }
      }
      return new FetchResult(current.toString(), 200, contentType, charsetOf(contentType), body,
          headers.firstValue("ETag").orElse(null), headers.firstValue("Last-Modified").orElse(null));
    }
    throw new FetchException("redirects", "more than " + settings.maxRedirects() + " redirects from " + url);
  }

  /**
   * Sends one request and waits for the whole response, at most {@link FetchSettings#responseDeadline()};
   * the body of anything but a 200 is not kept. A response over the deadline is cancelled (its connection
   * closed), so a server cannot hold the crawl however slowly it sends.
   */
  private HttpResponse<byte[]> send(HttpRequest request, URI url) throws FetchException, InterruptedException {
    long deadline = settings.responseDeadline().toMillis();
    CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(request, info -> {
      if (info.statusCode() != 200) {
        return HttpResponse.BodySubscribers.replacing(new byte[0]);
      }
      long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
      if (declared > settings.maxBytes()) {
        return new RefusedBody(new FetchException("too-large", url + " is " + declared
            + " bytes, over the limit of " + settings.maxBytes()));
      }
      return new CappedBody(settings.maxBytes());
    });
    try {
      return future.get(deadline, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      // not retried: a server that trickles would hold the crawl for every retry again
      throw new FetchException("timeout", url + " did not send its whole response within " + deadline / 1000 + " s");
    } catch (InterruptedException e) {
      future.cancel(true);
      throw e;
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (causedBy(cause, RefusedBody.Refusal.class) instanceof RefusedBody.Refusal refusal) {
        throw refusal.reason();
      }
      if (causedBy(cause, CappedBody.TooLargeException.class) != null) {
        throw new FetchException("too-large", url + " exceeds the limit of " + settings.maxBytes() + " bytes");
      }
      if (causedBy(cause, HttpTimeoutException.class) != null) {
        throw new FetchException("timeout", "no answer from " + url + " within " + settings.readTimeout().toSeconds()
            + " s", true, 0);
      }
      if (causedBy(cause, ConnectException.class) != null) {
        throw new FetchException("connect", "cannot connect to " + url, true, 0);
      }
      throw new FetchException("io", "cannot fetch " + url + ": " + cause, true, 0);
    }
  }

  /** The first throwable of type {@code type} in {@code t}'s chain of causes, or null. */
  private static Throwable causedBy(Throwable t, Class<? extends Throwable> type) {
    for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (type.isInstance(c)) {
        return c;
      }
    }
    return null;
  }

  private byte[] readCapped(InputStream in, URI url) throws IOException, FetchException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[16 * 1024];
    long total = 0;
    for (int n; (n = in.read(buffer)) > 0; ) {
      total += n;
      if (total > settings.maxBytes()) {
        throw new FetchException("too-large", url + " exceeds the limit of " + settings.maxBytes() + " bytes (after decompression)");
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  static Charset charsetOf(String contentType) {
    Matcher m = CHARSET.matcher(contentType == null ? "" : contentType);
    if (!m.find()) {
      return null;
    }
    try {
      return Charset.forName(m.group(1));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }

  /** Retry-After as seconds or as an HTTP date (RFC 9110 §10.2.3); 0 when absent or unreadable. */
  static long retryAfterMillis(String value) {
    if (value == null || value.isBlank()) {
      return 0;
    }
    try {
      return Math.max(0, Long.parseLong(value.trim()) * 1000);
    } catch (NumberFormatException e) {
      try {
        ZonedDateTime when = ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME);
        return Math.max(0, Duration.between(ZonedDateTime.now(), when).toMillis());
      } catch (DateTimeParseException e2) {
        return 0;
      }
    }
  }
}
