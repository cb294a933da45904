package io.ecotrack.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ecotrack.extract.resolve.KafkaAliasTable;
import io.ecotrack.kafka.DeadLetterPublisher;
import io.ecotrack.kafka.KafkaClients;
import io.ecotrack.kafka.KafkaTestBroker;
import io.ecotrack.kafka.TopicContents;
import io.ecotrack.model.ArticleEnriched;
import io.ecotrack.model.ArticleFetched;
import io.ecotrack.model.EventCodec;
import io.ecotrack.model.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The extract worker on a real broker: poison records go to the dead-letter topic, the rest is enriched. */
@Timeout(120)
class ExtractWorkerIT {
  final KafkaClients clients = KafkaTestBroker.clients();

  static ArticleFetched article(String id, String text) {
    return new ArticleFetched(1, id, "https://example.org/" + id, null, "test", "", text, "ja", null,
        OffsetDateTime.parse("2026-01-01T00:00:00Z"), List.of(), null);
  }

  @Test
  void deadLettersPoisonRecordsWithTheirReasonAndCarriesOn() throws Exception {
    String good = EventCodec.encodeToString(article("good-1", "メドトロニック(Medtronic)はミネアポリスに本社を置く。"));
    Map<String, byte[]> poison = new HashMap<>();
    poison.put("not-json", "hello".getBytes(StandardCharsets.UTF_8));
    poison.put("schema-2", good.replace("\"schema\":1", "\"schema\":2").getBytes(StandardCharsets.UTF_8));
    poison.put("invalid-utf8", new byte[] {'{', (byte) 0xC3, (byte) 0x28, '}'});
    poison.put("missing-id", good.replace("\"id\":\"good-1\",", "").getBytes(StandardCharsets.UTF_8));
    poison.put("ten-mb", EventCodec.encode(article("ten-mb", "a ".repeat(5 * 1024 * 1024))));
    try (KafkaProducer<String, byte[]> producer = clients.producer("it")) {
      for (Map.Entry<String, byte[]> p : poison.entrySet()) {
        producer.send(new ProducerRecord<>(Topics.ARTICLES, p.getKey(), p.getValue())).get();
      }
      producer.send(new ProducerRecord<>(Topics.ARTICLES, "good-1", good.getBytes(StandardCharsets.UTF_8))).get();
    }

    ExtractWorker worker;
    try (KafkaProducer<String, byte[]> producer = clients.producer("extract-it");
         KafkaAliasTable aliases = new KafkaAliasTable(clients, producer, Duration.ofSeconds(30))) {
      worker = new ExtractWorker(clients.consumer(ExtractWorker.GROUP, "extract-it"), producer, ArticleEnricher.standard(aliases));
      Thread t = new Thread(worker);
      t.start();
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (worker.processed() + worker.deadLettered() < 6 && System.nanoTime() < deadline) {
        Thread.sleep(100);
      }
      worker.stop();
      t.join();
    }
    assertEquals(1, worker.processed());
    assertEquals(5, worker.deadLettered());

    Map<String, String> reasons = new HashMap<>();
    for (ConsumerRecord<String, byte[]> r : TopicContents.readAll(clients, Topics.DLQ)) {
      reasons.put(r.key(), new String(r.headers().lastHeader(DeadLetterPublisher.REASON).value(), StandardCharsets.UTF_8));
      assertEquals("extract", new String(r.headers().lastHeader(DeadLetterPublisher.STAGE).value(), StandardCharsets.UTF_8));
      assertEquals(poison.get(r.key()).length, r.value().length, "the original bytes, untouched");
    }
    assertTrue(reasons.get("not-json").startsWith("not JSON"), reasons.toString());
    assertEquals("unsupported schema version 2 (expected 1)", reasons.get("schema-2"));
    assertEquals("not valid UTF-8", reasons.get("invalid-utf8"));
    assertEquals("missing required field 'id'", reasons.get("missing-id"));
    assertEquals("text too large to extract: 10485760 characters (limit 2000000)", reasons.get("ten-mb"));

    List<ConsumerRecord<String, byte[]>> enriched = TopicContents.readAll(clients, Topics.ENRICHED);
    assertEquals(1, enriched.size());
    ArticleEnriched e = EventCodec.decodeEnriched(enriched.get(0).value());
    assertTrue(e.entities().stream().anyMatch(x -> x.id().equals("org:medtronic")), e.entities().toString());
  }

  @Test
  void anAliasLearnedByOneExtractorReachesAnotherAndSurvivesARestart() throws Exception {
    try (KafkaProducer<String, byte[]> producer = clients.producer("alias-it");
         KafkaAliasTable first = new KafkaAliasTable(clients, producer, Duration.ofSeconds(30));
         KafkaAliasTable running = new KafkaAliasTable(clients, producer, Duration.ofSeconds(30))) {
      ArticleEnricher.standard(first).enrich(article("g1", "プロメガ(Promega)はマディソンに本社を置く。"));
      producer.flush();
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (running.idFor("プロメガ").isEmpty() && System.nanoTime() < deadline) {
        Thread.sleep(100);
      }
      assertEquals("org:promega", running.idFor("プロメガ").orElse(null), "a running instance follows the topic");
    }
    try (KafkaProducer<String, byte[]> producer = clients.producer("alias-it-2");
         KafkaAliasTable restarted = new KafkaAliasTable(clients, producer, Duration.ofSeconds(30))) {
      ArticleEnriched later = ArticleEnricher.standard(restarted).enrich(article("g2", "プロメガは新工場を建設した。"));
      assertTrue(later.entities().stream().anyMatch(x -> x.id().equals("org:promega")), later.entities().toString());
    }
  }

}
