package io.ecotrack.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ecotrack.app.cli.Main;
import io.ecotrack.index.store.EcosystemIndex;
import io.ecotrack.model.ArticleEnriched;
import io.ecotrack.model.ArticleFetched;
import io.ecotrack.model.Entity;
import io.ecotrack.model.EntityType;
import io.ecotrack.model.Evidence;
import io.ecotrack.model.Mention;
import io.ecotrack.model.Predicate;
import io.ecotrack.model.Relation;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The HTML map, opened in a real headless Chromium with no network: it must draw every entity and relation. */
class HtmlMapExportTest {
  @TempDir Path tmp;

  static Path chromium() {
    for (String c : List.of(String.valueOf(System.getenv("CHROMIUM")), "/usr/bin/chromium", "/usr/bin/chromium-browser")) {
      if (Files.isExecutable(Path.of(c))) {
        return Path.of(c);
      }
    }
    return null;
  }

  @Test
  @Timeout(120)
  void drawsEveryEntityAndRelationInAHeadlessBrowser() throws Exception {
    Path index = tmp.resolve("data").resolve("index");
    String text = "Mayo Clinic, based in Rochester, has partnered with Medtronic </script><b>x</b>.";
    Entity mayo = entity("org:mayo-clinic", "Mayo Clinic", EntityType.ORGANIZATION, text);
    Entity rochester = entity("loc:rochester-mn", "Rochester", EntityType.LOCATION, text);
    Entity medtronic = entity("org:medtronic", "Medtronic", EntityType.ORGANIZATION, text);
    Evidence evidence = new Evidence(text, 0, text.length());
    ArticleFetched a = new ArticleFetched(1, "a1", "https://example.org/a1", null, "test", "t", text, "en", null,
        OffsetDateTime.parse("2025-12-01T00:00:00Z"), List.of(), null);
    try (EcosystemIndex ix = EcosystemIndex.open(index)) {
      ix.upsert(ArticleEnriched.of(a, List.of(mayo, rochester, medtronic), List.of(
          new Relation("org:mayo-clinic", Predicate.LOCATED_IN, "loc:rochester-mn", evidence, 0.8, null),
          new Relation("org:mayo-clinic", Predicate.PARTNERS_WITH, "org:medtronic", evidence, 0.7, null)), "test"));
      ix.commit(Map.of());
    }
    Path map = tmp.resolve("map.html");
    StringWriter err = new StringWriter();
    int code = Main.run(new String[] {"--data-dir", tmp.resolve("data").toString(), "export", "--format", "html", "--out",
        map.toString()}, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
    assertEquals(0, code, err.toString());
    String html = Files.readString(map, StandardCharsets.UTF_8);
    assertTrue(!html.contains("<script src") && !html.contains("<link") && !html.contains("@import"), "no external resources");
    assertTrue(!html.contains("</script><b>"), "evidence cannot close the data script");

    Path chromium = chromium();
    Assumptions.assumeTrue(chromium != null, "Chromium is not installed (.ci/run installs it)");
    String dom = run(chromium, "--dump-dom", map.toUri().toString());
    assertTrue(dom.contains("data-rendered=\"3 nodes, 2 edges\""), dom.substring(0, Math.min(600, dom.length())));
    assertTrue(dom.contains("data-predicate=\"PARTNERS_WITH\""));
    Path png = tmp.resolve("map.png");
    run(chromium, "--screenshot=" + png, "--window-size=1200,800", map.toUri().toString());
    assertTrue(Files.size(png) > 1000, "a screenshot was taken");
  }

  private static Entity entity(String id, String name, EntityType type, String text) {
    int at = text.indexOf(name);
    return new Entity(id, name, type, null, List.of(name), List.of(new Mention(name, at, at + name.length())), 0.9);
  }

  /** Headless Chromium as this machine's checks run it: no sandbox as root, no background network. */
  static String run(Path chromium, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--user-data-dir=" + Files.createTempDirectory("chromium-profile")));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "chromium finished");
    return out;
  }
}
