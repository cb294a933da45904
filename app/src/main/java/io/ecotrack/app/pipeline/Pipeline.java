package io.ecotrack.app.pipeline;

import io.ecotrack.extract.ArticleEnricher;
import io.ecotrack.extract.ExtractWorker;
import io.ecotrack.extract.curation.KafkaCuration;
import io.ecotrack.extract.resolve.KafkaAliasTable;
import io.ecotrack.index.OffsetCommittingIndexer;
import io.ecotrack.index.store.EcosystemIndex;
import io.ecotrack.ingest.ArticlePublisher;
import io.ecotrack.ingest.CrawlReport;
import io.ecotrack.ingest.Crawler;
import io.ecotrack.ingest.article.ArticleExtractor;
import io.ecotrack.ingest.fetch.FetchSettings;
import io.ecotrack.ingest.fetch.PageFetcher;
import io.ecotrack.ingest.source.Source;
import io.ecotrack.ingest.state.CrawlState;
import io.ecotrack.kafka.DeadLetterPublisher;
import io.ecotrack.kafka.KafkaClients;
import io.ecotrack.model.Topics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wires the stages to Kafka and the index: crawl runs, extract and index workers on their own threads,
 * and the wait until the index has caught up with the topics. Each stage can run alone or all together.
 */
public final class Pipeline implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(Pipeline.class);

  private final EcotrackConfig config;
  private final KafkaClients clients;
  private final List<Thread> threads = new ArrayList<>();
  private final List<Runnable> stoppers = new ArrayList<>();
  private final List<AutoCloseable> resources = new ArrayList<>();
  private ExtractWorker extractWorker;
  private OffsetCommittingIndexer indexer;
  private EcosystemIndex index;
  private volatile Throwable workerFailure;
  private volatile Crawler crawler; // the crawl in progress, if any

  public Pipeline(EcotrackConfig config, KafkaClients clients) {
    this.config = config;
    this.clients = clients;
  }

  /** Runs one crawl over {@code sources}, publishing to the articles topic. */
  public CrawlReport crawlOnce(List<Source> sources, Crawler.Listener listener, Crawler.Limits limits) throws InterruptedException {
    try (KafkaProducer<String, byte[]> producer = clients.producer("ecotrack-crawl")) {
      CrawlState state = CrawlState.load(clients, producer, Duration.ofSeconds(30));
      crawler = new Crawler(new PageFetcher(FetchSettings.defaults()), new ArticleExtractor(), state,
          new ArticlePublisher(producer), Clock.systemUTC());
      try {
        return crawler.crawl(sources, limits, listener);
      } finally {
        crawler = null;
      }
    }
  }

  /**
   * Crawls {@code sources} now and then every {@code interval} until a stop is requested; runs never
   * overlap. Fails when a worker of this pipeline has died.
   */
  public void crawlEvery(List<Source> sources, Duration interval, Crawler.Listener listener,
      java.util.function.Consumer<CrawlReport> onReport, ShutdownSignal signal) throws InterruptedException {
    Map<String, java.time.Instant> lastRun = new HashMap<>();
    do {
      java.time.Instant now = java.time.Instant.now();
      // a source with its own schedule ("every: 6h") runs only when that much time has passed
      List<Source> due = sources.stream().filter(s -> s.every() == null || !lastRun.containsKey(s.name())
          || !now.isBefore(lastRun.get(s.name()).plus(s.every()))).toList();
      if (!due.isEmpty()) {
        due.forEach(s -> lastRun.put(s.name(), now));
        onReport.accept(crawlOnce(due, listener, Crawler.Limits.defaults()));
      }
      if (workerFailure != null) {
        throw new IllegalStateException("a worker failed: " + workerFailure);
      }
    } while (!signal.awaitRequest(interval));
  }

  /** Asks the crawl in progress to end after its page in flight, and the workers after their batch. */
  public void requestStop() {
    Crawler c = crawler;
    if (c != null) {
      c.stop();
    }
    stoppers.forEach(Runnable::run);
  }

  /** Starts an extract worker on its own thread. */
  public ExtractWorker startExtractWorker() {
    KafkaProducer<String, byte[]> producer = clients.producer("ecotrack-extract");
    resources.add(producer);
    KafkaAliasTable aliases = new KafkaAliasTable(clients, producer, Duration.ofSeconds(30));
    resources.add(0, aliases); // closed before the producer it writes with
    KafkaCuration curation = new KafkaCuration(clients, Duration.ofSeconds(30), true);
    resources.add(0, curation);
    WorkerSlot slot = WorkerSlot.claim(config.dataDir(), "extract");
    resources.add(slot); // released after the worker has left its group
    extractWorker = new ExtractWorker(clients.consumer(ExtractWorker.GROUP, "ecotrack-extract", slot.instanceId()), producer,
        ArticleEnricher.standard(aliases, curation));
    start("extract-worker", extractWorker, extractWorker::stop);
    return extractWorker;
  }

  /** Starts the index worker on its own thread (one per index: it holds the index's write lock). */
  public OffsetCommittingIndexer startIndexWorker() {
    return startIndexWorker(config.indexDir());
  }

  /** Starts an index worker that builds the index in {@code dir} (reindex builds beside the live index). */
  public OffsetCommittingIndexer startIndexWorker(java.nio.file.Path dir) {
    index = EcosystemIndex.open(dir);
    KafkaProducer<String, byte[]> producer = clients.producer("ecotrack-index");
    resources.add(producer);
    indexer = new OffsetCommittingIndexer(clients.consumer(OffsetCommittingIndexer.GROUP, "ecotrack-index"), index,
        new DeadLetterPublisher(producer, "index"), config.commitInterval());
    start("index-worker", indexer, indexer::stop);
    return indexer;
  }

  private void start(String name, Runnable worker, Runnable stopper) {
    Thread t = new Thread(() -> {
      try {
        worker.run();
      } catch (Throwable e) {
        workerFailure = e;
        log.error("{} stopped: {}", name, e.toString());
      }
    }, name);
    t.start();
    threads.add(t);
    stoppers.add(stopper);
  }

  /** A worker that died, if any (the caller decides whether to stop). */
  public Throwable workerFailure() {
    return workerFailure;
  }

  /**
   * Blocks until the extract group has consumed every article and the index has committed every
   * enriched record, or until {@code timeout}. Returns true when caught up.
   */
  public boolean awaitCaughtUp(Duration timeout, Runnable onWait) throws InterruptedException {
    return await(timeout, onWait, true);
  }

  /** Like {@link #awaitCaughtUp} for the index alone (reindex runs no extractor). */
  public boolean awaitIndexed(Duration timeout) throws InterruptedException {
    return await(timeout, () -> { }, false);
  }

  private boolean await(Duration timeout, Runnable onWait, boolean extractToo) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    try (Admin admin = clients.admin()) {
      while (System.nanoTime() < deadline) {
        if (workerFailure != null) {
          return false;
        }
        if ((!extractToo || extractLag(admin) == 0) && indexLag(admin) == 0) {
          return true;
        }
        onWait.run();
        Thread.sleep(250);
      }
    }
    return false;
  }

  /** Articles published but not yet enriched. */
  public long extractLag(Admin admin) {
    Map<TopicPartition, Long> end = endOffsets(admin, Topics.ARTICLES);
    Map<TopicPartition, Long> done = new HashMap<>();
    try {
      Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(ExtractWorker.GROUP)
          .partitionsToOffsetAndMetadata().get();
      committed.forEach((p, o) -> {
        if (o != null) {
          done.put(p, o.offset());
        }
      });
    } catch (ExecutionException e) {
      return Long.MAX_VALUE;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Long.MAX_VALUE;
    }
    return lag(end, done);
  }

  /** Enriched records not yet in a Lucene commit. */
  public long indexLag(Admin admin) {
    Map<TopicPartition, Long> end = endOffsets(admin, Topics.ENRICHED);
    Map<TopicPartition, Long> done = index != null ? index.committedOffsets() : EcosystemIndex.committedOffsets(config.indexDir());
    return lag(end, done);
  }

  private static long lag(Map<TopicPartition, Long> end, Map<TopicPartition, Long> done) {
    long lag = 0;
    for (Map.Entry<TopicPartition, Long> e : end.entrySet()) {
      lag += Math.max(0, e.getValue() - done.getOrDefault(e.getKey(), 0L));
    }
    return lag;
  }

  public static Map<TopicPartition, Long> endOffsets(Admin admin, String topic) {
    try {
      var description = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic);
      Map<TopicPartition, OffsetSpec> request = new HashMap<>();
      description.partitions().forEach(p -> request.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
      Map<TopicPartition, Long> end = new HashMap<>();
      admin.listOffsets(request).all().get().forEach((p, info) -> end.put(p, info.offset()));
      return end;
    } catch (ExecutionException e) {
      throw new IllegalStateException("cannot read the end offsets of " + topic + ": " + e.getCause().getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /** Blocks until every worker has ended (after {@link #close()} from another thread, or a failure). */
  public void join() throws InterruptedException {
    for (Thread t : threads) {
      t.join();
    }
  }

  /** Stops the workers (each finishes its batch; the indexer commits) and releases what they held. */
  @Override
  public void close() {
    requestStop();
    for (Thread t : threads) {
      try {
        t.join(30_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    for (AutoCloseable r : resources) {
      try {
        r.close();
      } catch (Exception e) {
        log.debug("closing {}", r, e);
      }
    }
    if (index != null) {
      try {
        index.close();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot close the index at " + config.indexDir(), e);
      }
    }
  }
}
