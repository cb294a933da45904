package io.ecotrack.ingest.fetch;

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
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Fetches one URL (http, https or file) within the limits of {@link FetchSettings}: timeouts, a redirect
 * limit (each hop checked by the {@link AddressPolicy}), a cap on the body after decompression (a gzip
 * bomb stops at the cap), conditional GET, and retries of transient failures with exponential backoff and
 * jitter, honouring {@code Retry-After} on 429 and 503.
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

  /**
   * Fetches {@code url}, sending the validators when given (null to fetch unconditionally).
   *
   * @throws FetchException when it cannot, after the retries for transient failures
   */
  public FetchResult fetch(URI url, AddressPolicy policy, String etag, String lastModified)
      throws FetchException, InterruptedException {
    for (int attempt = 0; ; attempt++) {
      try {
        return fetchOnce(url, policy, etag, lastModified);
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

  private FetchResult fetchOnce(URI url, AddressPolicy policy, String etag, String lastModified)
      throws FetchException, InterruptedException {
    URI current = url;
    for (int hop = 0; hop <= settings.maxRedirects(); hop++) {
      policy.check(current);
      if ("file".equalsIgnoreCase(current.getScheme())) {
        return readFile(current);
      }
      HttpRequest.Builder request = HttpRequest.newBuilder(current)
          .timeout(settings.readTimeout())
          .header("User-Agent", settings.userAgent())
          .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
          .header("Accept-Encoding", "gzip")
          .GET();
      if (etag != null) {
        request.header("If-None-Match", etag);
      }
      if (lastModified != null) {
        request.header("If-Modified-Since", lastModified);
      }
      HttpResponse<InputStream> response;
      try {
        response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
      } catch (HttpTimeoutException e) {
        throw new FetchException("timeout", "no answer from " + current + " within " + settings.readTimeout().toSeconds() + " s", true, 0);
      } catch (ConnectException e) {
        throw new FetchException("connect", "cannot connect to " + current, true, 0);
      } catch (IOException e) {
        throw new FetchException("io", "cannot fetch " + current + ": " + e.getMessage(), true, 0);
      }
      int status = response.statusCode();
      HttpHeaders headers = response.headers();
      if (status >= 300 && status < 400 && status != 304) {
        closeQuietly(response.body());
        String location = headers.firstValue("Location").orElse(null);
        if (location == null) {
          throw new FetchException("http-" + status, "redirect without Location from " + current);
        }
        current = current.resolve(location.trim());
        continue;
      }
      if (status == 304) {
        closeQuietly(response.body());
        return new FetchResult(current.toString(), 304, null, null, new byte[0], etag, lastModified);
      }
      if (status == 429 || status == 503 || status >= 500) {
        closeQuietly(response.body());
        throw new FetchException("http-" + status, current + " answered " + status, true,
            retryAfterMillis(headers.firstValue("Retry-After").orElse(null)));
      }
      if (status != 200) {
        closeQuietly(response.body());
        throw new FetchException("http-" + status, current + " answered " + status);
      }
      long declared = headers.firstValueAsLong("Content-Length").orElse(-1);
      if (declared > settings.maxBytes()) {
        closeQuietly(response.body());
        throw new FetchException("too-large", current + " is " + declared + " bytes, over the limit of " + settings.maxBytes());
      }
      String contentType = headers.firstValue("Content-Type").orElse("");
      byte[] body;
      try (InputStream raw = response.body()) {
        boolean gzip = headers.firstValue("Content-Encoding").map(v -> v.toLowerCase(Locale.ROOT).contains("gzip")).orElse(false);
        body = readCapped(gzip ? new GZIPInputStream(raw) : raw, current);
      } catch (HttpTimeoutException e) {
        throw new FetchException("timeout", "body of " + current + " not received within " + settings.readTimeout().toSeconds() + " s", true, 0);
      } catch (IOException e) {
        throw new FetchException("io", "cannot read " + current + ": " + e.getMessage(), true, 0);
      }
      return new FetchResult(current.toString(), 200, contentType, charsetOf(contentType), body,
          headers.firstValue("ETag").orElse(null), headers.firstValue("Last-Modified").orElse(null));
    }
    throw new FetchException("redirects", "more than " + settings.maxRedirects() + " redirects from " + url);
  }

  private FetchResult readFile(URI uri) throws FetchException {
    Path path = Path.of(uri);
    try {
      if (Files.size(path) > settings.maxBytes()) {
        throw new FetchException("too-large", path + " is over the limit of " + settings.maxBytes() + " bytes");
      }
      String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
      String type = name.endsWith(".txt") ? "text/plain" : name.endsWith(".xml") ? "application/xml" : "text/html";
      return new FetchResult(uri.toString(), 200, type, null, Files.readAllBytes(path), null, null);
    } catch (NoSuchFileException e) {
      throw new FetchException("not-found", "no such file " + path);
    } catch (IOException e) {
      throw new FetchException("io", "cannot read " + path + ": " + e.getMessage());
    }
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

  private static void closeQuietly(InputStream in) {
    try {
      in.close();
    } catch (IOException ignored) {
      // the connection is discarded anyway
    }
  }
}
