package io.ecotrack.kafka;

import io.ecotrack.model.Topics;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a record a stage could not process to {@link Topics#DLQ}: the original key and bytes, untouched,
 * with the reason, the stage and where it came from in headers. Nothing is lost, and the stage goes on.
 */
public final class DeadLetterPublisher {
  /** Header names on dead-letter records. */
  public static final String REASON = "ecotrack.reason";
  public static final String STAGE = "ecotrack.stage";
  public static final String SOURCE_TOPIC = "ecotrack.source.topic";
  public static final String SOURCE_PARTITION = "ecotrack.source.partition";
  public static final String SOURCE_OFFSET = "ecotrack.source.offset";

  private static final Logger log = LoggerFactory.getLogger(DeadLetterPublisher.class);

  private final Producer<String, byte[]> producer;
  private final String stage;
  private final AtomicLong count = new AtomicLong();

  public DeadLetterPublisher(Producer<String, byte[]> producer, String stage) {
    this.producer = producer;
    this.stage = stage;
  }

  /** Publishes {@code record} with {@code reason} and waits until the broker has it. */
  public void publish(ConsumerRecord<String, byte[]> record, String reason) {
    Headers headers = new RecordHeaders();
    headers.add(REASON, reason.getBytes(StandardCharsets.UTF_8));
    headers.add(STAGE, stage.getBytes(StandardCharsets.UTF_8));
    headers.add(SOURCE_TOPIC, record.topic().getBytes(StandardCharsets.UTF_8));
    headers.add(SOURCE_PARTITION, Integer.toString(record.partition()).getBytes(StandardCharsets.UTF_8));
    headers.add(SOURCE_OFFSET, Long.toString(record.offset()).getBytes(StandardCharsets.UTF_8));
    try {
      // synchronous: the caller commits the source offset right after, so the letter must be safe first
      producer.send(new ProducerRecord<>(Topics.DLQ, null, record.key(), record.value(), headers)).get();
    } catch (ExecutionException e) {
      throw new BrokerUnavailableException("cannot write to " + Topics.DLQ + ": " + e.getCause().getMessage(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BrokerUnavailableException("interrupted while writing a dead letter", e);
    }
    count.incrementAndGet();
    log.warn("Dead-lettered {}-{}@{} key={} in stage {}: {}", record.topic(), record.partition(), record.offset(),
        record.key(), stage, reason);
  }

  /** How many records this publisher has dead-lettered. */
  public long count() {
    return count.get();
  }
}
