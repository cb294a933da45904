package io.ecotrack.kafka;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a compacted topic that holds a table (learned aliases, analysts' corrections) into memory: the whole topic on
 * start, before the constructor returns, then what is written to it after, on a background thread, until closed.
 * Each record goes to the given handler in log order per partition; a null value is a tombstone. Reads as no group
 * member, so every reader sees every record.
 */
public final class CompactedTopicReader implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(CompactedTopicReader.class);

  private final KafkaConsumer<String, byte[]> consumer;
  private final Consumer<ConsumerRecord<String, byte[]>> handler;
  private final Thread follower;
  private volatile boolean running = true;

  /**
   * Reads {@code topic} to its end (or for at most {@code loadTimeout}), then follows it when {@code follow} is true.
   *
   * @param clientId the consumer's client id, for the broker's logs
   */
  public CompactedTopicReader(KafkaClients clients, String topic, String clientId, Duration loadTimeout, boolean follow,
      Consumer<ConsumerRecord<String, byte[]>> handler) {
    this.handler = handler;
    this.consumer = clients.consumer(null, clientId);
    List<TopicPartition> partitions = consumer.partitionsFor(topic, loadTimeout).stream()
        .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
    consumer.assign(partitions);
    consumer.seekToBeginning(partitions);
    Map<TopicPartition, Long> end = new HashMap<>(consumer.endOffsets(partitions, loadTimeout));
    long deadline = System.nanoTime() + loadTimeout.toNanos();
    while (end.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue()) && System.nanoTime() < deadline) {
      consumer.poll(Duration.ofMillis(200)).forEach(handler);
    }
    if (follow) {
      follower = new Thread(this::follow, clientId + "-follower");
      follower.setDaemon(true);
      follower.start();
    } else {
      follower = null;
      consumer.close();
    }
  }

  private void follow() {
    try {
      while (running) {
        consumer.poll(Duration.ofMillis(500)).forEach(handler);
      }
    } catch (WakeupException e) {
      // closing
    } catch (RuntimeException e) {
      log.error("stopped following a compacted topic: {}", e.toString());
    } finally {
      consumer.close();
    }
  }

  @Override
  public void close() {
    if (follower == null) {
      return;
    }
    running = false;
    consumer.wakeup();
    try {
      follower.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
