package io.ecotrack.ingest.robots;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import io.ecotrack.ingest.fetch.AddressPolicy;
import io.ecotrack.ingest.fetch.FetchException;
import io.ecotrack.ingest.fetch.FetchResult;
import io.ecotrack.ingest.fetch.PageFetcher;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether robots.txt lets ecotrack fetch a URL, and how long to wait between requests to its host.
 * Parsing is crawler-commons'; what a failed robots.txt fetch means follows RFC 9309 §2.3.1: a 4xx
 * (no robots.txt) allows everything, a 5xx or an unreachable server disallows everything for this run.
 * Rules are fetched once per host per run.
 */
public final class RobotsPolicy {
  private static final String AGENT = "ecotrack";

  private final PageFetcher fetcher;
  private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
  private final Map<String, BaseRobotRules> rulesByHost = new ConcurrentHashMap<>();

  public RobotsPolicy(PageFetcher fetcher) {
    this.fetcher = fetcher;
  }

  /** True when robots.txt allows fetching {@code url}; file URLs are always allowed. */
  public boolean allowed(URI url, AddressPolicy addresses) throws InterruptedException {
    if ("file".equalsIgnoreCase(url.getScheme())) {
      return true;
    }
    return rules(url, addresses).isAllowed(url.toString());
  }

  /**
   * The delay robots.txt asks for between requests to {@code url}'s host, or {@link Duration#ZERO} when it
   * names none.
   */
  public Duration crawlDelay(URI url, AddressPolicy addresses) throws InterruptedException {
    if ("file".equalsIgnoreCase(url.getScheme())) {
      return Duration.ZERO;
    }
    long delay = rules(url, addresses).getCrawlDelay();
    return delay == BaseRobotRules.UNSET_CRAWL_DELAY || delay <= 0 ? Duration.ZERO : Duration.ofMillis(delay);
  }

  /** Sitemap URLs that robots.txt lists for {@code url}'s host. */
  public List<String> sitemaps(URI url, AddressPolicy addresses) throws InterruptedException {
    return rules(url, addresses).getSitemaps();
  }

  private BaseRobotRules rules(URI url, AddressPolicy addresses) throws InterruptedException {
    String host = hostKey(url);
    BaseRobotRules cached = rulesByHost.get(host);
    if (cached != null) {
      return cached;
    }
    BaseRobotRules rules = fetchRules(URI.create(host + "/robots.txt"), addresses);
    rulesByHost.put(host, rules);
    return rules;
  }

  private BaseRobotRules fetchRules(URI robotsUrl, AddressPolicy addresses) throws InterruptedException {
    try {
      FetchResult result = fetcher.fetch(robotsUrl, addresses, null, null);
      return parser.parseContent(robotsUrl.toString(), result.body(), result.contentType(), List.of(AGENT));
    } catch (FetchException e) {
      if (e.reason().startsWith("http-4")) {
        return new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_ALL);
      }
      // 5xx, timeouts, unreachable: treat the site as disallowed until the next run
      return new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_NONE);
    }
  }

  private static String hostKey(URI url) {
    String scheme = url.getScheme().toLowerCase(Locale.ROOT);
    String host = url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT);
    return scheme + "://" + host + (url.getPort() == -1 ? "" : ":" + url.getPort());
  }
}
