package io.ecotrack.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ecotrack.app.cli.Main;
import io.ecotrack.index.search.EcosystemSearch;
import io.ecotrack.index.search.Filters;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded broker dies under {@code ecotrack run} (kill -9 of the broker alone): run says so, starts it
 * again on the same data dir, and articles published afterwards are still extracted and indexed.
 */
@Timeout(300)
class RunBrokerDeathIT {
  static final String PAGE = """
      <html lang="en"><head><title>%s</title></head><body><article><p>%s opened a research campus in Rochester,
      Minnesota, with room for three hundred engineers, the company said on Tuesday.</p><p>The campus is its
      second in the state, and work on a third is planned for next year.</p></article></body></html>""";

  @TempDir Path tmp;

  private long articles(Path index, String word) {
    try (EcosystemSearch search = EcosystemSearch.open(index)) {
      return search.search(word, Filters.none(10)).total();
    } catch (RuntimeException | IOException e) {
      return 0;
    }
  }

  private static long brokerPid(Path dataDir) {
    try {
      return new ObjectMapper().readTree(dataDir.resolve("kafka").resolve("broker.json").toFile()).path("pid").asLong(-1);
    } catch (IOException e) {
      return -1;
    }
  }

  @Test
  void runRestartsADeadEmbeddedBrokerAndCarriesOn() throws Exception {
    Path dataDir = tmp.resolve("data");
    Path pages = Files.createDirectories(tmp.resolve("pages"));
    Files.writeString(pages.resolve("first.html"), PAGE.formatted("Zorblat Medical", "Zorblat Medical"));
    Path sources = tmp.resolve("sources.yaml");
    Files.writeString(sources, "sources:\n  - name: saved\n    type: files\n    url: " + pages + "\n");
    Path stderr = tmp.resolve("run.err");
    Process run = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "io.ecotrack.app.cli.Main", "--data-dir", dataDir.toString(),
        "run", "--sources", sources.toString(), "--every", "1h"))
        .redirectOutput(tmp.resolve("run.out").toFile()).redirectError(stderr.toFile()).start();
    try {
      Path index = dataDir.resolve("index");
      Awaitility.await().atMost(Duration.ofSeconds(120)).until(() -> articles(index, "Zorblat") == 1);
      long firstPid = brokerPid(dataDir);
      assertTrue(firstPid > 0);

      ProcessHandle.of(firstPid).orElseThrow().destroyForcibly(); // the broker alone dies
      Awaitility.await().atMost(Duration.ofSeconds(60)).until(() ->
          Files.readString(stderr, StandardCharsets.UTF_8).contains("the embedded Kafka broker (pid " + firstPid
              + ") died; restarting it on the same data dir"));
      Awaitility.await().atMost(Duration.ofSeconds(90)).until(() -> {
        long pid = brokerPid(dataDir);
        return pid > 0 && pid != firstPid && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
      });
      assertTrue(run.isAlive(), "run carries on");

      // a page added now goes through the restarted broker into run's extractor and index
      Path second = pages.resolve("second.html");
      Files.writeString(second, PAGE.formatted("Quuxwell Devices", "Quuxwell Devices"));
      StringWriter err = new StringWriter();
      int code = Main.run(new String[] {"--data-dir", dataDir.toString(), "add", second.toString()},
          new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
      assertEquals(0, code, err.toString());
      Awaitility.await().atMost(Duration.ofSeconds(120)).until(() -> articles(index, "Quuxwell") == 1);
    } finally {
      run.destroy();
      assertTrue(run.waitFor(60, TimeUnit.SECONDS), "run stops on SIGTERM");
    }
    List<String> errors = Files.readAllLines(stderr, StandardCharsets.UTF_8).stream()
        .filter(l -> l.startsWith("ecotrack: ") && !l.contains("died; restarting it")).toList();
    assertEquals(List.of(), errors, "no failure reported besides the broker's death");
  }
}
