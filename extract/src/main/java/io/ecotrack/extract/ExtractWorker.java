package io.ecotrack.extract;

import io.ecotrack.kafka.DeadLetterPublisher;
import io.ecotrack.model.ArticleEnriched;
import io.ecotrack.model.ArticleFetched;
import io.ecotrack.model.EventCodec;
import io.ecotrack.model.MalformedEventException;
import io.ecotrack.model.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The extract stage as a Kafka consumer: reads {@link Topics#ARTICLES}, publishes one
 * {@link ArticleEnriched} per article to {@link Topics#ENRICHED} under the same key, and commits a consumed
 * offset only after the broker has acknowledged the output of that record and of every record before it in
 * its partition (at least once; the index upserts by id, so a redelivery replaces rather than doubles).
 *
 * <p>A record it cannot read, cannot process (an exception or an {@link Error} such as running out of
 * memory) or whose output the broker refuses (larger than a record may be) goes to the dead-letter topic
 * with the reason, and the worker carries on. A write that fails for another reason (the broker is gone)
 * is not skipped: nothing is committed past it, and the partition is read again from there. Stateless:
 * start more instances in the same group to scale out.
 */
public final class ExtractWorker implements Runnable {
  public static final String GROUP = "ecotrack-extract";
  private static final Logger log = LoggerFactory.getLogger(ExtractWorker.class);

  /** An output sent for a record, and the broker's answer to come. */
  private record Pending(ConsumerRecord<String, byte[]> record, Future<RecordMetadata> sent) {}

  private final Consumer<String, byte[]> consumer;
  private final Producer<String, byte[]> producer;
  private final ArticleEnricher enricher;
  private final DeadLetterPublisher deadLetters;
  private final AtomicLong processed = new AtomicLong();
  private volatile boolean running = true;

  public ExtractWorker(Consumer<String, byte[]> consumer, Producer<String, byte[]> producer, ArticleEnricher enricher) {
    this.consumer = consumer;
    this.producer = producer;
    this.enricher = enricher;
    this.deadLetters = new DeadLetterPublisher(producer, "extract");
  }

  @Override
  public void run() {
    try {
      consumer.subscribe(List.of(Topics.ARTICLES));
      while (running) {
        ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(500));
        if (!records.isEmpty()) {
          process(records);
        }
      }
    } catch (WakeupException e) {
      if (running) {
        throw e;
      }
    } finally {
      // a static member leaves explicitly on a clean stop, so the others take its partitions at once
      consumer.close(CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP));
    }
  }

  /** Ends {@link #run()} after the batch in hand; safe from any thread. */
  public void stop() {
    running = false;
    consumer.wakeup();
  }

  /** Articles enriched so far (dead letters not counted). */
  public long processed() {
    return processed.get();
  }

  public long deadLettered() {
    return deadLetters.count();
  }

  void process(ConsumerRecords<String, byte[]> records) {
    List<Pending> pending = new ArrayList<>(records.count());
    for (ConsumerRecord<String, byte[]> record : records) {
      ArticleEnriched enriched = enrichOrDeadLetter(record);
      byte[] value = enriched == null ? null : encodeOrDeadLetter(record, enriched);
      // a send that throws here (the producer is closed) stops the worker with nothing committed
      pending.add(new Pending(record, value == null ? null
          : producer.send(new ProducerRecord<>(Topics.ENRICHED, enriched.id(), value))));
    }
    producer.flush(); // every output answered before its input is marked done
    Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
    Map<TopicPartition, Long> failedAt = new HashMap<>();
    for (Pending p : pending) {
      TopicPartition partition = new TopicPartition(p.record().topic(), p.record().partition());
      if (failedAt.containsKey(partition)) {
        continue; // read again after the failed write, with it
      }
      Answer answer = answer(p);
      switch (answer.write()) {
        case FAILED -> {
          failedAt.put(partition, p.record().offset());
          continue;
        }
        case REFUSED -> deadLetters.publish(p.record(), answer.reason());
        case WRITTEN -> processed.incrementAndGet();
        case NONE -> { } // dead-lettered already
      }
      offsets.put(partition, new OffsetAndMetadata(p.record().offset() + 1));
    }
    if (!offsets.isEmpty()) {
      consumer.commitSync(offsets);
    }
    failedAt.forEach((partition, offset) -> {
      log.warn("Writing the output of {}@{} failed; reading the partition again from there", partition, offset);
      consumer.seek(partition, offset);
    });
  }

  /** The enriched article of {@code record}; null when it was dead-lettered instead (it cannot be read or processed). */
  private ArticleEnriched enrichOrDeadLetter(ConsumerRecord<String, byte[]> record) {
    try {
      ArticleFetched article = EventCodec.decodeFetched(record.value());
      ArticleEnriched enriched = enricher.enrich(article);
      log.info("enriched id={} entities={} relations={} ({}-{}@{})", article.id(), enriched.entities().size(),
          enriched.relations().size(), record.topic(), record.partition(), record.offset());
      return enriched;
    } catch (MalformedEventException e) {
      deadLetters.publish(record, e.getMessage());
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      // a bug or an input the extractor cannot handle: keep the record, tell why, go on. The memory an
      // OutOfMemoryError reports was this record's, and is free again once its work is unwound.
      deadLetters.publish(record, "extraction failed: " + e);
    }
    return null;
  }

  private byte[] encodeOrDeadLetter(ConsumerRecord<String, byte[]> record, ArticleEnriched enriched) {
    try {
      return EventCodec.encode(enriched);
    } catch (RuntimeException | OutOfMemoryError e) {
      deadLetters.publish(record, "cannot encode the enriched event: " + e);
      return null;
    }
  }

  /**
   * The broker's answer to the write for {@code p}: written; refused because of the record itself (so it
   * belongs in the dead-letter topic, with the reason); or failed otherwise (so nothing past it is committed).
   */
  private static Answer answer(Pending p) {
    if (p.sent() == null) {
      return new Answer(Write.NONE, null);
    }
    try {
      p.sent().get();
      return new Answer(Write.WRITTEN, null);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RecordTooLargeException || cause instanceof RecordBatchTooLargeException
          || cause instanceof InvalidRecordException) {
        return new Answer(Write.REFUSED, "cannot write the enriched event to " + Topics.ENRICHED + ": " + cause.getMessage());
      }
      log.warn("Cannot write the enriched event of {}-{}@{}: {}", p.record().topic(), p.record().partition(),
          p.record().offset(), cause.toString());
      return new Answer(Write.FAILED, cause.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Answer(Write.FAILED, "interrupted");
    }
  }

  private enum Write { NONE, WRITTEN, REFUSED, FAILED }

  private record Answer(Write write, String reason) {}
}
