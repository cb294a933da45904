package io.ecotrack.app;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ecotrack.app.pipeline.EcotrackConfig;
import io.ecotrack.app.pipeline.Pipeline;
import io.ecotrack.ingest.ArticlePublisher;
import io.ecotrack.kafka.EmbeddedKafkaBroker;
import io.ecotrack.kafka.KafkaClients;
import io.ecotrack.kafka.KafkaTestBroker;
import io.ecotrack.kafka.TopicContents;
import io.ecotrack.kafka.TopicSetup;
import io.ecotrack.model.ArticleFetched;
import io.ecotrack.model.Topics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The broker stops and comes back while articles are published and extracted: nothing is lost. */
@Timeout(240)
class BrokerRestartIT {
  @Test
  void aBrokerRestartMidStreamLosesNoArticle() throws Exception {
    Path dir = Files.createTempDirectory("ecotrack-restart-it");
    EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.startOrReuse(dir.resolve("kafka"));
    String address = broker.bootstrapServers();
    KafkaClients clients = new KafkaClients(address);
    try (Admin admin = clients.admin()) {
      TopicSetup.ensureTopics(admin, 2, (short) 1);
    }
    int total = 300;
    try (Pipeline pipeline = new Pipeline(EcotrackConfig.of(dir.resolve("data"), address), clients);
         KafkaProducer<String, byte[]> producer = clients.producer("restart-it")) {
      pipeline.startExtractWorker();
      ArticlePublisher publisher = new ArticlePublisher(producer);
      for (int i = 0; i < total; i++) {
        String id = "restart-" + i;
        publisher.publish(new ArticleFetched(1, id, "https://example.org/" + id, null, "test", "t",
            "メイヨー・クリニックはロチェスターに本社を置く。" + i, "ja", null, OffsetDateTime.parse("2026-01-01T00:00:00Z"),
            List.of(), null));
        if (i == 100) {
          publisher.flush();
          broker.close(); // the broker goes away mid-stream …
          Thread.sleep(2000); // an outage of two seconds, not a wait for something: the clients retry through it
          broker = EmbeddedKafkaBroker.startOrReuse(dir.resolve("kafka")); // … and comes back on the same log
          assertEquals(address, broker.bootstrapServers(), "it comes back where the clients look for it");
        }
      }
      publisher.flush();
      await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
          .until(() -> TopicContents.keys(clients, Topics.ENRICHED).size() >= total);
      assertEquals(total, TopicContents.keys(clients, Topics.ARTICLES).size(), "every article published");
      assertEquals(total, TopicContents.keys(clients, Topics.ENRICHED).size(), "every article enriched");
    } finally {
      broker.close();
      KafkaTestBroker.deleteTree(dir);
    }
  }

}
