package io.ecotrack.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.ecotrack.ingest.article.ArticleExtractor;
import io.ecotrack.ingest.fetch.FetchSettings;
import io.ecotrack.ingest.fetch.PageFetcher;
import io.ecotrack.ingest.source.Source;
import io.ecotrack.ingest.source.SourceType;
import io.ecotrack.ingest.state.CrawlState;
import io.ecotrack.model.ArticleFetched;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The crawler against a local HTTP server started by the test. */
class CrawlerTest {
  HttpServer server;
  String base;
  final Map<String, Integer> hits = new ConcurrentHashMap<>();
  final List<ArticleFetched> published = new ArrayList<>();
  final AtomicInteger throttled = new AtomicInteger();

  static final String PAGE = """
      <html lang="en"><head><title>%s</title><link rel="canonical" href="%s"></head>
      <body><nav>Home | News</nav><article><p>%s is a story long enough to be an article body, with commas, clauses, and detail.</p>
      <p>It continues for another sentence, so the extractor keeps it as the body of the article.</p></article>
      <footer>Copyright</footer></body></html>""";

  @BeforeEach
  void startServer() throws Exception {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    base = "http://127.0.0.1:" + server.getAddress().getPort();
    route("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n");
    route("/a.html", "text/html", PAGE.formatted("Alpha", base + "/a.html", "Alpha"));
    route("/private/b.html", "text/html", PAGE.formatted("Secret", base + "/private/b.html", "Secret"));
    server.createContext("/etag.html", ex -> {
      hits.merge("/etag.html", 1, Integer::sum);
      if ("\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
        ex.sendResponseHeaders(304, -1);
        ex.close();
        return;
      }
      ex.getResponseHeaders().set("ETag", "\"v1\"");
      send(ex, "text/html", PAGE.formatted("Etag", base + "/etag.html", "Etag").getBytes(StandardCharsets.UTF_8));
    });
    server.createContext("/busy.html", ex -> {
      if (throttled.getAndIncrement() == 0) {
        ex.getResponseHeaders().set("Retry-After", "1");
        ex.sendResponseHeaders(429, -1);
        ex.close();
        return;
      }
      send(ex, "text/html", PAGE.formatted("Busy", base + "/busy.html", "Busy").getBytes(StandardCharsets.UTF_8));
    });
    server.createContext("/bomb.html", ex -> {
      ByteArrayOutputStream zipped = new ByteArrayOutputStream();
      try (GZIPOutputStream gz = new GZIPOutputStream(zipped)) {
        byte[] zeros = new byte[1 << 20];
        for (int i = 0; i < 64; i++) {
          gz.write(zeros);
        }
      }
      ex.getResponseHeaders().set("Content-Encoding", "gzip");
      send(ex, "text/html", zipped.toByteArray());
    });
    server.createContext("/sjis.html", ex -> send(ex, "text/html; charset=Shift_JIS",
        ("<html><head><title>札幌の記事</title></head><body><article><p>札幌市に本社を置く企業が、新しい研究拠点を開設したと発表した。"
            + "同社は道内の大学と連携する。</p></article></body></html>").getBytes(Charset.forName("Shift_JIS"))));
    route("/feed.xml", "application/rss+xml", """
        <?xml version="1.0"?><rss version="2.0"><channel><title>t</title><link>/</link><description>d</description>
        <item><title>A</title><link>/a.html</link></item><item><title>E</title><link>/etag.html</link></item>
        </channel></rss>""");
    route("/atom.xml", "application/atom+xml", """
        <?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><id>urn:x</id>
        <updated>2025-12-26T00:00:00Z</updated><entry><title>A</title><id>urn:a</id><link href="/a.html"/>
        <updated>2025-12-26T00:00:00Z</updated></entry></feed>""");
    route("/sitemap-index.xml", "application/xml", """
        <?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
        <sitemap><loc>BASE/sitemap.xml</loc></sitemap></sitemapindex>""".replace("BASE", base));
    route("/sitemap.xml", "application/xml", """
        <?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
        <url><loc>BASE/a.html</loc><lastmod>2025-12-01</lastmod></url>
        <url><loc>BASE/etag.html</loc><lastmod>2025-12-02</lastmod></url></urlset>""".replace("BASE", base));
    route("/news/", "text/html", "<html><body><a href=\"/a.html\">A</a> <a href=\"/etag.html\">E</a>"
        + " <a href=\"/about.html\">About</a></body></html>");
    server.createContext("/old.html", ex -> {
      ex.getResponseHeaders().set("Location", "/a.html");
      ex.sendResponseHeaders(301, -1);
      ex.close();
    });
    server.createContext("/loop.html", ex -> {
      ex.getResponseHeaders().set("Location", "/loop.html");
      ex.sendResponseHeaders(302, -1);
      ex.close();
    });
    server.createContext("/slow.html", ex -> {
      try {
        Thread.sleep(3000);
      } catch (InterruptedException ignored) {
        // the test ends
      }
      send(ex, "text/html", PAGE.formatted("Slow", base + "/slow.html", "Slow").getBytes(StandardCharsets.UTF_8));
    });
    server.createContext("/huge.html", ex -> {
      byte[] big = new byte[2 << 20];
      java.util.Arrays.fill(big, (byte) 'a');
      send(ex, "text/html", big);
    });
    server.createContext("/ldjson.html", ex -> send(ex, "text/html", ("""
        <html><head><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2025-12-26T09:00:00+09:00"}</script>
        </head><body><article><p>A story whose only date sits in its JSON-LD metadata, with enough words to be a body.</p>
        <p>Published 2019-01-01 says an unrelated widget, which must not win.</p></article></body></html>""").getBytes(StandardCharsets.UTF_8)));
    server.createContext("/reports/review.pdf", ex -> send(ex, "application/pdf", REPORT));
    server.createContext("/files/brief.pdf", ex -> send(ex, "application/octet-stream", BRIEF));
    server.createContext("/reports/scan.pdf", ex -> send(ex, "application/pdf", io.ecotrack.ingest.article.TestPdfs.scan()));
    route("/reports/", "text/html", "<html><body><a href=\"/reports/review.pdf\">Review</a>"
        + " <a href=\"/files/brief.pdf\">Brief</a> <a href=\"/reports/scan.pdf\">Scan</a></body></html>");
    server.start();
  }

  static final byte[] REPORT = io.ecotrack.ingest.article.TestPdfs.pdf("Clinic networks, autumn review", null, false, List.of(List.of(
      new io.ecotrack.ingest.article.TestPdfs.Line("Published November 3, 2026", 9, 72, 760),
      new io.ecotrack.ingest.article.TestPdfs.Line("Halloway Instruments opened a plant in Fargo.", 11, 72, 720))));
  static final byte[] BRIEF = io.ecotrack.ingest.article.TestPdfs.pdf("A brief on pumps", null, false, List.of(List.of(
      new io.ecotrack.ingest.article.TestPdfs.Line("Orrin Devices makes infusion pumps.", 11, 72, 720))));

  private void route(String path, String type, String body) {
    server.createContext(path, ex -> {
      hits.merge(path, 1, Integer::sum);
      send(ex, type, body.getBytes(StandardCharsets.UTF_8));
    });
  }

  private static void send(com.sun.net.httpserver.HttpExchange ex, String type, byte[] body) throws java.io.IOException {
    ex.getResponseHeaders().set("Content-Type", type);
    ex.sendResponseHeaders(200, body.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(body);
    }
  }

  @AfterEach
  void stopServer() {
    server.stop(0);
  }

  private CrawlReport crawl(CrawlState state, boolean allowPrivate, String... paths) throws Exception {
    return crawl(state, SourceType.URL, null, allowPrivate, paths);
  }

  private CrawlReport crawl(CrawlState state, SourceType type, String linkPattern, boolean allowPrivate, String... paths)
      throws Exception {
    List<String> urls = new ArrayList<>();
    for (String p : paths) {
      urls.add(base + p);
    }
    Source source = new Source("test", type, urls, null, linkPattern == null ? null : java.util.regex.Pattern.compile(linkPattern),
        100, Duration.ZERO, null, allowPrivate);
    Crawler crawler = new Crawler(new PageFetcher(FetchSettings.defaults().withMaxBytes(1 << 20)
        .withReadTimeout(Duration.ofSeconds(1)), ms -> { }), new ArticleExtractor(), state, published::add, Clock.systemUTC());
    return crawler.crawl(List.of(source), Crawler.Limits.defaults(), (u, id, o, d) -> { });
  }

  private List<String> titles() {
    return published.stream().map(ArticleFetched::title).sorted().toList();
  }

  @Test
  void discoversArticlesFromRssAndAtomFeeds() throws Exception {
    crawl(new CrawlState(null), SourceType.FEED, null, true, "/feed.xml");
    assertEquals(List.of("Alpha", "Etag"), titles());
    published.clear();
    crawl(new CrawlState(null), SourceType.FEED, null, true, "/atom.xml");
    assertEquals(List.of("Alpha"), titles());
  }

  @Test
  void discoversArticlesThroughASitemapIndex() throws Exception {
    CrawlReport report = crawl(new CrawlState(null), SourceType.SITEMAP, null, true, "/sitemap-index.xml");
    assertEquals(List.of("Alpha", "Etag"), titles(), report.summary());
  }

  @Test
  void takesOnlyTheListingLinksThatMatchThePattern() throws Exception {
    crawl(new CrawlState(null), SourceType.LISTING, "/(a|etag)\\.html$", true, "/news/");
    assertEquals(List.of("Alpha", "Etag"), titles());
    assertEquals(null, hits.get("/about.html"));
  }

  @Test
  void readsPdfReportsByTheirTypeOrTheirBytesAndReportsAScanWithoutPublishingIt() throws Exception {
    CrawlReport report = crawl(new CrawlState(null), SourceType.LISTING, "\\.pdf$", true, "/reports/");
    assertEquals(List.of("A brief on pumps", "Clinic networks, autumn review"), titles(), report.summary());
    ArticleFetched review = published.stream().filter(a -> a.title().startsWith("Clinic")).findFirst().orElseThrow();
    assertTrue(review.text().contains("Halloway Instruments opened a plant in Fargo."), review.text());
    assertEquals(java.time.OffsetDateTime.parse("2026-11-03T00:00Z"), review.publishedAt());
    assertEquals(Map.of("no-text-layer", 1), report.failedByReason(), report.summary());
  }

  @Test
  void followsRedirectsUpToTheLimit() throws Exception {
    CrawlReport report = crawl(new CrawlState(null), true, "/old.html", "/loop.html");
    assertEquals(List.of("Alpha"), titles());
    assertEquals(base + "/a.html", published.get(0).canonicalUrl());
    assertEquals(Map.of("redirects", 1), report.failedByReason());
  }

  @Test
  void givesUpOnASlowPageAfterTheReadTimeout() throws Exception {
    CrawlReport report = crawl(new CrawlState(null), true, "/slow.html");
    assertEquals(Map.of("timeout", 1), report.failedByReason());
  }

  @Test
  void refusesAPageOverTheSizeLimit() throws Exception {
    CrawlReport report = crawl(new CrawlState(null), true, "/huge.html");
    assertEquals(Map.of("too-large", 1), report.failedByReason());
  }

  @Test
  void waitsTheCrawlDelayThatRobotsTxtAsksForBetweenRequestsToOneHost() throws Exception {
    HttpServer polite = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    String host = "http://127.0.0.1:" + polite.getAddress().getPort();
    List<Long> pageTimes = new java.util.concurrent.CopyOnWriteArrayList<>();
    polite.createContext("/robots.txt", ex -> send(ex, "text/plain", "User-agent: *\nCrawl-delay: 1\n".getBytes(StandardCharsets.UTF_8)));
    polite.createContext("/", ex -> {
      pageTimes.add(System.nanoTime());
      send(ex, "text/html", PAGE.formatted("P", host + ex.getRequestURI(), "P" + ex.getRequestURI()).getBytes(StandardCharsets.UTF_8));
    });
    polite.start();
    try {
      Source source = new Source("polite", SourceType.URL, List.of(host + "/1.html", host + "/2.html", host + "/3.html"),
          null, null, 10, Duration.ZERO, null, true);
      new Crawler(new PageFetcher(FetchSettings.defaults()), new ArticleExtractor(), new CrawlState(null), published::add,
          Clock.systemUTC()).crawl(List.of(source), Crawler.Limits.defaults(), (u, id, o, d) -> { });
    } finally {
      polite.stop(0);
    }
    assertEquals(3, pageTimes.size());
    for (int i = 1; i < pageTimes.size(); i++) {
      long gapMs = (pageTimes.get(i) - pageTimes.get(i - 1)) / 1_000_000;
      assertTrue(gapMs >= 950, "requests " + gapMs + " ms apart; robots.txt asks for 1 s");
    }
  }

  @Test
  void takesTheDateFromJsonLdWhenThatIsTheOnlyMetadata() throws Exception {
    crawl(new CrawlState(null), true, "/ldjson.html");
    assertEquals(java.time.OffsetDateTime.parse("2025-12-26T09:00:00+09:00"), published.get(0).publishedAt());
  }

  @Test
  void skipsPagesDisallowedByRobotsTxt() throws Exception {
    CrawlReport report = crawl(new CrawlState(null), true, "/a.html", "/private/b.html");
    assertEquals(1, report.skippedByRobots());
    assertEquals(List.of("Alpha"), published.stream().map(ArticleFetched::title).toList());
    assertEquals(null, hits.get("/private/b.html"), "the disallowed page was never requested");
  }

  @Test
  void refusesLoopbackAddressesUnlessTheSourceAllowsThem() throws Exception {
    CrawlReport report = crawl(new CrawlState(null), false, "/a.html");
    assertEquals(Map.of("blocked-address", 1), report.failedByReason());
    assertTrue(published.isEmpty());
  }

  @Test
  void doesNotRepublishAnUnchangedPageAndUsesConditionalGet() throws Exception {
    CrawlState state = new CrawlState(null);
    assertEquals(1, crawl(state, true, "/etag.html").newCount());
    CrawlReport second = crawl(state, true, "/etag.html");
    assertEquals(1, second.unchangedCount(), second.summary());
    assertEquals(1, published.size(), "published once");
  }

  @Test
  void publishesADuplicateReachedThroughTwoUrlsOnce() throws Exception {
    CrawlReport report = crawl(new CrawlState(null), true, "/a.html", "/a.html?utm_source=feed");
    assertEquals(1, published.size(), report.summary());
    assertEquals(1, report.unchangedCount());
  }

  @Test
  void honoursRetryAfterOn429() throws Exception {
    CrawlReport report = crawl(new CrawlState(null), true, "/busy.html");
    assertEquals(1, report.newCount(), report.summary());
    assertEquals(2, throttled.get());
  }

  @Test
  void stopsAGzipBombAtTheSizeCap() throws Exception {
    CrawlReport report = crawl(new CrawlState(null), true, "/bomb.html");
    assertEquals(Map.of("too-large", 1), report.failedByReason());
  }

  @Test
  void decodesShiftJisPages() throws Exception {
    crawl(new CrawlState(null), true, "/sjis.html");
    assertEquals(1, published.size());
    assertTrue(published.get(0).text().contains("札幌市に本社を置く"), published.get(0).text());
    assertEquals("ja", published.get(0).language());
  }
}
