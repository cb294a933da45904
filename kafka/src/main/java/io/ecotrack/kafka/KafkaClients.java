package io.ecotrack.kafka;

import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The one place where ecotrack's Kafka clients are configured. Keys are article ids (strings); values
 * are the raw event bytes, decoded by the stage itself so that a record it cannot read can be sent to
 * the dead-letter topic exactly as it arrived.
 */
public final class KafkaClients {
  /**
   * How long a static member that stopped answering keeps its partitions (30 s; the client default is 45 s):
   * long enough for a restart, short enough that a worker killed for good does not hold its partitions long.
   */
  public static final int STATIC_SESSION_TIMEOUT_MS = 30_000;

  private final String bootstrapServers;

  public KafkaClients(String bootstrapServers) {
    if (bootstrapServers == null || bootstrapServers.isBlank()) {
      throw new IllegalArgumentException("bootstrapServers must not be blank");
    }
    this.bootstrapServers = bootstrapServers;
  }

  public String bootstrapServers() {
    return bootstrapServers;
  }

  /** A producer for events keyed by article id. */
  public KafkaProducer<String, byte[]> producer(String clientId) {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    // names the stage in broker logs and metrics
    p.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
    // a retried send must not write the article twice, and a write counts only once every replica has it
    p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    // articles are text: compress batches, and wait a little to fill them
    p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
    p.put(ProducerConfig.LINGER_MS_CONFIG, 10);
    // fail a send within a minute instead of the two-minute default, so a lost broker is reported sooner
    p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 60_000);
    p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 30_000);
    // as large as the topics allow (TopicSetup): a long article must not fail on the 1 MiB client default
    p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, TopicSetup.MAX_RECORD_BYTES + 1024 * 1024);
    return new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
  }

  /**
   * A consumer in {@code groupId} that never commits on its own: each stage decides when an offset is
   * done (the extractor after its output is acknowledged, the indexer inside its Lucene commit).
   */
  public KafkaConsumer<String, byte[]> consumer(String groupId, String clientId) {
    return consumer(groupId, clientId, null);
  }

  /**
   * A consumer like {@link #consumer(String, String)} that is a static member of its group under
   * {@code instanceId} (unique among the group's running members, stable across restarts). A member that
   * restarts under the same id gets its partitions back at once, with no rebalance; one that dies and is not
   * restarted keeps them for {@link #STATIC_SESSION_TIMEOUT_MS} before the group hands them to the others.
   * A clean stop leaves the group explicitly ({@code CloseOptions} with {@code LEAVE_GROUP}), so scaling
   * down does not wait.
   */
  public KafkaConsumer<String, byte[]> consumer(String groupId, String clientId, String instanceId) {
    Properties p = new Properties();
    if (instanceId != null) {
      p.put(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG, instanceId);
      p.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, STATIC_SESSION_TIMEOUT_MS);
    }
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    p.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId);
    if (groupId != null) {
      p.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
    }
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    // a new group reads the topic from its start: the log is the source of truth
    p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    // larger batches mean fewer synchronous flushes and commits per article
    p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500);
    p.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, TopicSetup.MAX_RECORD_BYTES + 1024 * 1024);
    return new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer());
  }

  public Admin admin() {
    return Admin.create(Map.of(
        AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
        AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 15_000,
        AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000));
  }

  /**
   * Fails with a one-line message naming the address when no broker answers there within {@code timeout}.
   */
  public void requireReachable(Duration timeout) {
    if (!answers(bootstrapServers, timeout)) {
      throw new BrokerUnavailableException("cannot reach Kafka at " + bootstrapServers + " within "
          + timeout.toSeconds() + " s");
    }
  }

  static boolean answers(String bootstrapServers, Duration timeout) {
    int ms = (int) timeout.toMillis();
    try (Admin admin = Admin.create(Map.of(
        AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
        AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, ms,
        AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, ms,
        // do not keep retrying a closed port in the background after the answer is known
        AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 1000))) {
      admin.describeCluster(new DescribeClusterOptions().timeoutMs(ms)).clusterId().get(ms, TimeUnit.MILLISECONDS);
      return true;
    } catch (ExecutionException | TimeoutException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    } catch (org.apache.kafka.common.KafkaException e) {
      return false; // e.g. a bootstrap address that does not resolve
    }
  }
}
