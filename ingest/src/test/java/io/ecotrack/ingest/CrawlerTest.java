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
    server.start();
  }

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
    List<String> urls = new ArrayList<>();
    for (String p : paths) {
      urls.add(base + p);
    }
    Source source = new Source("test", SourceType.URL, urls, null, null, 100, Duration.ZERO, null, allowPrivate);
    Crawler crawler = new Crawler(new PageFetcher(FetchSettings.defaults().withMaxBytes(1 << 20), ms -> { }),
        new ArticleExtractor(), state, published::add, Clock.systemUTC());
    return crawler.crawl(List.of(source), Crawler.Limits.defaults(), (u, id, o, d) -> { });
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
