package io.ecotrack.extract;

import io.ecotrack.kafka.DeadLetterPublisher;
import io.ecotrack.model.ArticleEnriched;
import io.ecotrack.model.ArticleFetched;
import io.ecotrack.model.EventCodec;
import io.ecotrack.model.MalformedEventException;
import io.ecotrack.model.Topics;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The extract stage as a Kafka consumer: reads {@link Topics#ARTICLES}, publishes one
 * {@link ArticleEnriched} per article to {@link Topics#ENRICHED} under the same key, and commits the
 * consumed offsets only after the broker has acknowledged the output (at least once; the index upserts
 * by id, so a redelivery replaces rather than doubles). A record it cannot read or process goes to the
 * dead-letter topic with the reason, and the worker carries on. Stateless: start more instances in the
 * same group to scale out.
 */
public final class ExtractWorker implements Runnable {
  public static final String GROUP = "ecotrack-extract";
  /** Longer texts are not articles (a data dump, a book): they go to the dead-letter topic. */
  public static final int MAX_TEXT_CHARS = 2_000_000;
  private static final Logger log = LoggerFactory.getLogger(ExtractWorker.class);

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
      consumer.close();
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
    Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
    for (ConsumerRecord<String, byte[]> record : records) {
      try {
        ArticleFetched article = EventCodec.decodeFetched(record.value());
        if (article.text().length() > MAX_TEXT_CHARS) {
          deadLetters.publish(record, "text too large to extract: " + article.text().length() + " characters (limit "
              + MAX_TEXT_CHARS + ")");
          offsets.put(new TopicPartition(record.topic(), record.partition()), new OffsetAndMetadata(record.offset() + 1));
          continue;
        }
        ArticleEnriched enriched = enricher.enrich(article);
        producer.send(new ProducerRecord<>(Topics.ENRICHED, article.id(), EventCodec.encode(enriched)));
        processed.incrementAndGet();
        log.info("enriched id={} entities={} relations={} ({}-{}@{})", article.id(), enriched.entities().size(),
            enriched.relations().size(), record.topic(), record.partition(), record.offset());
      } catch (MalformedEventException e) {
        deadLetters.publish(record, e.getMessage());
      } catch (RuntimeException e) {
        // a bug or an input the extractor cannot handle: keep the record, tell why, go on
        deadLetters.publish(record, "extraction failed: " + e);
      }
      offsets.put(new TopicPartition(record.topic(), record.partition()), new OffsetAndMetadata(record.offset() + 1));
    }
    producer.flush(); // every output acknowledged before its input is marked done
    consumer.commitSync(offsets);
  }
}
