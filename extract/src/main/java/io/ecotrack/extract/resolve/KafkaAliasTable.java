package io.ecotrack.extract.resolve;

import io.ecotrack.kafka.CompactedTopicReader;
import io.ecotrack.kafka.KafkaClients;
import io.ecotrack.model.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
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
  private final CompactedTopicReader reader;

  public KafkaAliasTable(KafkaClients clients, Producer<String, byte[]> producer, Duration loadTimeout) {
    this.producer = producer;
    this.reader = new CompactedTopicReader(clients, Topics.ALIASES, "ecotrack-alias-reader", loadTimeout, true, this::remember);
    log.info("Loaded {} learned aliases from {}", size(), Topics.ALIASES);
  }

  @Override
  public void learn(String normalizedName, String id) {
    if (idFor(normalizedName).isEmpty()) {
      super.learn(normalizedName, id);
      producer.send(new ProducerRecord<>(Topics.ALIASES, normalizedName, id.getBytes(StandardCharsets.UTF_8)));
    }
  }

  private void remember(ConsumerRecord<String, byte[]> r) {
    if (r.key() != null && r.value() != null) {
      super.learn(r.key(), new String(r.value(), StandardCharsets.UTF_8));
    }
  }

  @Override
  public void close() {
    reader.close();
  }
}
