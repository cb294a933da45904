package io.ecotrack.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ecotrack.app.cli.Main;
import io.ecotrack.app.pipeline.EcotrackConfig;
import io.ecotrack.app.pipeline.Pipeline;
import io.ecotrack.app.pipeline.SampleSite;
import io.ecotrack.ingest.CrawlReport;
import io.ecotrack.ingest.Crawler;
import io.ecotrack.ingest.source.Source;
import io.ecotrack.ingest.source.SourceType;
import io.ecotrack.kafka.KafkaTestBroker;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Local HTTP site → crawl → articles topic → extract → enriched topic → Lucene → CLI search, on a real broker. */
@Timeout(180)
class PipelineEndToEndIT {
  @TempDir Path tmp;

  @Test
  void crawledArticleIsFoundByCliSearchInEitherLanguage() throws Exception {
    Path site = tmp.resolve("site");
    Files.createDirectories(site.resolve("news"));
    Files.writeString(site.resolve("robots.txt"), "User-agent: *\nDisallow: /private/\n");
    Files.writeString(site.resolve("news/ja.html"), """
        <html lang="ja"><head><title>ロチェスターの病院</title>
        <meta property="article:published_time" content="2025-12-26T09:00:00+09:00"></head>
        <body><nav>ホーム ニュース</nav><article><h1>ロチェスターの病院</h1>
        <p>メイヨー・クリニック(Mayo Clinic)はロチェスターに本社を置く総合病院で、世界各国から患者が訪れる。</p>
        <p>同クリニックはミネソタ大学と共同研究を進めている。</p></article><footer>© 2025</footer></body></html>""");
    Files.writeString(site.resolve("news/en.html"), """
        <html lang="en"><head><title>Zebrafish device trial</title></head>
        <body><article><h1>Zebrafish device trial</h1>
        <p>Mayo Clinic, based in Rochester, has partnered with Medtronic on a zebrafish heart device trial, the hospital said.</p>
        </article></body></html>""");
    Files.createDirectories(site.resolve("private"));
    Files.writeString(site.resolve("private/secret.html"), "<html><body><p>secret zebrafish</p></body></html>");
    Files.writeString(site.resolve("feed.xml"), """
        <?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>t</title><link>/</link><description>d</description>
        <item><title>a</title><link>news/ja.html</link></item><item><title>b</title><link>news/en.html</link></item>
        <item><title>c</title><link>private/secret.html</link></item></channel></rss>""");

    String bootstrap = KafkaTestBroker.bootstrapServers();
    Path dataDir = tmp.resolve("data");
    EcotrackConfig config = EcotrackConfig.of(dataDir, bootstrap);
    try (SampleSite server = new SampleSite(site); Pipeline pipeline = new Pipeline(config, KafkaTestBroker.clients())) {
      pipeline.startExtractWorker();
      pipeline.startIndexWorker();
      Source feed = new Source("test-feed", SourceType.FEED, List.of(server.baseUrl() + "feed.xml"), null, null, 10,
          Duration.ofMillis(10), null, true);
      CrawlReport report = pipeline.crawlOnce(List.of(feed), (u, id, o, d) -> { }, Crawler.Limits.defaults());
      assertEquals(1, report.skippedByRobots(), report.summary());
      assertTrue(report.published() >= 1, report.summary());
      assertTrue(pipeline.awaitCaughtUp(Duration.ofSeconds(90), () -> { }), "index caught up");
    }

    String english = cli("--data-dir", dataDir.toString(), "search", "zebrafish");
    assertTrue(english.contains("Zebrafish device trial"), english);
    assertTrue(!english.contains("secret"), "robots.txt kept the private page out: " + english);

    // the English name finds the Japanese article that glossed it
    String crossLanguage = cli("--data-dir", dataDir.toString(), "search", "Mayo Clinic");
    assertTrue(crossLanguage.contains("ロチェスターの病院"), crossLanguage);

    String entity = cli("--data-dir", dataDir.toString(), "entity", "メイヨー・クリニック");
    assertTrue(entity.contains("Mayo Clinic"), entity);
    assertTrue(entity.contains("LOCATED_IN"), entity);
  }

  private static String cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    assertEquals(0, code, "exit code of " + String.join(" ", args) + "; stderr: " + err);
    return out.toString();
  }
}
