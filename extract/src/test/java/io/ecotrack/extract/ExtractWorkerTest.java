package io.ecotrack.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.ecotrack.extract.resolve.AliasTable;
import io.ecotrack.model.ArticleFetched;
import io.ecotrack.model.EventCodec;
import io.ecotrack.model.Topics;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.consumer.internals.AutoOffsetResetStrategy;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/** What the extract worker commits when a write fails for a reason that is not the record's own. */
class ExtractWorkerTest {
  static final TopicPartition P0 = new TopicPartition(Topics.ARTICLES, 0);

  /** A producer whose broker is gone: every write of the batch fails when the worker flushes. */
  static final class LostBrokerProducer extends MockProducer<String, byte[]> {
    LostBrokerProducer() {
      super(false, null, new StringSerializer(), new ByteArraySerializer());
    }

    @Override
    public synchronized void flush() {
      while (errorNext(new TimeoutException("Expiring 1 record(s): 60000 ms has passed"))) {
        // every pending send fails
      }
    }
  }

  static byte[] article(String id) {
    return EventCodec.encode(new ArticleFetched(1, id, "https://example.org/" + id, null, "test", "", "Acme Corp opened a plant.",
        "en", null, OffsetDateTime.parse("2026-01-01T00:00:00Z"), List.of(), null));
  }

  @Test
  void commitsNothingPastAWriteThatFailedAndReadsThePartitionAgainFromIt() {
    MockConsumer<String, byte[]> consumer = new MockConsumer<>(AutoOffsetResetStrategy.EARLIEST.name());
    consumer.assign(List.of(P0));
    consumer.updateBeginningOffsets(Map.of(P0, 0L));
    for (int i = 0; i < 3; i++) {
      consumer.addRecord(new ConsumerRecord<>(Topics.ARTICLES, 0, i, "a" + i, article("a" + i)));
    }
    ExtractWorker worker = new ExtractWorker(consumer, new LostBrokerProducer(), ArticleEnricher.standard(new AliasTable()));

    worker.process(consumer.poll(Duration.ofMillis(10)));

    assertNull(consumer.committed(java.util.Set.of(P0)).get(P0), "no offset committed past the failed write");
    assertEquals(0, consumer.position(P0), "the partition is read again from the failed record");
    assertEquals(0, worker.processed());
  }
}
