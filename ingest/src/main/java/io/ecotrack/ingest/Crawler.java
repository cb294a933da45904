package io.ecotrack.ingest;

import io.ecotrack.ingest.CrawlReport.Outcome;
import io.ecotrack.ingest.article.ArticleExtractor;
import io.ecotrack.ingest.article.ExtractedArticle;
import io.ecotrack.ingest.fetch.AddressPolicy;
import io.ecotrack.ingest.fetch.FetchException;
import io.ecotrack.ingest.fetch.FetchResult;
import io.ecotrack.ingest.fetch.LocalFiles;
import io.ecotrack.ingest.fetch.PageFetcher;
import io.ecotrack.ingest.robots.RobotsPolicy;
import io.ecotrack.ingest.source.Source;
import io.ecotrack.ingest.source.SourceReader;
import io.ecotrack.ingest.source.SourceType;
import io.ecotrack.ingest.state.CrawlState;
import io.ecotrack.model.ArticleFetched;
import io.ecotrack.model.ArticleId;
import io.ecotrack.model.ContentHash;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One crawl run over a list of sources: finds each source's article URLs, fetches each page politely
 * (robots.txt, one request at a time per host with its delay, conditional GET), extracts the article and
 * publishes it when it is new or changed. Failures are counted by reason in the {@link CrawlReport}; they
 * never stop the run. {@link #stop()} ends the run after the page in flight.
 */
public final class Crawler {
  private static final Logger log = LoggerFactory.getLogger(Crawler.class);

  /** Caps on one run. */
  public record Limits(int maxPagesPerRun, int maxPagesPerHost) {
    public static Limits defaults() {
      return new Limits(1000, 200);
    }
  }

  /** Told about every page, for progress display. */
  @FunctionalInterface
  public interface Listener {
    void page(URI url, String articleId, Outcome outcome, String detail);

    /** A source's article URLs are known: {@code count} pages to come from it. */
    default void discovered(Source source, int count) {}
  }

  private final PageFetcher fetcher;
  private final LocalFiles files;
  private final RobotsPolicy robots;
  private final ArticleFormats formats;
  private final CrawlState state;
  private final ArticleSink sink;
  private final Clock clock;
  private final HostPacer pacer = new HostPacer();
  private volatile boolean stopping;

  public Crawler(PageFetcher fetcher, ArticleExtractor extractor, CrawlState state, ArticleSink sink, Clock clock) {
    this.fetcher = fetcher;
    this.files = new LocalFiles(fetcher.settings().maxBytes());
    this.robots = new RobotsPolicy(fetcher);
    this.formats = new ArticleFormats(extractor);
    this.state = state;
    this.sink = sink;
    this.clock = clock;
  }

  /** Asks a running crawl to end after the page in flight. */
  public void stop() {
    stopping = true;
  }

  public CrawlReport crawl(List<Source> sources, Limits limits, Listener listener) throws InterruptedException {
    CrawlReport report = new CrawlReport();
    Map<String, Integer> perHost = new HashMap<>();
    Set<String> publishedThisRun = new HashSet<>();
    int pages = 0;
    for (Source source : sources) {
      if (stopping) {
        break;
      }
      AddressPolicy addresses = new AddressPolicy(source.allowPrivateAddresses());
      List<URI> urls;
      try {
        urls = SourceReader.of(source.type()).articleUrls(source, url -> politeGet(url, source, addresses, null));
        if (source.type() != SourceType.FILES) {
          urls = urls.stream().filter(u -> fromTheWeb(u, source)).toList();
        }
      } catch (FetchException e) {
        log.warn("Source {} failed: {}", source.name(), e.getMessage());
        report.record(Outcome.FAILED, e.reason());
        listener.page(URI.create(source.urls().get(0)), null, Outcome.FAILED, e.getMessage());
        continue;
      }
      log.info("Source {}: {} article URLs", source.name(), urls.size());
      listener.discovered(source, Math.min(urls.size(), limits.maxPagesPerRun() - pages));
      for (URI url : urls) {
        if (stopping || pages >= limits.maxPagesPerRun()) {
          break;
        }
        String host = url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT);
        if (perHost.merge(host, 1, Integer::sum) > limits.maxPagesPerHost()) {
          continue;
        }
        pages++;
        crawlPage(url, source, addresses, report, listener, publishedThisRun);
      }
    }
    sink.flush();
    state.flush();
    return report;
  }

  private void crawlPage(URI url, Source source, AddressPolicy addresses, CrawlReport report, Listener listener,
      Set<String> publishedThisRun) throws InterruptedException {
    String key = ArticleId.normalize(url.toString());
    CrawlState.Entry before = state.get(key).orElse(null);
    try {
      FetchResult result;
      if (source.type() == SourceType.FILES) {
        result = files.read(url); // a file the user named: the only local reads there are
      } else {
        addresses.check(url); // before robots.txt: a refused address (or a file: link) is a failure, not a robots skip
        if (!robots.allowed(url, addresses)) {
          report.record(Outcome.SKIPPED_ROBOTS, null);
          log.info("skipped-robots {}", url);
          listener.page(url, null, Outcome.SKIPPED_ROBOTS, "disallowed by robots.txt");
          return;
        }
        result = politeGet(url, source, addresses, before);
      }
      report.fetched();
      if (result.notModified()) {
        finish(report, listener, url, before.articleId(), Outcome.UNCHANGED, "304 Not Modified");
        return;
      }
      ArticleFetched article = toArticle(result, source);
      Outcome outcome;
      String previousHash = state.publishedHash(article.id()).orElse(null);
      if (publishedThisRun.contains(article.id()) || article.contentHash().equals(previousHash)) {
        outcome = Outcome.UNCHANGED; // same text, perhaps reached through another URL
      } else {
        sink.publish(article);
        publishedThisRun.add(article.id());
        outcome = previousHash == null ? Outcome.NEW : Outcome.CHANGED;
      }
      state.put(new CrawlState.Entry(key, article.id(), result.etag(), result.lastModified(), article.contentHash(),
          clock.instant()));
      finish(report, listener, url, article.id(), outcome, article.title());
    } catch (FetchException e) {
      report.record(Outcome.FAILED, e.reason());
      log.warn("failed {} {}: {}", url, e.reason(), e.getMessage());
      listener.page(url, null, Outcome.FAILED, e.getMessage());
    }
  }

  /**
   * True for an http or https link: a feed, sitemap or listing is fetched content, and a {@code file:} (or
   * any other) link in it is never followed. Logged, so the user sees a hostile source.
   */
  private static boolean fromTheWeb(URI url, Source source) {
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (scheme.equals("http") || scheme.equals("https")) {
      return true;
    }
    log.warn("Source {} links to {}: only http and https links are followed", source.name(), url);
    return false;
  }

  private static void finish(CrawlReport report, Listener listener, URI url, String id, Outcome outcome, String detail) {
    report.record(outcome, null);
    log.info("{} {} id={}", outcome.name().toLowerCase(Locale.ROOT), url, id);
    listener.page(url, id, outcome, detail);
  }

  /**
   * Fetches {@code url} for {@code source}, each request (the first and every redirect hop) paced like any
   * other to its host and refused where robots.txt disallows it.
   */
  private FetchResult politeGet(URI url, Source source, AddressPolicy addresses, CrawlState.Entry before)
      throws FetchException, InterruptedException {
    PageFetcher.Hop hop = next -> {
      if (!next.equals(url) && !robots.allowed(next, addresses)) {
        throw new FetchException("robots", url + " redirects to " + next + ", which robots.txt disallows");
      }
      pacer.await(next, delay(next, source, addresses));
    };
    return fetcher.fetch(url, addresses, before == null ? null : before.etag(), before == null ? null : before.lastModified(),
        hop);
  }

  /** The pause before a request to {@code url}'s host: the source's delay, or more where robots.txt asks. */
  private Duration delay(URI url, Source source, AddressPolicy addresses) throws FetchException, InterruptedException {
    Duration asked = robots.crawlDelay(url, addresses);
    if (asked.compareTo(fetcher.settings().maxCrawlDelay()) > 0) {
      throw new FetchException("crawl-delay", url.getHost() + " asks for a Crawl-delay of " + asked.toSeconds()
          + " s, over the limit of " + fetcher.settings().maxCrawlDelay().toSeconds() + " s");
    }
    return asked.compareTo(source.delay()) > 0 ? asked : source.delay();
  }

  private ArticleFetched toArticle(FetchResult result, Source source) throws FetchException {
    String ct = result.contentType() == null ? "" : result.contentType().toLowerCase(Locale.ROOT);
    if (FeedDocuments.isFeedOrSitemap(ct, result.body())) {
      throw new FetchException("not-article", result.url() + " is a feed or sitemap, not an article");
    }
    ExtractedArticle a = formats.extract(result.body(), ct, result.charset(), result.url(), source.language());
    if (a.text().isBlank()) {
      throw new FetchException("no-text", "no article text found in " + result.url());
    }
    String canonical = a.canonicalUrl() == null || a.canonicalUrl().isBlank() ? result.url() : a.canonicalUrl();
    OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    return new ArticleFetched(ArticleFetched.SCHEMA, ArticleId.of(canonical), result.url(), ArticleId.normalize(canonical),
        source.name(), a.title(), a.text(), a.language(), a.publishedAt(), now, a.authors(), ContentHash.of(a.title() + "\n" + a.text()));
  }
}
