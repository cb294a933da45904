package io.ecotrack.extract.curation;

import io.ecotrack.kafka.CompactedTopicReader;
import io.ecotrack.kafka.KafkaClients;
import io.ecotrack.model.Correction;
import io.ecotrack.model.EventCodec;
import io.ecotrack.model.MalformedEventException;
import io.ecotrack.model.Topics;
import java.time.Duration;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The corrections of the compacted {@link Topics#CURATION} topic: read whole on start, then followed, so a correction
 * made while an extractor runs applies to the next article it extracts. A record that is no correction is logged and
 * left out (only {@code ecotrack alias} and {@code suppress} write the topic, and they check what they write).
 */
public final class KafkaCuration extends Curation implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(KafkaCuration.class);

  private final CompactedTopicReader reader;

  /** Reads the topic to its end; then follows it when {@code follow} is true (a worker), or not (one command's work). */
  public KafkaCuration(KafkaClients clients, Duration loadTimeout, boolean follow) {
    this.reader = new CompactedTopicReader(clients, Topics.CURATION, "ecotrack-curation-reader", loadTimeout, follow, this::remember);
    log.info("Loaded {} corrections from {}", corrections().size(), Topics.CURATION);
  }

  private void remember(ConsumerRecord<String, byte[]> r) {
    if (r.key() == null) {
      return;
    }
    if (r.value() == null) {
      record(r.key(), null);
      return;
    }
    try {
      record(r.key(), EventCodec.decodeCorrection(r.value()));
    } catch (MalformedEventException e) {
      log.warn("not a correction at {}-{}@{}: {}", r.topic(), r.partition(), r.offset(), e.getMessage());
    }
  }

  /** Publishes {@code correction} and waits for the broker to take it. */
  public static RecordMetadata publish(Producer<String, byte[]> producer, Correction correction) throws InterruptedException {
    try {
      return producer.send(new ProducerRecord<>(Topics.CURATION, keyOf(correction), EventCodec.encode(correction))).get();
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException("cannot write the correction to " + Topics.CURATION + ": " + e.getCause().getMessage(),
          e.getCause());
    }
  }

  @Override
  public void close() {
    reader.close();
  }
}
