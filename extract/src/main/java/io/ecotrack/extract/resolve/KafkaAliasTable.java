package io.ecotrack.extract.resolve;

import io.ecotrack.kafka.KafkaClients;
import io.ecotrack.model.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The alias table kept in the compacted {@link Topics#ALIASES} topic (key: normalized name, value: entity
 * id), so a name learned by one extractor survives restarts and reaches every other instance. On start it
 * reads the whole topic; afterwards a background reader follows what other instances learn.
 */
public final class KafkaAliasTable extends AliasTable implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(KafkaAliasTable.class);

  private final Producer<String, byte[]> producer;
  private final KafkaConsumer<String, byte[]> consumer;
  private final Thread follower;
  private volatile boolean running = true;

  public KafkaAliasTable(KafkaClients clients, Producer<String, byte[]> producer, Duration loadTimeout) {
    this.producer = producer;
    this.consumer = clients.consumer(null, "ecotrack-alias-reader");
    List<TopicPartition> partitions = consumer.partitionsFor(Topics.ALIASES, loadTimeout).stream()
        .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
    consumer.assign(partitions);
    consumer.seekToBeginning(partitions);
    Map<TopicPartition, Long> end = new HashMap<>(consumer.endOffsets(partitions, loadTimeout));
    long deadline = System.nanoTime() + loadTimeout.toNanos();
    while (end.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue()) && System.nanoTime() < deadline) {
      consumer.poll(Duration.ofMillis(200)).forEach(this::remember);
    }
    log.info("Loaded {} learned aliases from {}", size(), Topics.ALIASES);
    follower = new Thread(this::follow, "alias-follower");
    follower.setDaemon(true);
    follower.start();
  }

  @Override
  public void learn(String normalizedName, String id) {
    if (idFor(normalizedName).isEmpty()) {
      super.learn(normalizedName, id);
      producer.send(new ProducerRecord<>(Topics.ALIASES, normalizedName, id.getBytes(StandardCharsets.UTF_8)));
    }
  }

  private void follow() {
    try {
      while (running) {
        consumer.poll(Duration.ofMillis(500)).forEach(this::remember);
      }
    } catch (WakeupException e) {
      // closing
    } finally {
      consumer.close();
    }
  }

  private void remember(ConsumerRecord<String, byte[]> r) {
    if (r.key() != null && r.value() != null) {
      super.learn(r.key(), new String(r.value(), StandardCharsets.UTF_8));
    }
  }

  @Override
  public void close() {
    running = false;
    consumer.wakeup();
    try {
      follower.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
