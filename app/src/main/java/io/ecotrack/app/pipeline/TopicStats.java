package io.ecotrack.app.pipeline;

import io.ecotrack.extract.ExtractWorker;
import io.ecotrack.index.store.EcosystemIndex;
import io.ecotrack.kafka.KafkaClients;
import io.ecotrack.model.Topics;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

/** What the topics say about the pipeline: records per topic, each stage's lag, the last crawl. */
public final class TopicStats {
  private TopicStats() {}

  public static Map<String, Object> of(KafkaClients clients, Path indexDir) {
    Map<String, Object> stats = new LinkedHashMap<>();
    try (Admin admin = clients.admin()) {
      Map<TopicPartition, Long> articles = Pipeline.endOffsets(admin, Topics.ARTICLES);
      Map<TopicPartition, Long> enriched = Pipeline.endOffsets(admin, Topics.ENRICHED);
      Map<TopicPartition, Long> dlq = Pipeline.endOffsets(admin, Topics.DLQ);
      stats.put("articles", sum(articles) + " records in " + Topics.ARTICLES);
      stats.put("enriched", sum(enriched) + " records in " + Topics.ENRICHED);
      stats.put("dead letters", sum(dlq) + " records in " + Topics.DLQ);
      Map<TopicPartition, Long> extracted = new java.util.HashMap<>();
      admin.listConsumerGroupOffsets(ExtractWorker.GROUP).partitionsToOffsetAndMetadata().get()
          .forEach((p, o) -> extracted.put(p, o == null ? 0 : o.offset()));
      stats.put("extract lag", lag(articles, extracted) + " articles not yet enriched");
      stats.put("index lag", lag(enriched, EcosystemIndex.committedOffsets(indexDir)) + " enriched articles not yet committed to the index");
      stats.put("last crawl", lastRecordTime(clients, Topics.CRAWL_STATE));
    } catch (Exception e) {
      stats.put("error", e.getMessage());
    }
    return stats;
  }

  private static long sum(Map<TopicPartition, Long> offsets) {
    return offsets.values().stream().mapToLong(Long::longValue).sum();
  }

  private static long lag(Map<TopicPartition, Long> end, Map<TopicPartition, Long> done) {
    long lag = 0;
    for (Map.Entry<TopicPartition, Long> e : end.entrySet()) {
      lag += Math.max(0, e.getValue() - done.getOrDefault(e.getKey(), 0L));
    }
    return lag;
  }

  /** The time of the newest record in {@code topic}, or "never". */
  private static String lastRecordTime(KafkaClients clients, String topic) {
    long newest = -1;
    try (KafkaConsumer<String, byte[]> c = clients.consumer(null, "ecotrack-stats")) {
      List<TopicPartition> parts = c.partitionsFor(topic, Duration.ofSeconds(10)).stream()
          .map(p -> new TopicPartition(topic, p.partition())).toList();
      Map<TopicPartition, Long> end = c.endOffsets(parts);
      for (TopicPartition p : parts) {
        if (end.get(p) == 0) {
          continue;
        }
        c.assign(List.of(p));
        c.seek(p, end.get(p) - 1);
        for (ConsumerRecord<String, byte[]> r : c.poll(Duration.ofSeconds(2))) {
          newest = Math.max(newest, r.timestamp());
        }
      }
    }
    return newest < 0 ? "never" : Instant.ofEpochMilli(newest).toString();
  }
}
