package io.ecotrack.app.cli;

import io.ecotrack.app.pipeline.BrokerWatch;
import io.ecotrack.app.pipeline.EcotrackConfig;
import io.ecotrack.app.pipeline.KafkaConnection;
import io.ecotrack.app.pipeline.Pipeline;
import io.ecotrack.app.pipeline.SampleSite;
import io.ecotrack.app.pipeline.ShutdownSignal;
import io.ecotrack.index.OffsetCommittingIndexer;
import io.ecotrack.index.search.EcosystemSearch;
import io.ecotrack.index.search.Filters;
import io.ecotrack.index.store.EcosystemIndex;
import io.ecotrack.index.store.IndexFolders;
import io.ecotrack.ingest.CrawlReport;
import io.ecotrack.ingest.Crawler;
import io.ecotrack.ingest.source.Durations;
import io.ecotrack.ingest.source.Source;
import io.ecotrack.ingest.source.SourceType;
import io.ecotrack.ingest.source.SourcesFile;
import io.ecotrack.kafka.BrokerUnavailableException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** The commands that move data: demo, run, crawl, add, worker and reindex. */
final class PipelineCommands {
  private PipelineCommands() {}

  static List<Source> readSources(Path file) {
    return SourcesFile.read(file);
  }

  static CrawlReport crawlWithProgress(Pipeline pipeline, List<Source> sources, java.io.PrintWriter out)
      throws InterruptedException {
    try (CrawlProgress progress = CrawlProgress.to(out)) {
      return pipeline.crawlOnce(sources, progress, Crawler.Limits.defaults());
    }
  }

  @Command(name = "demo", mixinStandardHelpOptions = true,
      description = "The main job on an embedded default: starts a real Kafka broker, crawls the bundled sample site, "
          + "extracts, indexes and prints the ecosystem view.")
  static final class Demo implements Callable<Integer> {
    @ParentCommand EcotrackCommand root;

    @Option(names = "--site", paramLabel = "DIR", description = "folder of the sample site (default: examples/site)")
    Path site = Path.of("examples", "site");

    @Override
    public Integer call() throws Exception {
      var out = root.spec.commandLine().getOut();
      EcotrackConfig config = root.config();
      if (!Files.isRegularFile(site.resolve("feed.xml"))) {
        throw new Main.UsageException("no sample site at " + site + " (expected " + site.resolve("feed.xml")
            + "); run the demo from the repository folder or pass --site");
      }
      Instant begin = Instant.now();
      out.println("ecotrack demo — data in " + config.dataDir().toAbsolutePath());
      out.println("[1/5] Starting Kafka …");
      try (KafkaConnection kafka = KafkaConnection.open(config);
           SampleSite sampleSite = new SampleSite(site);
           Pipeline pipeline = new Pipeline(config, kafka.clients())) {
        out.println("      " + kafka.describe());
        out.println("[2/5] Serving the sample site at " + sampleSite.baseUrl());
        Source feed = new Source("sample-medtech-news", SourceType.FEED, List.of(sampleSite.baseUrl() + "feed.xml"), null,
            null, 50, Duration.ofMillis(50), null, true);
        pipeline.startExtractWorker();
        OffsetCommittingIndexer indexer = pipeline.startIndexWorker();
        out.println("[3/5] Crawling the feed …");
        CrawlReport report = crawlWithProgress(pipeline, List.of(feed), out);
        out.println("      " + report.summary());
        out.println("[4/5] Extracting and indexing …");
        boolean caughtUp = pipeline.awaitCaughtUp(Duration.ofSeconds(90), () -> { });
        if (!caughtUp) {
          throw new IllegalStateException("the pipeline did not catch up within 90 s"
              + (pipeline.workerFailure() == null ? "" : ": " + pipeline.workerFailure()));
        }
        out.println("      " + indexer.indexed() + " articles indexed this run");
        pipeline.close();
        out.println("[5/5] The ecosystem view");
        try (EcosystemSearch search = EcosystemSearch.open(config.indexDir())) {
          ViewCommands.printEcosystem(out, search.ecosystem(Filters.none(30)), "table");
          out.println();
          out.println(search.stats().articles() + " articles, " + search.stats().entities() + " entities, "
              + search.stats().relations() + " relations in " + config.indexDir() + " ("
              + Duration.between(begin, Instant.now()).toSeconds() + " s)");
        }
        out.println();
        out.println("Try next:");
        out.println("  ./ecotrack search \"Mayo Clinic\"");
        out.println("  ./ecotrack search ウィスコンシン");
        out.println("  ./ecotrack entity \"Medtronic\"");
        out.println("  ./ecotrack relations --predicate PARTNERS_WITH");
      }
      return 0;
    }
  }

  @Command(name = "run", mixinStandardHelpOptions = true,
      description = "Long-running all-in-one: scheduled crawl + extract + index. Stops cleanly on Ctrl-C / SIGTERM.")
  static final class Run implements Callable<Integer> {
    @ParentCommand EcotrackCommand root;

    @Option(names = "--sources", paramLabel = "FILE", description = "sources file (default: examples/sources.yaml)")
    Path sources = Path.of("examples", "sources.yaml");

    @Option(names = "--every", paramLabel = "DURATION", description = "time between crawls (default 1h)")
    String every = "1h";

    @Override
    public Integer call() throws Exception {
      var out = root.spec.commandLine().getOut();
      Duration interval = parseDuration(every, "--every");
      List<Source> list = readSources(sources);
      EcotrackConfig config = root.config();
      try (ShutdownSignal signal = new ShutdownSignal();
           KafkaConnection kafka = KafkaConnection.open(config); Pipeline pipeline = new Pipeline(config, kafka.clients());
           BrokerWatch watch = new BrokerWatch(kafka, Duration.ofSeconds(1), root.spec.commandLine().getErr(), signal::request)) {
        signal.onRequest(pipeline::requestStop);
        out.println("ecotrack run: " + kafka.describe() + ", index " + config.indexDir() + ", crawl every " + every);
        pipeline.startExtractWorker();
        pipeline.startIndexWorker();
        pipeline.crawlEvery(list, interval, (u, id, o, d) -> { }, r -> out.println(Instant.now() + " crawl: " + r.summary()), signal);
        if (watch.failure() != null) {
          throw new BrokerUnavailableException("the embedded Kafka broker died and could not be restarted: "
              + Main.oneLine(watch.failure()), watch.failure());
        }
      }
      return 0;
    }
  }

  @Command(name = "crawl", mixinStandardHelpOptions = true,
      description = "The scheduled ingestion job alone: crawl the sources once (for cron) or every DURATION.")
  static final class Crawl implements Callable<Integer> {
    @ParentCommand EcotrackCommand root;

    @Option(names = "--sources", paramLabel = "FILE", description = "sources file (default: examples/sources.yaml)")
    Path sources = Path.of("examples", "sources.yaml");

    @Option(names = "--once", description = "crawl once and exit: 0 when nothing failed, 1 otherwise")
    boolean once;

    @Option(names = "--every", paramLabel = "DURATION", description = "crawl, then again every DURATION (30m, 1h …); runs never overlap")
    String every;

    @Override
    public Integer call() throws Exception {
      if (once == (every != null)) {
        throw new Main.UsageException("give exactly one of --once or --every DURATION");
      }
      var out = root.spec.commandLine().getOut();
      Duration interval = every == null ? null : parseDuration(every, "--every");
      List<Source> list = readSources(sources);
      EcotrackConfig config = root.config();
      try (ShutdownSignal signal = new ShutdownSignal();
           KafkaConnection kafka = KafkaConnection.open(config); Pipeline pipeline = new Pipeline(config, kafka.clients())) {
        signal.onRequest(pipeline::requestStop);
        if (interval == null) {
          CrawlReport report = crawlWithProgress(pipeline, list, out);
          out.println("crawl: " + report.summary());
          return report.failedCount() == 0 ? 0 : 1;
        }
        pipeline.crawlEvery(list, interval, CrawlProgress.lines(out), r -> out.println(Instant.now() + " crawl: " + r.summary()), signal);
        return 0;
      }
    }
  }

  @Command(name = "add", mixinStandardHelpOptions = true, description = "Publish the given pages (URLs) or saved files now.")
  static final class Add implements Callable<Integer> {
    @ParentCommand EcotrackCommand root;

    @Parameters(arity = "1..*", paramLabel = "URL|FILE")
    List<String> targets;

    @Option(names = "--allow-private", description = "allow loopback and private addresses (a local site)")
    boolean allowPrivate;

    @Override
    public Integer call() throws Exception {
      var out = root.spec.commandLine().getOut();
      for (String t : targets) {
        if (!t.contains("://") && !Files.exists(Path.of(t))) {
          throw new Main.UsageException("no such file: " + t);
        }
      }
      List<Source> sources;
      try {
        sources = Source.adHoc(targets, allowPrivate);
      } catch (IllegalArgumentException e) {
        throw new Main.UsageException(e.getMessage());
      }
      EcotrackConfig config = root.config();
      try (ShutdownSignal signal = new ShutdownSignal();
           KafkaConnection kafka = KafkaConnection.open(config); Pipeline pipeline = new Pipeline(config, kafka.clients())) {
        signal.onRequest(pipeline::requestStop);
        CrawlReport report = crawlWithProgress(pipeline, sources, out);
        out.println("add: " + report.summary());
        return report.failedCount() == 0 ? 0 : 1;
      }
    }
  }

  @Command(name = "worker", mixinStandardHelpOptions = true,
      description = "One stage as a long-running consumer: extract (scale out by starting more) or index (one per index).")
  static final class Worker implements Callable<Integer> {
    @ParentCommand EcotrackCommand root;

    @Parameters(paramLabel = "extract|index", description = "the stage to run")
    String stage;

    @Override
    public Integer call() throws Exception {
      if (!stage.equals("extract") && !stage.equals("index")) {
        throw new Main.UsageException("unknown stage '" + stage + "'; expected extract or index");
      }
      var out = root.spec.commandLine().getOut();
      EcotrackConfig config = root.config();
      try (ShutdownSignal signal = new ShutdownSignal();
           KafkaConnection kafka = KafkaConnection.open(config); Pipeline pipeline = new Pipeline(config, kafka.clients())) {
        signal.onRequest(pipeline::requestStop);
        if (stage.equals("extract")) {
          pipeline.startExtractWorker();
        } else {
          pipeline.startIndexWorker();
        }
        out.println("ecotrack worker " + stage + " on " + kafka.describe() + "; Ctrl-C to stop");
        pipeline.join();
        return pipeline.workerFailure() == null ? 0 : 1;
      }
    }
  }

  @Command(name = "reindex", mixinStandardHelpOptions = true,
      description = "Rebuild the index from the Kafka log (the enriched topic) into a new folder, then swap it in; "
          + "repairs an index in any state, even a corrupt one.")
  static final class Reindex implements Callable<Integer> {
    @ParentCommand EcotrackCommand root;

    @Override
    public Integer call() throws Exception {
      var out = root.spec.commandLine().getOut();
      EcotrackConfig config = root.config();
      Path live = config.indexDir();
      Path fresh = live.resolveSibling(live.getFileName() + ".reindex");
      // no index worker may write the old index meanwhile, nor start on it before the swap
      try (IndexFolders.Hold hold = IndexFolders.hold(live); KafkaConnection kafka = KafkaConnection.open(config)) {
        IndexFolders.delete(fresh); // what an interrupted reindex left
        long indexed;
        try (Pipeline pipeline = new Pipeline(config, kafka.clients())) {
          OffsetCommittingIndexer indexer = pipeline.startIndexWorker(fresh);
          if (!pipeline.awaitIndexed(Duration.ofHours(6))) {
            throw new IllegalStateException("reindex did not finish: " + pipeline.workerFailure());
          }
          indexed = indexer.indexed();
        }
        hold.swapIn(fresh);
        out.println("reindex: " + indexed + " articles indexed from the log into " + live);
      }
      return 0;
    }
  }

  static Duration parseDuration(String value, String option) {
    try {
      return Durations.parseInterval(value, option);
    } catch (IllegalArgumentException e) {
      throw new Main.UsageException(e.getMessage());
    }
  }
}
