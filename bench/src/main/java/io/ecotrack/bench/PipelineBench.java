package io.ecotrack.bench;

import io.ecotrack.app.pipeline.EcotrackConfig;
import io.ecotrack.app.pipeline.Pipeline;
import io.ecotrack.extract.ArticleEnricher;
import io.ecotrack.extract.resolve.AliasTable;
import io.ecotrack.index.OffsetCommittingIndexer;
import io.ecotrack.index.search.EcosystemSearch;
import io.ecotrack.index.store.EcosystemIndex;
import io.ecotrack.kafka.EmbeddedKafkaBroker;
import io.ecotrack.kafka.KafkaClients;
import io.ecotrack.kafka.TopicSetup;
import io.ecotrack.model.ArticleEnriched;
import io.ecotrack.model.ArticleFetched;
import io.ecotrack.model.EventCodec;
import io.ecotrack.model.Topics;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The whole pipeline on the embedded broker against what its parts do alone, measured in the same run:
 * (a) kafka-clients produce and consume of the same bytes, (b) the extractor alone in one thread, (c) the
 * index alone; then end to end, publish-to-searchable latency under an offered load, and scale-out of the
 * extract stage from one worker to two.
 */
@Command(name = "pipeline", mixinStandardHelpOptions = true,
    description = "End-to-end throughput and latency on the embedded broker, beside each stage alone.")
final class PipelineBench implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "DIR", description = "news folders (default: livedoor and BBC)")
  List<Path> dirs = List.of(BenchCommand.DATASETS.resolve("news").resolve("ja-livedoor"),
      BenchCommand.DATASETS.resolve("news").resolve("en-bbc"));

  @Option(names = "--articles", description = "articles through the pipeline (default 3000)") int count = 3000;
  @Option(names = "--rate", description = "offered load for the latency run, articles/s (default 50)") int rate = 50;
  @Option(names = "--seconds", description = "length of the latency run (default 20)") int seconds = 20;

  private PrintWriter out;

  @Override
  public Integer call() throws Exception {
    dirs.forEach(BenchCommand::requireDir);
    out = spec.commandLine().getOut();
    List<ArticleFetched> corpus = new ArrayList<>();
    for (Path d : dirs) {
      corpus.addAll(NewsCorpus.load(d, Integer.MAX_VALUE));
    }
    List<ArticleFetched> articles = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      articles.add(i < corpus.size() ? corpus.get(i) : NewsCorpus.copy(corpus.get(i % corpus.size()), i));
    }
    List<byte[]> events = articles.stream().map(EventCodec::encode).toList();
    double mb = events.stream().mapToLong(b -> b.length).sum() / 1e6;
    Path work = Files.createTempDirectory("ecotrack-pipeline-bench");
    try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.startOrReuse(work.resolve("kafka"))) {
      KafkaClients clients = new KafkaClients(broker.bootstrapServers());
      try (Admin admin = clients.admin()) {
        TopicSetup.ensureTopics(admin, 3, (short) 1);
        admin.createTopics(List.of(new NewTopic("bench.raw", 3, (short) 1))).all().get();
      }
      out.printf("%d articles, %.1f MB of events, embedded broker, %d cores%n%n", count, mb,
          Runtime.getRuntime().availableProcessors());
      out.printf("%-44s %10s %8s %10s%n", "stage", "articles/s", "MB/s", "peak heap");

      // (a) Kafka alone: produce, then consume, the same bytes
      Measure.resetPeakHeap();
      double produceMs = BenchCommand.timeMs(() -> produce(clients, "bench.raw", events));
      double consumeMs = BenchCommand.timeMs(() -> consumeAll(clients, "bench.raw", count));
      row("(a) kafka-clients produce", count, mb, produceMs, Measure.peakHeapMb());
      row("(a) kafka-clients consume", count, mb, consumeMs, Measure.peakHeapMb());

      // (b) the extractor alone, one thread
      ArticleEnricher enricher = ArticleEnricher.standard(new AliasTable());
      articles.stream().limit(200).forEach(enricher::enrich); // warm up
      List<ArticleEnriched> enriched = new ArrayList<>();
      Measure.resetPeakHeap();
      double extractMs = BenchCommand.timeMs(() -> articles.forEach(a -> enriched.add(enricher.enrich(a))));
      row("(b) extractor alone, one thread", count, mb, extractMs, Measure.peakHeapMb());

      // (c) the index alone, same analyzers
      Measure.resetPeakHeap();
      double indexMs = BenchCommand.timeMs(() -> {
        try (EcosystemIndex index = EcosystemIndex.open(work.resolve("index-alone"))) {
          for (ArticleEnriched a : enriched) {
            index.upsert(a);
          }
          index.commit(Map.of());
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });
      row("(c) Lucene index alone", count, mb, indexMs, Measure.peakHeapMb());

      // end to end: publish everything, run both workers, wait until the index has committed it all
      EcotrackConfig config = new EcotrackConfig(work.resolve("e2e"), broker.bootstrapServers(), 3, Duration.ofSeconds(1),
          Duration.ofSeconds(20));
      Measure.resetPeakHeap();
      double e2eMs;
      try (Pipeline pipeline = new Pipeline(config, clients)) {
        long t0 = System.nanoTime();
        pipeline.startExtractWorker();
        pipeline.startIndexWorker();
        produce(clients, Topics.ARTICLES, events);
        if (!pipeline.awaitCaughtUp(Duration.ofMinutes(30), () -> { })) {
          throw new IllegalStateException("the pipeline did not catch up: " + pipeline.workerFailure());
        }
        e2eMs = (System.nanoTime() - t0) / 1e6;
      }
      row("end to end (publish → searchable, committed)", count, mb, e2eMs, Measure.peakHeapMb());
      double slowest = Math.max(Math.max(produceMs + consumeMs, extractMs), indexMs);
      out.printf("%nend to end / slowest stage alone: %.2f%n", slowest / e2eMs);
      try (EcosystemSearch search = EcosystemSearch.open(config.indexDir())) {
        int indexed = search.stats().articles();
        out.printf("articles in the index: %d of %d distinct (%s)%n", indexed, count, indexed == count ? "none missing or doubled" : "MISMATCH");
      }

      latency(clients, work, articles);
      scaleOut(clients, work, events);
      crawlScaleOut(clients);
    } finally {
      BenchCommand.deleteTree(work);
    }
    return 0;
  }

  private void row(String stage, int n, double mb, double ms, double heapMb) {
    out.printf("%-44s %10.0f %8.2f %8.0f MB%n", stage, n / (ms / 1000), mb / (ms / 1000), heapMb);
  }

  /** Publishes at a fixed rate and measures, per article, the time until a search can find it. */
  private void latency(KafkaClients clients, Path work, List<ArticleFetched> corpus) throws Exception {
    int n = rate * seconds;
    Map<String, Long> sentAt = new ConcurrentHashMap<>();
    ConcurrentLinkedQueue<Double> latencies = new ConcurrentLinkedQueue<>();
    EcotrackConfig config = new EcotrackConfig(work.resolve("latency"), clients.bootstrapServers(), 3,
        Duration.ofSeconds(1), Duration.ofSeconds(20));
    try (Admin admin = clients.admin(); Pipeline pipeline = new Pipeline(config, clients)) {
      // the extract group of the end-to-end run has consumed everything so far: only new articles count
      pipeline.startExtractWorker();
      OffsetCommittingIndexer indexer = pipeline.startIndexWorker();
      // the new index starts from the beginning of the enriched topic: wait for it, then measure
      pipeline.awaitCaughtUp(Duration.ofMinutes(30), () -> { });
      indexer.onSearchable(ids -> {
        long now = System.nanoTime();
        for (String id : ids) {
          Long t = sentAt.remove(id);
          if (t != null) {
            latencies.add((now - t) / 1e6);
          }
        }
      });
      try (KafkaProducer<String, byte[]> producer = clients.producer("bench-latency")) {
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
          long due = start + (long) (i * 1e9 / rate);
          long wait = due - System.nanoTime();
          if (wait > 0) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
          }
          ArticleFetched a = NewsCorpus.copy(corpus.get(i % corpus.size()), 1_000_000 + i);
          sentAt.put(a.id(), System.nanoTime());
          producer.send(new ProducerRecord<>(Topics.ARTICLES, a.id(), EventCodec.encode(a)));
        }
      }
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (!sentAt.isEmpty() && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      double[] l = latencies.stream().mapToDouble(Double::doubleValue).toArray();
      out.printf("%npublish-to-searchable latency at %d articles/s offered for %d s: p50 %.0f ms, p99 %.0f ms (%d of %d measured)%n",
          rate, seconds, Measure.percentile(l, 50), Measure.percentile(l, 99), l.length, n);
    }
  }

  /** How long a scale-out worker may see no record before the run is reported as stalled. */
  private static final Duration STALL = Duration.ofSeconds(60);

  /** The extract stage with one worker, then two in one consumer group, over the same topic. */
  private void scaleOut(KafkaClients clients, Path work, List<byte[]> events) throws Exception {
    // 1, 2, then 1 worker again: the two single runs bracket the double one, so JIT warm-up cannot favour it
    int[] plan = {1, 2, 1};
    double[] rates = new double[plan.length];
    for (int run = 0; run < plan.length; run++) {
      int workers = plan[run];
      String topic = "bench.scale-" + run;
      try (Admin admin = clients.admin()) {
        admin.createTopics(List.of(new NewTopic(topic, 4, (short) 1))).all().get();
      }
      produce(clients, topic, events);
      List<Thread> threads = new ArrayList<>();
      java.util.concurrent.atomic.AtomicLong processed = new java.util.concurrent.atomic.AtomicLong();
      java.util.concurrent.atomic.AtomicLong startedAt = new java.util.concurrent.atomic.AtomicLong();
      java.util.concurrent.atomic.AtomicReference<String> stalled = new java.util.concurrent.atomic.AtomicReference<>();
      // the clock starts once every worker of the group has partitions: group joins are not extraction time
      java.util.concurrent.CyclicBarrier ready = new java.util.concurrent.CyclicBarrier(workers,
          () -> startedAt.set(System.nanoTime()));
      String group = "bench-scale-" + run;
      int share = 4 / workers; // partitions each worker holds once the group is complete
      for (int w = 0; w < workers; w++) {
        Thread t = new Thread(() -> {
          ArticleEnricher enricher = ArticleEnricher.standard(new AliasTable());
          try (KafkaConsumer<String, byte[]> c = clients.consumer(group, "bench-scale")) {
            c.subscribe(List.of(topic));
            while (c.assignment().isEmpty() || c.assignment().size() > share) {
              var warm = c.poll(Duration.ofMillis(100));
              for (var p : warm.partitions()) {
                c.seek(p, warm.records(p).get(0).offset()); // not yet: read again once the clock runs
              }
            }
            ready.await();
            long lastProgress = System.nanoTime();
            while (processed.get() < events.size()) {
              var records = c.poll(Duration.ofMillis(200));
              for (var r : records) {
                enricher.enrich(EventCodec.decodeFetched(r.value()));
                processed.incrementAndGet();
              }
              if (!records.isEmpty()) {
                lastProgress = System.nanoTime();
              } else if (System.nanoTime() - lastProgress > STALL.toNanos()) {
                stalled.set("no record for " + STALL.toSeconds() + " s at " + processed.get() + " of " + events.size()
                    + " articles (position " + c.assignment().stream().map(p -> p + "=" + c.position(p)).toList() + ")");
                return; // a benchmark reports a stall, it does not hang
              }
              c.commitSync();
            }
          } catch (InterruptedException | java.util.concurrent.BrokenBarrierException e) {
            Thread.currentThread().interrupt();
          }
        });
        t.start();
        threads.add(t);
      }
      for (Thread t : threads) {
        t.join();
      }
      if (stalled.get() != null) {
        throw new IllegalStateException("extract scale-out run " + run + " stalled: " + stalled.get());
      }
      rates[run] = events.size() / ((System.nanoTime() - startedAt.get()) / 1e9);
    }
    double single = (rates[0] + rates[2]) / 2;
    out.printf("extract scale-out: 1 worker %.0f articles/s (mean of the runs before and after), 2 workers in one group"
        + " %.0f articles/s, ratio %.2f%n", single, rates[1], rates[1] / single);
  }

  /**
   * Crawling two sites (two loopback hosts, 127.0.0.1 and 127.0.0.2, each with a 200 ms politeness delay) in
   * one crawl job, then split into two jobs, one per host: politeness bounds one job, so splitting by host scales.
   */
  private void crawlScaleOut(KafkaClients clients) throws Exception {
    int pages = 20;
    List<com.sun.net.httpserver.HttpServer> servers = new ArrayList<>();
    List<io.ecotrack.ingest.source.Source> sources = new ArrayList<>();
    try {
      for (String host : List.of("127.0.0.1", "127.0.0.2")) {
        com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer.create(
            new java.net.InetSocketAddress(java.net.InetAddress.getByName(host), 0), 0);
        String base = "http://" + host + ":" + server.getAddress().getPort();
        server.createContext("/", ex -> {
          String path = ex.getRequestURI().getPath();
          byte[] body = (path.equals("/robots.txt") ? "User-agent: *\nAllow: /\n"
              : "<html><body><article><p>Page " + path + " on " + host + ", a story long enough to be an article body, "
                  + "with commas, clauses and detail.</p></article></body></html>").getBytes(java.nio.charset.StandardCharsets.UTF_8);
          ex.sendResponseHeaders(200, body.length);
          try (var o = ex.getResponseBody()) {
            o.write(body);
          }
        });
        server.start();
        servers.add(server);
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < pages; i++) {
          urls.add(base + "/p" + i + ".html");
        }
        sources.add(new io.ecotrack.ingest.source.Source("site-" + host, io.ecotrack.ingest.source.SourceType.URL, urls, "en",
            null, pages, Duration.ofMillis(200), null, true));
      }
      double oneJob = BenchCommand.timeMs(() -> crawl(clients, sources));
      double twoJobs = BenchCommand.timeMs(() -> {
        List<Thread> jobs = sources.stream().map(s -> new Thread(() -> crawl(clients, List.of(s)))).toList();
        jobs.forEach(Thread::start);
        for (Thread t : jobs) {
          try {
            t.join();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        }
      });
      out.printf("crawl scale-out (2 hosts x %d pages, 200 ms politeness): 1 job %.1f s, 2 jobs split by host %.1f s, ratio %.2f%n",
          pages, oneJob / 1000, twoJobs / 1000, oneJob / twoJobs);
    } finally {
      servers.forEach(s -> s.stop(0));
    }
  }

  private static void crawl(KafkaClients clients, List<io.ecotrack.ingest.source.Source> sources) {
    try (KafkaProducer<String, byte[]> producer = clients.producer("bench-crawl")) {
      new io.ecotrack.ingest.Crawler(new io.ecotrack.ingest.fetch.PageFetcher(io.ecotrack.ingest.fetch.FetchSettings.defaults()),
          new io.ecotrack.ingest.article.ArticleExtractor(), new io.ecotrack.ingest.state.CrawlState(null),
          new io.ecotrack.ingest.ArticlePublisher(producer), java.time.Clock.systemUTC())
          .crawl(sources, io.ecotrack.ingest.Crawler.Limits.defaults(), (u, id, o, d) -> { });
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void produce(KafkaClients clients, String topic, List<byte[]> events) {
    try (KafkaProducer<String, byte[]> producer = clients.producer("bench")) {
      for (byte[] e : events) {
        producer.send(new ProducerRecord<>(topic, Integer.toHexString(java.util.Arrays.hashCode(e)), e));
      }
      producer.flush();
    }
  }

  private static void consumeAll(KafkaClients clients, String topic, int expected) {
    try (KafkaConsumer<String, byte[]> c = clients.consumer("bench-raw-" + System.nanoTime(), "bench")) {
      c.subscribe(List.of(topic));
      int n = 0;
      while (n < expected) {
        n += c.poll(Duration.ofMillis(200)).count();
      }
    }
  }
}
