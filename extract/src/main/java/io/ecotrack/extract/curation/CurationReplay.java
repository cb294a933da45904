package io.ecotrack.extract.curation;

import io.ecotrack.extract.ArticleEnricher;
import io.ecotrack.extract.resolve.EntityResolver;
import io.ecotrack.kafka.KafkaClients;
import io.ecotrack.model.ArticleEnriched;
import io.ecotrack.model.ArticleFetched;
import io.ecotrack.model.EventCodec;
import io.ecotrack.model.MalformedEventException;
import io.ecotrack.model.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies a correction to the past: reads {@link Topics#ARTICLES} (the source of truth) from its start to its end, takes
 * the latest version of each article whose text or title holds one of the names the correction is about, extracts it
 * again with the corrections in force, and publishes the result to {@link Topics#ENRICHED} under its id, where the
 * index replaces the article's old version with it (and {@code reindex} reads the newer after the older).
 *
 * <p>It reads the whole articles log once per correction: corrections are rare, and a log of some hundred thousand
 * articles reads in seconds. An article it cannot read or extract is left as it was and counted, not published.
 */
public final class CurationReplay {
  private static final Logger log = LoggerFactory.getLogger(CurationReplay.class);

  /** What a replay did. */
  public record Outcome(int scanned, int replayed, int failed) {}

  private final KafkaClients clients;
  private final Producer<String, byte[]> producer;
  private final ArticleEnricher enricher;

  public CurationReplay(KafkaClients clients, Producer<String, byte[]> producer, ArticleEnricher enricher) {
    this.clients = clients;
    this.producer = producer;
    this.enricher = enricher;
  }

  /** Extracts again every article that names one of {@code names}; returns once the broker has taken every output. */
  public Outcome replay(Set<String> names, Duration timeout) throws InterruptedException {
    List<String> keys = names.stream().map(EntityResolver::normalize).filter(k -> !k.isEmpty()).toList();
    Map<String, ArticleFetched> latest = new LinkedHashMap<>();
    int scanned = 0;
    int failed = 0;
    try (KafkaConsumer<String, byte[]> consumer = clients.consumer(null, "ecotrack-curation-replay")) {
      List<TopicPartition> partitions = consumer.partitionsFor(Topics.ARTICLES, timeout).stream()
          .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = new HashMap<>(consumer.endOffsets(partitions, timeout));
      long deadline = System.nanoTime() + timeout.toNanos();
      while (end.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("reading " + Topics.ARTICLES + " took longer than " + timeout.toSeconds() + " s");
        }
        for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
          scanned++;
          try {
            ArticleFetched a = EventCodec.decodeFetched(r.value());
            latest.remove(a.id()); // a later version of an article replaces the earlier, holding the name or not
            if (names(a, keys)) {
              latest.put(a.id(), a);
            }
          } catch (MalformedEventException e) {
            // the extract worker dead-lettered it when it came; it holds nothing to correct
          }
        }
      }
    }
    List<Future<RecordMetadata>> sent = new ArrayList<>();
    for (ArticleFetched a : latest.values()) {
      try {
        ArticleEnriched enriched = enricher.enrich(a);
        sent.add(producer.send(new ProducerRecord<>(Topics.ENRICHED, a.id(), EventCodec.encode(enriched))));
        log.info("re-extracted id={} entities={} relations={}", a.id(), enriched.entities().size(), enriched.relations().size());
      } catch (RuntimeException e) {
        failed++;
        log.warn("cannot re-extract id={}: {}", a.id(), e.toString());
      }
    }
    producer.flush();
    for (Future<RecordMetadata> f : sent) {
      try {
        f.get();
      } catch (ExecutionException e) {
        throw new IllegalStateException("cannot write a re-extracted article to " + Topics.ENRICHED + ": "
            + e.getCause().getMessage(), e.getCause());
      }
    }
    return new Outcome(scanned, sent.size(), failed);
  }

  private static boolean names(ArticleFetched a, List<String> keys) {
    String text = EntityResolver.normalize(a.title() + "\n" + a.text());
    for (String k : keys) {
      if (text.contains(k)) {
        return true;
      }
    }
    return false;
  }
}
