package io.ecotrack.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ecotrack.index.store.EcosystemIndex;
import io.ecotrack.kafka.KafkaClients;
import io.ecotrack.kafka.KafkaTestBroker;
import io.ecotrack.kafka.TopicContents;
import io.ecotrack.model.ArticleEnriched;
import io.ecotrack.model.ArticleFetched;
import io.ecotrack.model.EventCodec;
import io.ecotrack.model.Topics;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A worker killed with kill -9 and started again resumes within seconds: the extract worker is a static
 * member of its group under the slot it takes again, and the index worker takes its partitions itself.
 * Before, a restarted worker waited 33–45 s for the group to time its dead predecessor out.
 */
@Timeout(240)
class WorkerRestartIT {
  /** Well under the 45 s the group took to notice a dead member before. */
  static final Duration RESUMES_WITHIN = Duration.ofSeconds(20);

  @TempDir Path dataDir;
  final KafkaClients clients = KafkaTestBroker.clients();

  private Process worker(String stage) throws Exception {
    List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "io.ecotrack.app.cli.Main",
        "--bootstrap-servers", clients.bootstrapServers(), "--data-dir", dataDir.toString(), "worker", stage);
    return new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(dataDir.resolve(stage + "-" + System.nanoTime() + ".log").toFile()).start();
  }

  private static ArticleFetched article(String id) {
    return new ArticleFetched(1, id, "https://example.org/" + id, null, "test", "t", "Acme Corp opened a plant in Ohio.",
        "en", null, OffsetDateTime.parse("2026-01-01T00:00:00Z"), List.of(), null);
  }

  private void publish(String topic, String id, byte[] value) throws Exception {
    try (KafkaProducer<String, byte[]> producer = clients.producer("restart-it")) {
      producer.send(new ProducerRecord<>(topic, id, value)).get();
    }
  }

  private long timeToEnrich(String id) throws Exception {
    long begin = System.nanoTime();
    publish(Topics.ARTICLES, id, EventCodec.encode(article(id)));
    Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200))
        .until(() -> TopicContents.keys(clients, Topics.ENRICHED).contains(id));
    return (System.nanoTime() - begin) / 1_000_000;
  }

  @Test
  void aKilledExtractWorkerStartedAgainResumesWithinSeconds() throws Exception {
    Process first = worker("extract");
    try {
      timeToEnrich("restart-extract-1");
    } finally {
      first.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
    Process second = worker("extract");
    try {
      long ms = timeToEnrich("restart-extract-2");
      System.out.println("WorkerRestartIT: the restarted extract worker enriched a new article in " + ms + " ms");
      assertTrue(ms < RESUMES_WITHIN.toMillis(), "the restarted worker took " + ms + " ms to enrich a new article");
    } finally {
      second.destroy();
      assertTrue(second.waitFor(30, TimeUnit.SECONDS));
    }
  }

  private long indexedCount(Path index, String id) {
    try (var search = io.ecotrack.index.search.EcosystemSearch.open(index)) {
      return search.search(id, io.ecotrack.index.search.Filters.none(10)).total();
    } catch (RuntimeException | java.io.IOException e) {
      return 0; // no commit yet
    }
  }

  private long timeToIndex(String id) throws Exception {
    long begin = System.nanoTime();
    ArticleFetched a = new ArticleFetched(1, id, "https://example.org/" + id, null, "test", "t", id + " restartcheck", "en",
        null, OffsetDateTime.parse("2026-01-01T00:00:00Z"), List.of(), null);
    publish(Topics.ENRICHED, id, EventCodec.encode(ArticleEnriched.of(a, List.of(), List.of(), "t")));
    Path index = dataDir.resolve("index");
    Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200))
        .until(() -> indexedCount(index, id) == 1);
    return (System.nanoTime() - begin) / 1_000_000;
  }

  @Test
  void aKilledIndexWorkerStartedAgainResumesWithinSeconds() throws Exception {
    Process first = worker("index");
    try {
      timeToIndex("restartindexa");
    } finally {
      first.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
    Process second = worker("index");
    try {
      long ms = timeToIndex("restartindexb");
      System.out.println("WorkerRestartIT: the restarted index worker indexed a new article in " + ms + " ms");
      assertTrue(ms < RESUMES_WITHIN.toMillis(), "the restarted worker took " + ms + " ms to index a new article");
    } finally {
      second.destroy();
      assertTrue(second.waitFor(30, TimeUnit.SECONDS));
    }
    assertTrue(EcosystemIndex.committedOffsets(dataDir.resolve("index")).size() > 0);
  }
}
