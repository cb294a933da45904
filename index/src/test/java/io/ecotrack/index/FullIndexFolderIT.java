package io.ecotrack.index;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ecotrack.index.search.EcosystemSearch;
import io.ecotrack.index.search.Filters;
import io.ecotrack.index.store.EcosystemIndex;
import io.ecotrack.kafka.DeadLetterPublisher;
import io.ecotrack.kafka.KafkaClients;
import io.ecotrack.kafka.KafkaTestBroker;
import io.ecotrack.kafka.TopicContents;
import io.ecotrack.model.ArticleEnriched;
import io.ecotrack.model.ArticleFetched;
import io.ecotrack.model.EventCodec;
import io.ecotrack.model.Topics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The index folder fills up while the worker writes (a small tmpfs): the worker stops with a clear error,
 * the index keeps its last commit, and once there is room again a restart indexes everything, once.
 * Needs permission to mount a tmpfs (root, as on CI); skipped elsewhere.
 */
@Timeout(180)
class FullIndexFolderIT {
  final KafkaClients clients = KafkaTestBroker.clients();

  @Test
  void aFullDiskStopsTheWorkerCleanlyAndARestartCatchesUp() throws Exception {
    Path mount = Files.createTempDirectory("ecotrack-full-disk");
    Assumptions.assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=600k", "tmpfs", mount.toString()) == 0,
        "cannot mount a tmpfs here");
    Path dir = mount.resolve("index");
    try {
      try (KafkaProducer<String, byte[]> producer = clients.producer("full-it")) {
        for (int i = 0; i < 150; i++) {
          String id = "full-" + i;
          ArticleFetched a = new ArticleFetched(1, id, "https://example.org/" + id, null, "test", "t",
              "fullcheck " + i + " " + randomWords(i), "en", null, OffsetDateTime.parse("2026-01-01T00:00:00Z"), List.of(), null);
          producer.send(new ProducerRecord<>(Topics.ENRICHED, id, EventCodec.encode(ArticleEnriched.of(a, List.of(), List.of(), "t"))));
        }
        producer.flush();

        AtomicReference<Throwable> failure = new AtomicReference<>();
        EcosystemIndex index = EcosystemIndex.open(dir);
        OffsetCommittingIndexer indexer = new OffsetCommittingIndexer(clients.consumer("full-it", "full-it"), index,
            new DeadLetterPublisher(producer, "index"), Duration.ofMillis(100));
        Thread t = new Thread(() -> {
          try {
            indexer.run();
          } catch (Throwable e) {
            failure.set(e);
          }
        });
        t.start();
        t.join(120_000);
        assertTrue(failure.get() != null, "the worker stops when the disk is full");
        assertTrue(failure.get().getMessage().contains("No space left on device")
            && failure.get().getMessage().contains("keeps its last commit"), failure.get().getMessage());
        try {
          index.close();
        } catch (Exception closingABrokenWriter) {
          // the writer hit the full disk; its last commit is what counts
        }
        Map<TopicPartition, Long> before = EcosystemIndex.committedOffsets(dir); // the last commit is readable

        assertEquals(0, run("mount", "-o", "remount,size=64m", mount.toString())); // the fix: room again
        try (EcosystemIndex reopened = EcosystemIndex.open(dir)) {
          assertEquals(before, reopened.committedOffsets(), "intact: the commit survived");
          OffsetCommittingIndexer again = new OffsetCommittingIndexer(clients.consumer("full-it", "full-it-2"), reopened,
              new DeadLetterPublisher(producer, "index"), Duration.ofMillis(100));
          Thread t2 = new Thread(again);
          t2.start();
          Map<TopicPartition, Long> end = TopicContents.endOffsets(clients, Topics.ENRICHED);
          await().atMost(Duration.ofSeconds(60)).until(() -> end.equals(reopened.committedOffsets()));
          again.stop();
          t2.join(30_000);
        }
      }
      try (EcosystemSearch search = EcosystemSearch.open(dir)) {
        long indexable = TopicContents.readAll(clients, Topics.ENRICHED).stream().filter(r -> {
          try {
            EventCodec.decodeEnriched(r.value());
            return true;
          } catch (RuntimeException poison) {
            return false; // dead-lettered, never indexed
          }
        }).map(r -> r.key()).distinct().count();
        assertEquals(indexable, search.stats().articles(), "every article of the topic, once");
        assertEquals(150, search.search("fullcheck", Filters.none(500)).total());
      }
    } finally {
      run("umount", mount.toString());
      KafkaTestBroker.deleteTree(mount);
    }
  }

  private static String randomWords(int seed) {
    java.util.Random r = new java.util.Random(seed);
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < 1500; i++) {
      s.append(Long.toString(r.nextLong() & Long.MAX_VALUE, 36)).append(' ');
    }
    return s.toString(); // incompressible text, so the index really grows
  }

  private static int run(String... command) throws Exception {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    return p.waitFor();
  }

}
