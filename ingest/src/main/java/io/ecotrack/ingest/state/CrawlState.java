package io.ecotrack.ingest.state;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.ecotrack.kafka.KafkaClients;
import io.ecotrack.model.EventCodec;
import io.ecotrack.model.Topics;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the crawler fetched before: per URL the validators for a conditional GET, and per article the
 * hash of the text last published. Kept in the compacted {@link Topics#CRAWL_STATE} topic (latest entry
 * per URL), so a crawl job on any machine knows what any earlier job saw.
 */
public final class CrawlState {
  private static final Logger log = LoggerFactory.getLogger(CrawlState.class);

  /** One URL's last fetch. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Entry(String url, String articleId, String etag, String lastModified, String contentHash, Instant fetchedAt) {}

  private final Map<String, Entry> byUrl = new ConcurrentHashMap<>();
  private final Map<String, String> hashByArticle = new ConcurrentHashMap<>();
  private final Producer<String, byte[]> producer; // null: kept in memory only

  public CrawlState(Producer<String, byte[]> producer) {
    this.producer = producer;
  }

  /** Reads the whole state topic into memory; {@code producer} persists what this run adds. */
  public static CrawlState load(KafkaClients clients, Producer<String, byte[]> producer, Duration timeout) {
    CrawlState state = new CrawlState(producer);
    try (KafkaConsumer<String, byte[]> consumer = clients.consumer(null, "ecotrack-crawl-state-reader")) {
      List<PartitionInfo> infos = consumer.partitionsFor(Topics.CRAWL_STATE, timeout);
      List<TopicPartition> partitions = infos.stream().map(p -> new TopicPartition(p.topic(), p.partition())).toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = new HashMap<>(consumer.endOffsets(partitions, timeout));
      end.entrySet().removeIf(e -> e.getValue() == 0);
      long deadline = System.nanoTime() + timeout.toNanos();
      while (!end.isEmpty() && System.nanoTime() < deadline) {
        for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
          if (r.value() != null) {
            try {
              state.remember(EventCodec.mapper().readValue(r.value(), Entry.class));
            } catch (java.io.IOException e) {
              log.warn("Ignoring unreadable crawl-state record for {}", r.key());
            }
          }
        }
        end.entrySet().removeIf(e -> consumer.position(e.getKey()) >= e.getValue());
      }
    }
    log.info("Loaded crawl state: {} URLs seen before", state.byUrl.size());
    return state;
  }

  public Optional<Entry> get(String normalizedUrl) {
    return Optional.ofNullable(byUrl.get(normalizedUrl));
  }

  /** The hash of the text last published under {@code articleId}, if any. */
  public Optional<String> publishedHash(String articleId) {
    return Optional.ofNullable(hashByArticle.get(articleId));
  }

  /** Records a fetch, here and (when backed by Kafka) in the state topic. */
  public void put(Entry entry) {
    remember(entry);
    if (producer != null) {
      producer.send(new ProducerRecord<>(Topics.CRAWL_STATE, entry.url(), EventCodec.encode(entry)));
    }
  }

  /** Waits until every entry put so far is in the state topic. */
  public void flush() {
    if (producer != null) {
      producer.flush();
    }
  }

  public int size() {
    return byUrl.size();
  }

  private void remember(Entry e) {
    byUrl.put(e.url(), e);
    if (e.articleId() != null && e.contentHash() != null) {
      hashByArticle.put(e.articleId(), e.contentHash());
    }
  }

}
