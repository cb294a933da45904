package io.ecotrack.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ecotrack.model.Topics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(180)
class EmbeddedKafkaBrokerIT {
  Path dir;

  @BeforeEach
  void createDir() throws Exception {
    dir = Files.createTempDirectory("ecotrack-broker-it");
  }

  @AfterEach
  void deleteDir() {
    KafkaTestBroker.deleteTree(dir);
  }

  @Test
  void startsARealBrokerReusesItFromASecondCommandAndKeepsTopicsAcrossRestarts() throws Exception {
    String firstAddress;
    try (EmbeddedKafkaBroker first = EmbeddedKafkaBroker.startOrReuse(dir)) {
      assertTrue(first.owner());
      firstAddress = first.bootstrapServers();
      KafkaClients clients = new KafkaClients(firstAddress);
      try (Admin admin = clients.admin()) {
        TopicSetup.ensureTopics(admin, 2, (short) 1);
        TopicSetup.ensureTopics(admin, 2, (short) 1); // idempotent
        assertTrue(admin.listTopics().names().get().containsAll(Topics.ALL));
        ConfigResource state = new ConfigResource(ConfigResource.Type.TOPIC, Topics.CRAWL_STATE);
        Config config = admin.describeConfigs(List.of(state)).all().get().get(state);
        assertEquals("compact", config.get("cleanup.policy").value());
      }
      try (KafkaProducer<String, byte[]> producer = clients.producer("it")) {
        producer.send(new ProducerRecord<>(Topics.ARTICLES, "k1", "hello".getBytes(StandardCharsets.UTF_8))).get();
      }

      try (EmbeddedKafkaBroker second = EmbeddedKafkaBroker.startOrReuse(dir)) {
        assertFalse(second.owner(), "a second command reuses the running broker");
        assertEquals(firstAddress, second.bootstrapServers());
      }
      assertTrue(KafkaClients.answers(firstAddress, Duration.ofSeconds(5)), "closing a reuser leaves the broker up");
    }
    assertFalse(KafkaClients.answers(firstAddress, Duration.ofSeconds(2)), "the owner stops it on close");
    assertFalse(Files.exists(dir.resolve("broker.json")));

    try (EmbeddedKafkaBroker restarted = EmbeddedKafkaBroker.startOrReuse(dir);
         KafkaConsumer<String, byte[]> consumer = new KafkaClients(restarted.bootstrapServers()).consumer(null, "it")) {
      TopicPartition p0 = new TopicPartition(Topics.ARTICLES, 0);
      TopicPartition p1 = new TopicPartition(Topics.ARTICLES, 1);
      consumer.assign(List.of(p0, p1));
      consumer.seekToBeginning(List.of(p0, p1));
      ConsumerRecords<String, byte[]> records = ConsumerRecords.empty();
      for (int i = 0; i < 20 && records.isEmpty(); i++) {
        records = consumer.poll(Duration.ofSeconds(1));
      }
      ConsumerRecord<String, byte[]> record = records.iterator().next();
      assertEquals("hello", new String(record.value(), StandardCharsets.UTF_8), "the log survives a restart");
    }
  }

  @Test
  void replacesABrokerRecordLeftByAKilledRun() throws Exception {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("broker.json"), "{\"pid\": 999999999, \"bootstrapServers\": \"127.0.0.1:1\"}");
    try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.startOrReuse(dir)) {
      assertTrue(broker.owner());
      assertTrue(KafkaClients.answers(broker.bootstrapServers(), Duration.ofSeconds(5)));
    }
  }

  @Test
  void reportsAnUnreachableClusterWithItsAddress() {
    var e = assertThrows(BrokerUnavailableException.class,
        () -> new KafkaClients("127.0.0.1:1").requireReachable(Duration.ofSeconds(3)));
    assertEquals("cannot reach Kafka at 127.0.0.1:1 within 3 s", e.getMessage());
  }

  @Test
  void sharedTestBrokerHasEcotracksTopics() throws Exception {
    try (Admin admin = KafkaTestBroker.clients().admin()) {
      Set<String> names = admin.listTopics().names().get();
      assertTrue(names.containsAll(Topics.ALL), names.toString());
    }
  }

  @Test
  void aStaleBrokerJsonNamingAnUnrelatedProcessLeavesThatProcessAlone() throws Exception {
    Files.createDirectories(dir);
    Process bystander = new ProcessBuilder("sleep", "120").start();
    try {
      // as after a reboot, or in a copied data dir: the pid now belongs to someone else
      Files.writeString(dir.resolve("broker.json"), "{\"pid\":" + bystander.pid()
          + ",\"bootstrapServers\":\"127.0.0.1:1\",\"startedAt\":\"2026-01-01T00:00:00Z\"}");
      try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.startOrReuse(dir)) {
        assertTrue(broker.owner(), "a broker of its own was started");
        assertTrue(bystander.isAlive(), "the unrelated process was not killed");
        assertTrue(EmbeddedKafkaBroker.folderLocked(dir), "the broker holds its folder's lock");
        assertTrue(EmbeddedKafkaBroker.isBrokerOf(dir, ProcessHandle.of(broker.pid()).orElseThrow()),
            "the real broker is recognised as this folder's: "
                + ProcessHandle.of(broker.pid()).orElseThrow().info().commandLine().map(c -> c.substring(Math.max(0, c.length() - 300)) + " len " + c.length()).orElse("?") + " dir " + dir);
        assertFalse(EmbeddedKafkaBroker.isBrokerOf(dir, bystander.toHandle()));
      }
    } finally {
      bystander.destroyForcibly();
    }
  }
}
