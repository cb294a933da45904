package io.ecotrack.ingest.source;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One place the crawler reads: a feed, a sitemap, a listing page, single URLs or saved files. Validated
 * when the sources file is read, so that a mistake is reported with its line before anything is fetched.
 *
 * @param name short name, carried on every article as {@code source}
 * @param urls where to start: the feed, sitemap or listing URL; the pages themselves for {@code url};
 *     files or folders ({@code file:} URLs or paths) for {@code files}
 * @param language language hint ({@code ja}, {@code en}) for pages whose markup does not say
 * @param linkPattern for listings: a regular expression the article links match
 * @param maxPages most articles taken from this source per run
 * @param delay pause between requests to one host (robots.txt Crawl-delay may ask for more)
 * @param every how often the source is crawled by {@code ecotrack crawl --every}/{@code run}; null: every run
 * @param allowPrivateAddresses lets this source reach loopback and private addresses (a local site)
 */
public record Source(
    String name,
    SourceType type,
    List<String> urls,
    String language,
    Pattern linkPattern,
    int maxPages,
    Duration delay,
    Duration every,
    boolean allowPrivateAddresses) {

  public static final int DEFAULT_MAX_PAGES = 200;
  public static final Duration DEFAULT_DELAY = Duration.ofSeconds(1);

  public Source {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a source needs a name");
    }
    if (type == null) {
      throw new IllegalArgumentException("source '" + name + "' needs a type: one of " + SourceType.names());
    }
    if (urls == null || urls.isEmpty()) {
      throw new IllegalArgumentException("source '" + name + "' needs a url (or urls)");
    }
    urls = List.copyOf(urls);
    for (String u : urls) {
      checkUrl(name, type, u);
    }
    if (type == SourceType.LISTING && linkPattern == null) {
      throw new IllegalArgumentException("listing source '" + name + "' needs a linkPattern");
    }
    if (maxPages <= 0) {
      throw new IllegalArgumentException("source '" + name + "': maxPages must be positive, was " + maxPages);
    }
    delay = delay == null ? DEFAULT_DELAY : delay;
  }

  @JsonCreator
  static Source fromYaml(
      @JsonProperty("name") String name,
      @JsonProperty("type") String type,
      @JsonProperty("url") String url,
      @JsonProperty("urls") List<String> urls,
      @JsonProperty("language") String language,
      @JsonProperty("linkPattern") String linkPattern,
      @JsonProperty("maxPages") Integer maxPages,
      @JsonProperty("delay") String delay,
      @JsonProperty("every") String every,
      @JsonProperty("allowPrivateAddresses") Boolean allowPrivate) {
    List<String> all = urls != null ? urls : url != null ? List.of(url) : List.of();
    Pattern pattern = null;
    if (linkPattern != null) {
      try {
        pattern = Pattern.compile(linkPattern);
      } catch (PatternSyntaxException e) {
        throw new IllegalArgumentException("source '" + name + "': linkPattern is not a regular expression: " + e.getDescription());
      }
    }
    return new Source(name, SourceType.parse(name, type), all, language, pattern,
        maxPages == null ? DEFAULT_MAX_PAGES : maxPages, Durations.parse(delay, "delay"), Durations.parseInterval(every, "every"),
        Boolean.TRUE.equals(allowPrivate));
  }

  /**
   * The sources for URLs and files given on the command line ({@code ecotrack add}): one {@code files}
   * source for the paths and {@code file:} URLs, one {@code url} source for the web pages.
   */
  public static List<Source> adHoc(List<String> targets, boolean allowPrivate) {
    List<String> files = targets.stream().filter(Source::isLocal).toList();
    List<String> pages = targets.stream().filter(t -> !isLocal(t)).toList();
    List<Source> out = new ArrayList<>();
    if (!files.isEmpty()) {
      out.add(new Source("cli", SourceType.FILES, files, null, null, Integer.MAX_VALUE, DEFAULT_DELAY, null, allowPrivate));
    }
    if (!pages.isEmpty()) {
      out.add(new Source("cli", SourceType.URL, pages, null, null, Integer.MAX_VALUE, DEFAULT_DELAY, null, allowPrivate));
    }
    return out;
  }

  private static boolean isLocal(String target) {
    return !target.contains("://") || target.regionMatches(true, 0, "file:", 0, 5);
  }

  private static void checkUrl(String name, SourceType type, String u) {
    if (type == SourceType.FILES && !u.contains("://")) {
      return; // a plain path
    }
    try {
      URI uri = new URI(u);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (scheme.equals("file") && type != SourceType.FILES) {
        throw new IllegalArgumentException("source '" + name + "': a file: URL belongs in a source of type files: " + u);
      }
      if (!scheme.equals("http") && !scheme.equals("https") && !scheme.equals("file")) {
        throw new IllegalArgumentException("source '" + name + "': only http, https and file URLs are allowed: " + u);
      }
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("source '" + name + "': not a URL: " + u);
    }
  }
}
