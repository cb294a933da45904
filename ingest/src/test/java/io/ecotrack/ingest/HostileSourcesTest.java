package io.ecotrack.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.ecotrack.ingest.article.ArticleExtractor;
import io.ecotrack.ingest.fetch.FetchSettings;
import io.ecotrack.ingest.fetch.PageFetcher;
import io.ecotrack.ingest.source.Source;
import io.ecotrack.ingest.source.SourceType;
import io.ecotrack.ingest.state.CrawlState;
import io.ecotrack.model.ArticleFetched;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a hostile web server can try against the crawler, served from loopback: steer it at local files,
 * hold it with a body sent a byte a second, hurry it through redirects, pass a sitemap off as an article.
 */
@Timeout(60)
class HostileSourcesTest {
  static final String SECRET = "root:x:0:0:ecotrack-test-secret:/root:/usr/sbin/nologin";
  static final String PAGE = """
      <html lang="en"><head><title>%s</title></head><body><article><p>%s is a story long enough to be an
      article body, with commas, clauses, and detail that the extractor keeps.</p><p>It goes on for one more
      sentence, so the extractor keeps it as the body of the article.</p></article></body></html>""";

  @TempDir Path tmp;
  HttpServer server;
  String base;
  String secretUrl;
  final List<ArticleFetched> published = new CopyOnWriteArrayList<>();
  final List<Long> pageRequestNanos = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() throws IOException {
    Path secret = tmp.resolve("passwd");
    Files.writeString(secret, SECRET + "\n" + SECRET + "\n");
    secretUrl = secret.toUri().toString();
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newCachedThreadPool());
    base = "http://127.0.0.1:" + server.getAddress().getPort();
    server.createContext("/robots.txt", ex -> send(ex, "text/plain", "User-agent: *\nDisallow: /private/\n"));
    server.createContext("/to-file", ex -> redirect(ex, secretUrl));
    server.createContext("/feed.xml", ex -> send(ex, "application/rss+xml", """
        <?xml version="1.0"?><rss version="2.0"><channel><title>t</title><link>/</link><description>d</description>
        <item><title>local</title><link>FILE</link></item><item><title>ok</title><link>/ok.html</link></item>
        </channel></rss>""".replace("FILE", secretUrl)));
    server.createContext("/sitemap.xml", ex -> send(ex, "application/xml", """
        <?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
        <url><loc>FILE</loc></url><url><loc>BASE/ok.html</loc></url></urlset>"""
        .replace("FILE", secretUrl).replace("BASE", base)));
    server.createContext("/news/", ex -> send(ex, "text/html",
        "<html><body><a href=\"" + secretUrl + "\">x</a> <a href=\"/ok.html\">ok</a></body></html>"));
    server.createContext("/ok.html", ex -> {
      pageRequestNanos.add(System.nanoTime());
      send(ex, "text/html", PAGE.formatted("Fine", "Fine"));
    });
    server.createContext("/hop1", ex -> {
      pageRequestNanos.add(System.nanoTime());
      redirect(ex, "/hop2");
    });
    server.createContext("/hop2", ex -> {
      pageRequestNanos.add(System.nanoTime());
      redirect(ex, "/ok.html");
    });
    server.createContext("/to-private", ex -> redirect(ex, "/private/p.html"));
    server.createContext("/private/p.html", ex -> send(ex, "text/html", PAGE.formatted("Hidden", "Hidden")));
    server.createContext("/trickle.html", ex -> {
      ex.getResponseHeaders().set("Content-Type", "text/html");
      ex.sendResponseHeaders(200, 0); // chunked, no length
      try (OutputStream out = ex.getResponseBody()) {
        for (int i = 0; i < 120; i++) {
          out.write('a');
          out.flush();
          Thread.sleep(1000);
        }
      } catch (InterruptedException | IOException e) {
        // the crawler hung up, as it should
      }
    });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private static void redirect(HttpExchange ex, String location) throws IOException {
    ex.getResponseHeaders().set("Location", location);
    ex.sendResponseHeaders(302, -1);
    ex.close();
  }

  private static void send(HttpExchange ex, String type, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", type);
    ex.sendResponseHeaders(200, bytes.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(bytes);
    }
  }

  private CrawlReport crawl(SourceType type, String linkPattern, Duration delay, FetchSettings settings, String... urls)
      throws InterruptedException {
    Source source = new Source("hostile", type, List.of(urls), null,
        linkPattern == null ? null : java.util.regex.Pattern.compile(linkPattern), 100, delay, null, true);
    Crawler crawler = new Crawler(new PageFetcher(settings, ms -> { }), new ArticleExtractor(), new CrawlState(null),
        published::add, Clock.systemUTC());
    return crawler.crawl(List.of(source), Crawler.Limits.defaults(), (u, id, o, d) -> { });
  }

  private CrawlReport crawl(SourceType type, String linkPattern, String... urls) throws InterruptedException {
    return crawl(type, linkPattern, Duration.ZERO, FetchSettings.defaults(), urls);
  }

  private void assertNothingLocalPublished() {
    for (ArticleFetched a : published) {
      assertTrue(!a.text().contains("ecotrack-test-secret") && !a.url().startsWith("file:"), a.url());
    }
  }

  @Test
  void aRedirectToAFileUrlIsRefused() throws Exception {
    CrawlReport report = crawl(SourceType.URL, null, base + "/to-file");
    assertEquals(Map.of("bad-scheme", 1), report.failedByReason());
    assertTrue(published.isEmpty());
  }

  @Test
  void aFeedEntryLinkingToAFileIsNotFollowed() throws Exception {
    crawl(SourceType.FEED, null, base + "/feed.xml");
    assertEquals(List.of("Fine"), published.stream().map(ArticleFetched::title).toList());
    assertNothingLocalPublished();
  }

  @Test
  void aSitemapUrlPointingAtAFileIsNotFollowed() throws Exception {
    crawl(SourceType.SITEMAP, null, base + "/sitemap.xml");
    assertEquals(List.of("Fine"), published.stream().map(ArticleFetched::title).toList());
    assertNothingLocalPublished();
  }

  @Test
  void aListingLinkToAFileIsNotFollowedEvenWhenThePatternMatchesIt() throws Exception {
    crawl(SourceType.LISTING, ".", base + "/news/");
    assertEquals(List.of("Fine"), published.stream().map(ArticleFetched::title).toList());
    assertNothingLocalPublished();
  }

  @Test
  void aFileUrlIsRefusedInAnySourceButAFilesSource() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Source("s", SourceType.URL,
        List.of(secretUrl), null, null, 10, null, null, false));
    assertTrue(e.getMessage().contains("type files"), e.getMessage());
  }

  @Test
  void aFileTheUserNamesIsRead() throws Exception {
    Path page = tmp.resolve("saved.html");
    Files.writeString(page, PAGE.formatted("Saved", "Saved"));
    CrawlReport report = crawl(SourceType.FILES, null, page.toString());
    assertEquals(1, report.newCount(), report.summary());
    assertEquals("Saved", published.get(0).title());
  }

  @Test
  void aSitemapGivenAsAPageIsNotPublishedAsAnArticle() throws Exception {
    CrawlReport report = crawl(SourceType.URL, null, base + "/sitemap.xml");
    assertEquals(Map.of("not-article", 1), report.failedByReason());
    assertTrue(published.isEmpty());
  }

  @Test
  void aRedirectIntoAPathRobotsTxtDisallowsIsRefused() throws Exception {
    CrawlReport report = crawl(SourceType.URL, null, base + "/to-private");
    assertEquals(Map.of("robots", 1), report.failedByReason());
    assertTrue(published.isEmpty());
  }

  @Test
  void aBodySentAByteASecondIsCutOffAtTheResponseDeadline() throws Exception {
    long begin = System.nanoTime();
    CrawlReport report = crawl(SourceType.URL, null, Duration.ZERO,
        FetchSettings.defaults().withResponseDeadline(Duration.ofSeconds(2)).withReadTimeout(Duration.ofSeconds(1)),
        base + "/trickle.html");
    long seconds = (System.nanoTime() - begin) / 1_000_000_000L;
    assertEquals(Map.of("timeout", 1), report.failedByReason());
    // one attempt of 2 s: a trickling server is not retried
    assertTrue(seconds < 6, "held for " + seconds + " s");
  }

  @Test
  void redirectHopsArePacedLikeOtherRequestsToTheHost() throws Exception {
    crawl(SourceType.URL, null, Duration.ofMillis(400), FetchSettings.defaults(), base + "/hop1");
    assertEquals(List.of("Fine"), published.stream().map(ArticleFetched::title).toList());
    assertEquals(3, pageRequestNanos.size());
    for (int i = 1; i < pageRequestNanos.size(); i++) {
      long gapMs = (pageRequestNanos.get(i) - pageRequestNanos.get(i - 1)) / 1_000_000;
      assertTrue(gapMs >= 380, "hop " + i + " came " + gapMs + " ms after the one before; the host's delay is 400 ms");
    }
  }
}
