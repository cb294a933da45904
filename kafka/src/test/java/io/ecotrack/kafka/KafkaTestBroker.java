package io.ecotrack.kafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.testcontainers.kafka.KafkaContainer;

/**
 * The real broker every integration test runs against, one per test JVM: Testcontainers' Kafka where
 * a Docker engine answers, otherwise the embedded KRaft broker ecotrack itself uses (as on machines
 * without Docker, CI included). {@code ECOTRACK_TEST_BOOTSTRAP_SERVERS} points the tests at a cluster
 * of your own instead.
 */
public final class KafkaTestBroker {
  private static String bootstrapServers;

  private KafkaTestBroker() {}

  /** The running test broker's address; started on first use and stopped when the JVM exits. */
  public static synchronized String bootstrapServers() {
    if (bootstrapServers == null) {
      bootstrapServers = start();
      try (var admin = new KafkaClients(bootstrapServers).admin()) {
        TopicSetup.ensureTopics(admin, 2, (short) 1);
      }
    }
    return bootstrapServers;
  }

  public static KafkaClients clients() {
    return new KafkaClients(bootstrapServers());
  }

  private static String start() {
    String given = System.getenv("ECOTRACK_TEST_BOOTSTRAP_SERVERS");
    if (given != null && !given.isBlank()) {
      return given;
    }
    if (dockerAvailable()) {
      KafkaContainer kafka = new KafkaContainer("apache/kafka:4.1.1");
      kafka.start();
      Runtime.getRuntime().addShutdownHook(new Thread(kafka::stop));
      return kafka.getBootstrapServers();
    }
    try {
      Path dir = Files.createTempDirectory("ecotrack-test-kafka");
      EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.startOrReuse(dir);
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        broker.close();
        deleteTree(dir);
      }));
      return broker.bootstrapServers();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Docker is asked only when a socket or DOCKER_HOST says an engine may be there: no noisy probe otherwise. */
  private static boolean dockerAvailable() {
    if (System.getenv("DOCKER_HOST") == null && !Files.exists(Path.of("/var/run/docker.sock"))) {
      return false;
    }
    try {
      return org.testcontainers.DockerClientFactory.instance().isDockerAvailable();
    } catch (RuntimeException e) {
      return false;
    }
  }

  public static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // best effort: a temp folder
    }
  }
}
