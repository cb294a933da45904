package io.ecotrack.extract;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import org.awaitility.Awaitility;
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
      await().atMost(Duration.ofSeconds(60)).until(() -> worker.processed() + worker.deadLettered() >= 5);
      worker.stop();
      t.join();
    }
    assertEquals(1, worker.processed());
    assertEquals(4, worker.deadLettered());

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

    List<ConsumerRecord<String, byte[]>> enriched = TopicContents.readAll(clients, Topics.ENRICHED).stream()
        .filter(r -> r.key().equals("good-1")).toList();
    assertEquals(1, enriched.size());
    ArticleEnriched e = EventCodec.decodeEnriched(enriched.get(0).value());
    assertTrue(e.entities().stream().anyMatch(x -> x.id().equals("org:medtronic")), e.entities().toString());
  }

  /** Sets {@code group}'s offsets to the end of the articles topic, so it reads only the records that follow. */
  private void startGroupAtEnd(String group) throws Exception {
    try (org.apache.kafka.clients.admin.Admin admin = clients.admin()) {
      var partitions = admin.describeTopics(List.of(Topics.ARTICLES)).allTopicNames().get().get(Topics.ARTICLES).partitions();
      Map<org.apache.kafka.common.TopicPartition, org.apache.kafka.clients.admin.OffsetSpec> latest = new HashMap<>();
      partitions.forEach(p -> latest.put(new org.apache.kafka.common.TopicPartition(Topics.ARTICLES, p.partition()),
          org.apache.kafka.clients.admin.OffsetSpec.latest()));
      Map<org.apache.kafka.common.TopicPartition, org.apache.kafka.clients.consumer.OffsetAndMetadata> end = new HashMap<>();
      admin.listOffsets(latest).all().get().forEach((p, info) ->
          end.put(p, new org.apache.kafka.clients.consumer.OffsetAndMetadata(info.offset())));
      admin.alterConsumerGroupOffsets(group, end).all().get();
    }
  }

  /** Runs a worker with {@code enricher} until {@code done} holds, then stops it. */
  private ExtractWorker runUntil(String group, ArticleEnricher enricher, java.util.function.Predicate<ExtractWorker> done)
      throws InterruptedException {
    ExtractWorker worker;
    try (KafkaProducer<String, byte[]> producer = clients.producer(group)) {
      worker = new ExtractWorker(clients.consumer(group, group), producer, enricher);
      Thread t = new Thread(worker);
      t.start();
      try {
        ExtractWorker w = worker;
        Awaitility.await().atMost(Duration.ofSeconds(90)).until(() -> done.test(w));
      } finally {
        worker.stop();
        t.join();
      }
    }
    return worker;
  }

  private static Map<String, String> deadLetterReasons(KafkaClients clients) {
    Map<String, String> reasons = new HashMap<>();
    for (ConsumerRecord<String, byte[]> r : TopicContents.readAll(clients, Topics.DLQ)) {
      reasons.put(r.key(), new String(r.headers().lastHeader(DeadLetterPublisher.REASON).value(), StandardCharsets.UTF_8));
    }
    return reasons;
  }

  private static ArticleEnriched enrichedOf(KafkaClients clients, String key) {
    return TopicContents.readAll(clients, Topics.ENRICHED).stream().filter(r -> r.key().equals(key))
        .map(r -> EventCodec.decodeEnriched(r.value())).findFirst().orElse(null);
  }

  @Test
  void aPageOfRandomCharactersIsExtractedWithinBoundsAndTheNextArticleStillIs() throws Exception {
    java.util.Random random = new java.util.Random(42);
    StringBuilder junk = new StringBuilder();
    while (junk.length() < 200_000) {
      junk.append((char) (random.nextBoolean() ? random.nextInt(0x80) : 0x80 + random.nextInt(0xD000)));
    }
    startGroupAtEnd("junk-it");
    try (KafkaProducer<String, byte[]> producer = clients.producer("junk-it")) {
      producer.send(new ProducerRecord<>(Topics.ARTICLES, "junk-1", EventCodec.encode(article("junk-1", junk.toString())))).get();
      producer.send(new ProducerRecord<>(Topics.ARTICLES, "after-junk", EventCodec.encode(article("after-junk",
          "プロメガはマディソンに本社を置く。")))).get();
    }
    runUntil("junk-it", ArticleEnricher.standard(new io.ecotrack.extract.resolve.AliasTable()),
        w -> enrichedOf(clients, "after-junk") != null);
    byte[] junkEvent = TopicContents.readAll(clients, Topics.ENRICHED).stream().filter(r -> r.key().equals("junk-1"))
        .findFirst().orElseThrow().value();
    byte[] junkArticle = EventCodec.encode(article("junk-1", junk.toString()));
    // the text itself, and entities and relations that grow with it, not with its square
    assertTrue(junkEvent.length < 5L * junkArticle.length, junkEvent.length + " bytes of output for " + junkArticle.length);
    for (var r : EventCodec.decodeEnriched(junkEvent).relations()) {
      assertTrue(r.evidence().text().length() <= ExtractionLimits.defaults().maxEvidenceChars());
    }
  }

  @Test
  void anErrorWhileExtractingOneRecordDeadLettersItAndTheWorkerGoesOn() throws Exception {
    io.ecotrack.extract.ner.EntityTagger exhausting = text -> {
      if (text.contains("EXHAUST")) {
        throw new OutOfMemoryError("Java heap space");
      }
      return List.of();
    };
    ArticleEnricher enricher = new ArticleEnricher(new io.ecotrack.extract.resolve.AliasTable(), exhausting, exhausting,
        new io.ecotrack.extract.resolve.EntityResolver(new io.ecotrack.extract.resolve.AliasTable()),
        new io.ecotrack.extract.relation.TriggerRelationExtractor());
    startGroupAtEnd("error-it");
    try (KafkaProducer<String, byte[]> producer = clients.producer("error-it")) {
      producer.send(new ProducerRecord<>(Topics.ARTICLES, "oom-1", EventCodec.encode(article("oom-1", "EXHAUST this")))).get();
      producer.send(new ProducerRecord<>(Topics.ARTICLES, "after-oom", EventCodec.encode(article("after-oom", "平穏な記事。")))).get();
    }
    ExtractWorker worker = runUntil("error-it", enricher, w -> enrichedOf(clients, "after-oom") != null);
    assertEquals("extraction failed: java.lang.OutOfMemoryError: Java heap space", deadLetterReasons(clients).get("oom-1"));
    assertTrue(worker.deadLettered() >= 1);
  }

  @Test
  void anEnrichedEventTooLargeToWriteIsDeadLetteredWithItsReasonAndNothingIsLost() throws Exception {
    // an article just under the producer's limit, which extraction makes larger than the limit
    int limit = io.ecotrack.kafka.TopicSetup.MAX_RECORD_BYTES + 1024 * 1024;
    String text = "x".repeat(limit - 20_000);
    io.ecotrack.extract.ner.EntityTagger everyWord = t -> {
      List<io.ecotrack.extract.ner.EntitySpan> spans = new java.util.ArrayList<>();
      for (int i = 0; i + 8 <= Math.min(t.length(), 8 * 4000); i += 8) {
        spans.add(new io.ecotrack.extract.ner.EntitySpan(i, i + 8, t.substring(i, i + 8),
            io.ecotrack.model.EntityType.ORGANIZATION, null, null, 0.9));
      }
      return spans;
    };
    ArticleEnricher enricher = new ArticleEnricher(new io.ecotrack.extract.resolve.AliasTable(), everyWord, everyWord,
        new io.ecotrack.extract.resolve.EntityResolver(new io.ecotrack.extract.resolve.AliasTable()),
        (t, l, e) -> List.of(), new ExtractionLimits(text.length(), 1000, 4000, 1000, 1000, Duration.ofMinutes(5)),
        io.ecotrack.extract.curation.Curation.none());
    startGroupAtEnd("large-it");
    try (KafkaProducer<String, byte[]> producer = clients.producer("large-it")) {
      producer.send(new ProducerRecord<>(Topics.ARTICLES, "large-1", EventCodec.encode(article("large-1", text)))).get();
      producer.send(new ProducerRecord<>(Topics.ARTICLES, "after-large", EventCodec.encode(article("after-large", "短い記事。"))))
          .get();
    }
    runUntil("large-it", enricher, w -> enrichedOf(clients, "after-large") != null);
    String reason = deadLetterReasons(clients).get("large-1");
    assertTrue(reason != null && reason.startsWith("cannot write the enriched event to ecotrack.enriched"), reason);
    assertNull(enrichedOf(clients, "large-1"));
  }

  @Test
  void anAliasLearnedByOneExtractorReachesAnotherAndSurvivesARestart() throws Exception {
    try (KafkaProducer<String, byte[]> producer = clients.producer("alias-it");
         KafkaAliasTable first = new KafkaAliasTable(clients, producer, Duration.ofSeconds(30));
         KafkaAliasTable running = new KafkaAliasTable(clients, producer, Duration.ofSeconds(30))) {
      ArticleEnricher.standard(first).enrich(article("g1", "プロメガ(Promega)はマディソンに本社を置く。"));
      producer.flush();
      await().atMost(Duration.ofSeconds(30)).until(() -> running.idFor("プロメガ").isPresent());
      assertEquals("org:promega", running.idFor("プロメガ").orElse(null), "a running instance follows the topic");
    }
    try (KafkaProducer<String, byte[]> producer = clients.producer("alias-it-2");
         KafkaAliasTable restarted = new KafkaAliasTable(clients, producer, Duration.ofSeconds(30))) {
      ArticleEnriched later = ArticleEnricher.standard(restarted).enrich(article("g2", "プロメガは新工場を建設した。"));
      assertTrue(later.entities().stream().anyMatch(x -> x.id().equals("org:promega")), later.entities().toString());
    }
  }

}
