package io.ecotrack.app.pipeline;

import io.ecotrack.kafka.EmbeddedKafkaBroker;
import io.ecotrack.kafka.KafkaClients;
import io.ecotrack.kafka.TopicSetup;
import org.apache.kafka.clients.admin.Admin;

/**
 * The Kafka cluster a command works with: the one given by {@code --bootstrap-servers}, checked to answer,
 * or else the embedded broker of the data dir, started or reused. Ensures ecotrack's topics exist.
 */
public final class KafkaConnection implements AutoCloseable {
  private final KafkaClients clients;
  private final EmbeddedKafkaBroker embedded; // null for a given cluster

  private KafkaConnection(KafkaClients clients, EmbeddedKafkaBroker embedded) {
    this.clients = clients;
    this.embedded = embedded;
  }

  public static KafkaConnection open(EcotrackConfig config) {
    KafkaConnection connection;
    short replicas;
    if (config.bootstrapServers() != null) {
      KafkaClients clients = new KafkaClients(config.bootstrapServers());
      clients.requireReachable(config.connectTimeout());
      connection = new KafkaConnection(clients, null);
      replicas = -1; // the cluster's default replication factor
    } else {
      EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.startOrReuse(config.kafkaDir());
      connection = new KafkaConnection(new KafkaClients(broker.bootstrapServers()), broker);
      replicas = 1;
    }
    try (Admin admin = connection.clients.admin()) {
      TopicSetup.ensureTopics(admin, config.partitions(), replicas);
    } catch (RuntimeException e) {
      connection.close();
      throw e;
    }
    return connection;
  }

  public KafkaClients clients() {
    return clients;
  }

  public String describe() {
    return embedded == null ? "Kafka at " + clients.bootstrapServers()
        : "embedded Kafka broker at " + clients.bootstrapServers() + (embedded.owner() ? "" : " (reused)");
  }

  @Override
  public void close() {
    if (embedded != null) {
      embedded.close();
    }
  }
}
