package io.ecotrack.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ecotrack.index.search.EcosystemSearch;
import io.ecotrack.index.search.Filters;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 of the index worker (a real ecotrack process) in the middle of a stream, then a restart: every
 * article is in the index exactly once, and the index's offsets match the topic.
 */
@Timeout(240)
class IndexWorkerKillIT {
  @TempDir Path dataDir;
  final KafkaClients clients = KafkaTestBroker.clients();

  @Test
  void killNineMidStreamLosesNothingAndDoublesNothing() throws Exception {
    Thread publisher = new Thread(() -> {
      try (KafkaProducer<String, byte[]> producer = clients.producer("kill-it")) {
        for (int i = 0; i < 600; i++) {
          String id = "kill-" + i;
          ArticleFetched a = new ArticleFetched(1, id, "https://example.org/" + id, null, "test", "t", "killninecheck " + i,
              "en", null, OffsetDateTime.parse("2026-01-01T00:00:00Z"), List.of(), null);
          producer.send(new ProducerRecord<>(Topics.ENRICHED, id, EventCodec.encode(ArticleEnriched.of(a, List.of(), List.of(), "t"))));
          if (i % 20 == 0) {
            producer.flush();
            Thread.sleep(50); // paced, so the kill lands mid-stream
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    publisher.start();

    Path index = dataDir.resolve("index");
    Process first = worker();
    await(() -> committed(index) >= 100, first); // it has committed part of the stream …
    first.destroyForcibly().waitFor(10, TimeUnit.SECONDS); // … and dies without warning: SIGKILL
    assertTrue(!first.isAlive());
    publisher.join();

    Process second = worker();
    Map<TopicPartition, Long> end = TopicContents.endOffsets(clients, Topics.ENRICHED);
    long total = end.values().stream().mapToLong(Long::longValue).sum();
    await(() -> committed(index) >= total, second);
    second.destroy(); // SIGTERM: a clean stop
    assertTrue(second.waitFor(30, TimeUnit.SECONDS));

    Set<String> idsInTopic = TopicContents.keys(clients, Topics.ENRICHED);
    try (EcosystemSearch search = EcosystemSearch.open(index)) {
      assertEquals(idsInTopic.size(), search.stats().articles(), "each article once");
      assertEquals(600, search.search("killninecheck", Filters.none(1000)).total(), "none lost");
    }
    assertEquals(end, EcosystemIndex.committedOffsets(index));
  }

  private Process worker() throws Exception {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "io.ecotrack.app.cli.Main",
        "--bootstrap-servers", clients.bootstrapServers(), "--data-dir", dataDir.toString(), "worker", "index"));
    return new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(dataDir.resolve("worker-" + System.nanoTime() + ".log").toFile()).start();
  }

  private static long committed(Path index) {
    try {
      return EcosystemIndex.committedOffsets(index).values().stream().mapToLong(Long::longValue).sum();
    } catch (RuntimeException e) {
      return 0; // no commit yet
    }
  }

  private static void await(BooleanSupplier condition, Process p) {
    org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(50)).until(() -> {
      if (!p.isAlive()) {
        throw new AssertionError("the worker exited with " + p.exitValue());
      }
      return condition.getAsBoolean();
    });
  }

}
