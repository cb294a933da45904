package io.ecotrack.index;

import io.ecotrack.index.store.EcosystemIndex;
import io.ecotrack.kafka.DeadLetterPublisher;
import io.ecotrack.model.ArticleEnriched;
import io.ecotrack.model.EventCodec;
import io.ecotrack.model.MalformedEventException;
import io.ecotrack.model.Topics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The index stage: reads {@link Topics#ENRICHED} into the {@link EcosystemIndex}, exactly once. The
 * offsets consumed are stored inside each Lucene commit and read back when partitions are assigned, so
 * the index and its position can never disagree; a kill at any moment resumes from the last commit and
 * re-applies the same upserts, which replace rather than double. New articles are searchable after each
 * batch (near real time); durable commits happen at most every {@code commitInterval} and on stop.
 * It takes every partition of the topic itself rather than joining a consumer group (see
 * {@link #assignNewPartitions()}); the group's Kafka offsets are committed too, only so that lag shows in
 * the usual tools.
 */
public final class OffsetCommittingIndexer implements Runnable {
  public static final String GROUP = "ecotrack-index";
  private static final Logger log = LoggerFactory.getLogger(OffsetCommittingIndexer.class);

  private final Consumer<String, byte[]> consumer;
  private final EcosystemIndex index;
  private final DeadLetterPublisher deadLetters;
  private final Duration commitInterval;
  private final Map<TopicPartition, Long> pending = new HashMap<>();
  private final AtomicLong indexed = new AtomicLong();
  private volatile boolean running = true;
  private volatile boolean failed;
  private volatile java.util.function.Consumer<List<String>> onSearchable = ids -> { };
  private final List<String> batchIds = new java.util.ArrayList<>();
  private long lastCommitNanos = System.nanoTime();
  private long lastRefreshNanos = System.nanoTime();
  private static final long REFRESH_NANOS = 200_000_000L;
  private static final long PARTITION_CHECK_NANOS = 30_000_000_000L;
  private long lastPartitionCheckNanos;

  public OffsetCommittingIndexer(Consumer<String, byte[]> consumer, EcosystemIndex index, DeadLetterPublisher deadLetters,
      Duration commitInterval) {
    this.consumer = consumer;
    this.index = index;
    this.deadLetters = deadLetters;
    this.commitInterval = commitInterval;
  }

  @Override
  public void run() {
    try {
      assignNewPartitions();
      while (running) {
        ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(batchIds.isEmpty() ? 500 : 50));
        if (!records.isEmpty()) {
          apply(records);
        }
        // reopening readers after every small batch would cost more than indexing it: at most every 200 ms
        if (!batchIds.isEmpty() && (records.isEmpty() || System.nanoTime() - lastRefreshNanos >= REFRESH_NANOS)) {
          index.refresh();
          lastRefreshNanos = System.nanoTime();
          onSearchable.accept(List.copyOf(batchIds));
          batchIds.clear();
        }
        if (!pending.isEmpty() && System.nanoTime() - lastCommitNanos >= commitInterval.toNanos()) {
          commit();
        }
        if (System.nanoTime() - lastPartitionCheckNanos >= PARTITION_CHECK_NANOS) {
          assignNewPartitions(); // partitions added to the topic while running
        }
      }
    } catch (WakeupException e) {
      if (running) {
        throw e;
      }
    } catch (IOException | RuntimeException e) {
      failed = true;
      // a full or unwritable disk, a broken folder: the last commit stays as it was, with its offsets
      throw new UncheckedIOException(new IOException("indexing into " + index.dir() + " failed (" + e.getMessage()
          + "); the index keeps its last commit, and a restart resumes from it", e));
    } finally {
      try {
        if (!failed) {
          commit();
        }
      } finally {
        try {
          consumer.close();
        } catch (RuntimeException e) {
          if (!failed) {
            throw e;
          }
          log.debug("closing the consumer after a failure", e); // the failure itself is what the caller must see
        }
      }
    }
  }

  /**
   * Reads every partition of the enriched topic, each new one from the offset stored in the index commit
   * (or from its beginning). The indexer is the one writer of its index (Lucene's write lock sees to that),
   * so it takes the partitions itself instead of joining a consumer group: a restarted worker resumes at
   * once, without waiting for the group to notice that its earlier self is gone (up to 45 s after a kill).
   */
  private void assignNewPartitions() {
    lastPartitionCheckNanos = System.nanoTime();
    List<TopicPartition> all = consumer.partitionsFor(Topics.ENRICHED, Duration.ofSeconds(30)).stream()
        .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
    Set<TopicPartition> assigned = consumer.assignment();
    List<TopicPartition> added = all.stream().filter(p -> !assigned.contains(p)).toList();
    if (added.isEmpty()) {
      return;
    }
    consumer.assign(all);
    Map<TopicPartition, Long> stored = index.committedOffsets();
    for (TopicPartition p : added) {
      Long offset = stored.get(p);
      if (offset != null) {
        consumer.seek(p, offset);
      } else {
        consumer.seekToBeginning(List.of(p));
      }
    }
    log.info("Indexing {} from the offsets in the index commit {}", added, stored);
  }

  /** Ends {@link #run()} after the batch in hand and a final commit; safe from any thread. */
  public void stop() {
    running = false;
    consumer.wakeup();
  }

  /** Told the ids of each batch once it is searchable (for latency measurements). */
  public void onSearchable(java.util.function.Consumer<List<String>> listener) {
    onSearchable = listener;
  }

  public long indexed() {
    return indexed.get();
  }

  public long deadLettered() {
    return deadLetters.count();
  }

  private void apply(ConsumerRecords<String, byte[]> records) throws IOException {
    for (ConsumerRecord<String, byte[]> record : records) {
      try {
        ArticleEnriched article = EventCodec.decodeEnriched(record.value());
        index.upsert(article);
        indexed.incrementAndGet();
        batchIds.add(article.id());
        log.debug("indexed id={} ({}-{}@{})", article.id(), record.topic(), record.partition(), record.offset());
      } catch (MalformedEventException e) {
        deadLetters.publish(record, e.getMessage());
      }
      pending.put(new TopicPartition(record.topic(), record.partition()), record.offset() + 1);
    }
  }

  private void commit() {
    if (pending.isEmpty()) {
      return;
    }
    try {
      index.commit(pending);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot commit the index at " + index.dir(), e);
    }
    Map<TopicPartition, OffsetAndMetadata> forLag = new HashMap<>();
    pending.forEach((p, o) -> forLag.put(p, new OffsetAndMetadata(o)));
    try {
      consumer.commitAsync(forLag, null);
    } catch (RuntimeException e) {
      log.debug("Kafka offset commit (for lag only) failed", e);
    }
    log.info("Committed index with offsets {} ({} articles indexed so far)", pending, indexed.get());
    pending.clear();
    lastCommitNanos = System.nanoTime();
  }
}
