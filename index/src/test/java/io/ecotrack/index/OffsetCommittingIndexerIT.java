package io.ecotrack.index;

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
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The index worker on a real broker and a real index: offsets in the commit, upserts, dead letters. */
@Timeout(120)
class OffsetCommittingIndexerIT {
  @TempDir Path dir;
  final KafkaClients clients = KafkaTestBroker.clients();

  static byte[] article(String id, String text) {
    ArticleFetched a = new ArticleFetched(1, id, "https://example.org/" + id, null, "test", "title " + id, text, "en", null,
        OffsetDateTime.parse("2026-01-01T00:00:00Z"), List.of(), null);
    return EventCodec.encode(ArticleEnriched.of(a, List.of(), List.of(), "test"));
  }

  record Running(OffsetCommittingIndexer indexer, Thread thread) {
    void stop() throws InterruptedException {
      indexer.stop();
      thread.join(30_000);
    }
  }

  private Running start(EcosystemIndex index, KafkaProducer<String, byte[]> producer) {
    OffsetCommittingIndexer indexer = new OffsetCommittingIndexer(clients.consumer(OffsetCommittingIndexer.GROUP, "it"),
        index, new DeadLetterPublisher(producer, "index"), Duration.ofMillis(200));
    Thread thread = new Thread(indexer, "indexer-it");
    thread.start();
    return new Running(indexer, thread);
  }

  private static void await(BooleanSupplier condition) {
    org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50))
        .until(condition::getAsBoolean);
  }

  @Test
  void resumesFromTheOffsetsInTheCommitReplacesRedeliveredArticlesAndDeadLettersPoison() throws Exception {
    try (KafkaProducer<String, byte[]> producer = clients.producer("indexer-it")) {
      for (int i = 0; i < 50; i++) {
        producer.send(new ProducerRecord<>(Topics.ENRICHED, "a" + i, article("a" + i, "zebra story number " + i)));
      }
      producer.send(new ProducerRecord<>(Topics.ENRICHED, "bad-1", "not json".getBytes(StandardCharsets.UTF_8)));
      producer.send(new ProducerRecord<>(Topics.ENRICHED, "bad-2", new byte[] {(byte) 0xff, (byte) 0xfe}));
      producer.flush();

      try (EcosystemIndex index = EcosystemIndex.open(dir)) {
        Running run = start(index, producer);
        // other tests of this JVM share the topic: wait until all of it is in, ours included
        Map<TopicPartition, Long> end = TopicContents.endOffsets(clients, Topics.ENRICHED);
        await(() -> sum(index.committedOffsets()) >= sum(end));
        run.stop(); // final commit with the offsets
        assertTrue(run.indexer().deadLettered() >= 2);
      }
      assertEquals(TopicContents.endOffsets(clients, Topics.ENRICHED), EcosystemIndex.committedOffsets(dir), "the commit holds exactly what was consumed");

      // a re-crawl republishes five articles with new text; ten are new
      for (int i = 0; i < 5; i++) {
        producer.send(new ProducerRecord<>(Topics.ENRICHED, "a" + i, article("a" + i, "giraffe update " + i)));
      }
      for (int i = 50; i < 60; i++) {
        producer.send(new ProducerRecord<>(Topics.ENRICHED, "a" + i, article("a" + i, "zebra story number " + i)));
      }
      producer.flush();
      try (EcosystemIndex index = EcosystemIndex.open(dir)) {
        Running run = start(index, producer);
        await(() -> run.indexer().indexed() == 15); // only the new records: it resumed from the commit
        run.stop();
        assertEquals(15, run.indexer().indexed());
        assertEquals(TopicContents.endOffsets(clients, Topics.ENRICHED), index.committedOffsets());
      }
    }
    try (EcosystemSearch search = EcosystemSearch.open(dir)) {
      assertEquals(60, search.search("zebra OR giraffe", Filters.none(100)).total(), "replaced, not doubled");
      assertEquals(5, search.search("giraffe", Filters.none(10)).total());
      assertEquals(55, search.search("zebra", Filters.none(100)).total());
    }
  }

  private static long sum(Map<TopicPartition, Long> offsets) {
    return offsets.values().stream().mapToLong(Long::longValue).sum();
  }

}
