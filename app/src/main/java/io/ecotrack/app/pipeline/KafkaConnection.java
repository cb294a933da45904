package io.ecotrack.app.pipeline;

import io.ecotrack.kafka.BrokerUnavailableException;
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
  private volatile EmbeddedKafkaBroker embedded; // null for a given cluster

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

  /** True when this connection is to the embedded broker and its process has died. */
  public boolean embeddedBrokerDied() {
    EmbeddedKafkaBroker b = embedded;
    return b != null && !b.alive();
  }

  /** The pid of the embedded broker, or -1 for a given cluster. */
  public long embeddedBrokerPid() {
    EmbeddedKafkaBroker b = embedded;
    return b == null ? -1 : b.pid();
  }

  /**
   * Starts the embedded broker again on the same data dir and address, after it died; the clients, which
   * look for it at that address, reconnect by themselves.
   *
   * @throws BrokerUnavailableException when it cannot start, or comes back at another address
   */
  public synchronized void restartEmbeddedBroker() {
    EmbeddedKafkaBroker dead = embedded;
    if (dead == null) {
      throw new IllegalStateException("not an embedded broker");
    }
    EmbeddedKafkaBroker revived = EmbeddedKafkaBroker.startOrReuse(dead.dir());
    embedded = revived;
    if (!revived.bootstrapServers().equals(clients.bootstrapServers())) {
      throw new BrokerUnavailableException("the embedded broker came back at " + revived.bootstrapServers()
          + ", not at " + clients.bootstrapServers() + " where this process's clients look for it");
    }
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
