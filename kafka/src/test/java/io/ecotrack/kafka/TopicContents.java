package io.ecotrack.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

/** What a topic holds right now, for integration tests: every record, the keys, the end offsets. */
public final class TopicContents {
  private TopicContents() {}

  /** Every record of {@code topic}, from the beginning to the end offsets as they are when called. */
  public static List<ConsumerRecord<String, byte[]>> readAll(KafkaClients clients, String topic) {
    List<ConsumerRecord<String, byte[]>> out = new ArrayList<>();
    try (KafkaConsumer<String, byte[]> c = clients.consumer(null, "test-topic-reader")) {
      List<TopicPartition> parts = partitions(c, topic);
      c.assign(parts);
      c.seekToBeginning(parts);
      Map<TopicPartition, Long> end = c.endOffsets(parts);
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (parts.stream().anyMatch(p -> c.position(p) < end.get(p)) && System.nanoTime() < deadline) {
        c.poll(Duration.ofMillis(200)).forEach(out::add);
      }
    }
    return out;
  }

  /** The distinct keys of {@code topic}. */
  public static Set<String> keys(KafkaClients clients, String topic) {
    Set<String> keys = new LinkedHashSet<>();
    readAll(clients, topic).forEach(r -> keys.add(r.key()));
    return keys;
  }

  /** The end offset of each partition of {@code topic} that holds records. */
  public static Map<TopicPartition, Long> endOffsets(KafkaClients clients, String topic) {
    try (KafkaConsumer<String, byte[]> c = clients.consumer(null, "test-topic-ends")) {
      Map<TopicPartition, Long> end = new HashMap<>(c.endOffsets(partitions(c, topic)));
      end.values().removeIf(v -> v == 0);
      return end;
    }
  }

  private static List<TopicPartition> partitions(KafkaConsumer<String, byte[]> c, String topic) {
    return c.partitionsFor(topic).stream().map(p -> new TopicPartition(topic, p.partition())).toList();
  }
}
