package io.ecotrack.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.ecotrack.extract.ArticleEnricher;
import io.ecotrack.extract.ner.JapaneseEntityTagger;
import io.ecotrack.extract.resolve.AliasTable;
import io.ecotrack.index.search.EcosystemSearch;
import io.ecotrack.index.search.Filters;
import io.ecotrack.index.search.Results.EntitySummary;
import io.ecotrack.index.store.EcosystemIndex;
import io.ecotrack.index.store.IndexSchema;
import io.ecotrack.ingest.article.ArticleExtractor;
import io.ecotrack.model.ArticleEnriched;
import io.ecotrack.model.ArticleFetched;
import io.ecotrack.model.EventCodec;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.jsoup.Jsoup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Benchmarks that print figures as ratios to a baseline measured in the same run (never timed tests: these
 * machines are shared and noisy). {@code pipeline} lives in {@link PipelineBench}.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Benchmarks against baselines measured in the same run: extraction, ner, index, pipeline.",
    subcommands = {BenchCommand.Extraction.class, BenchCommand.Ner.class, BenchCommand.Index.class, PipelineBench.class})
public final class BenchCommand implements Runnable {
  static final Path DATASETS = Path.of("..", "shared", "datasets");

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  static void requireDir(Path p) {
    if (!Files.exists(p)) {
      throw new io.ecotrack.app.cli.Main.UsageException("no such file or folder: " + p);
    }
  }

  @Command(name = "extraction", mixinStandardHelpOptions = true,
      description = "Article extraction per page, as a ratio to jsoup's parse alone of the same pages.")
  static final class Extraction implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "DIR", description = "folder of .html pages (default: the article-extraction dev set)")
    Path dir = DATASETS.resolve("article-extraction-dev").resolve("html");

    @Option(names = "--rounds", description = "measured rounds (default 5)") int rounds = 5;

    @Override
    public Integer call() throws IOException {
      requireDir(dir);
      PrintWriter out = spec.commandLine().getOut();
      List<byte[]> pages = new ArrayList<>();
      try (Stream<Path> files = Files.list(dir)) {
        for (Path f : files.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
          pages.add(Files.readAllBytes(f));
        }
      }
      ArticleExtractor extractor = new ArticleExtractor();
      Runnable parse = () -> pages.forEach(p -> Jsoup.parse(new String(p, java.nio.charset.StandardCharsets.UTF_8), "https://example.org/"));
      Runnable extract = () -> pages.forEach(p -> extractor.extract(p, java.nio.charset.StandardCharsets.UTF_8, "https://example.org/", null));
      for (int i = 0; i < 2; i++) { // warm up both
        parse.run();
        extract.run();
      }
      double[] parseMs = new double[rounds];
      double[] extractMs = new double[rounds];
      for (int r = 0; r < rounds; r++) {
        parseMs[r] = timeMs(parse) / pages.size();
        extractMs[r] = timeMs(extract) / pages.size();
      }
      double p = Measure.percentile(parseMs, 50);
      double e = Measure.percentile(extractMs, 50);
      out.printf("pages                      %d (%.1f MB)%n", pages.size(), pages.stream().mapToLong(b -> b.length).sum() / 1e6);
      out.printf("jsoup parse alone          %.2f ms/page (median of %d rounds)%n", p, rounds);
      out.printf("ecotrack extraction        %.2f ms/page (parse included)%n", e);
      out.printf("ratio extraction / parse   %.2f%n", e / p);
      return 0;
    }
  }

  @Command(name = "ner", mixinStandardHelpOptions = true,
      description = "Japanese entity and relation extraction per second per core, as a ratio to kuromoji's tokenization alone.")
  static final class Ner implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "FILE|DIR", description = "JSONL with \"text\" or a news folder (default: the livedoor corpus)")
    Path input = DATASETS.resolve("news").resolve("ja-livedoor");

    @Option(names = "--limit", description = "documents (default 2000)") int limit = 2000;

    @Option(names = "--rounds", description = "timed rounds of each, interleaved (default 5)") int rounds = 5;

    @Override
    public Integer call() throws IOException {
      requireDir(input);
      if (rounds < 1) {
        throw new io.ecotrack.app.cli.Main.UsageException("--rounds must be at least 1, not " + rounds);
      }
      PrintWriter out = spec.commandLine().getOut();
      List<ArticleFetched> docs = new ArrayList<>();
      if (Files.isDirectory(input)) {
        docs.addAll(NewsCorpus.load(input, limit));
      } else {
        for (String line : Files.readAllLines(input)) {
          if (docs.size() >= limit || line.isBlank()) {
            continue;
          }
          JsonNode n = EventCodec.mapper().readTree(line);
          docs.add(new ArticleFetched(1, n.path("id").asText("d" + docs.size()), "urn:" + docs.size(), null, "bench", "",
              n.path("text").asText(), "ja", null, java.time.OffsetDateTime.now(), List.of(), null));
        }
      }
      long chars = docs.stream().mapToLong(d -> d.text().length()).sum();
      // what loading the taggers (dictionaries and learned models) costs, once per JVM
      System.gc();
      long heapBefore = usedHeap();
      long loadBegin = System.nanoTime();
      ArticleEnricher enricher = ArticleEnricher.standard(new AliasTable());
      enricher.enrich(docs.get(0));
      double loadMs = (System.nanoTime() - loadBegin) / 1e6;
      System.gc();
      out.printf("taggers loaded                   %.0f ms, %.0f MB of heap (dictionaries, learned models)%n", loadMs,
          (usedHeap() - heapBefore) / 1e6);
      // the tagger tokenizes with NEologd's dictionary and rereads some words with IPADIC's: both baselines are shown
      Runnable neologd = tokenizeAll(docs, JapaneseEntityTagger.kuromoji());
      Runnable ipadic = tokenizeAll(docs, new JapaneseTokenizer(null, false, JapaneseTokenizer.Mode.NORMAL));
      Runnable enrich = () -> docs.forEach(enricher::enrich);
      neologd.run();
      ipadic.run();
      enrich.run(); // warm up
      // the rounds interleave, so a change in the shared machine's load falls on both sides alike
      double[] n = new double[rounds];
      double[] i = new double[rounds];
      double[] x = new double[rounds];
      for (int r = 0; r < rounds; r++) {
        n[r] = timeMs(neologd);
        i[r] = timeMs(ipadic);
        x[r] = timeMs(enrich);
      }
      double tok = chars / (Measure.percentile(n, 50) / 1000);
      double tokIpadic = chars / (Measure.percentile(i, 50) / 1000);
      double full = chars / (Measure.percentile(x, 50) / 1000);
      out.printf("documents                        %d (%.1f M chars), median of %d rounds%n", docs.size(), chars / 1e6, rounds);
      out.printf("kuromoji tokenization alone      %.0f chars/s (%.0f docs/s), one thread, NEologd dictionary%n", tok, docs.size() / (Measure.percentile(n, 50) / 1000));
      out.printf("kuromoji tokenization alone      %.0f chars/s, one thread, IPADIC dictionary%n", tokIpadic);
      out.printf("ecotrack extraction (full)       %.0f chars/s (%.0f docs/s), one thread%n", full, docs.size() / (Measure.percentile(x, 50) / 1000));
      out.printf("ratio extraction / tokenization  %.2f (to IPADIC's tokenization: %.2f)%n", full / tok, full / tokIpadic);
      // the fastest round of each is the one the machine's other work disturbed least
      out.printf("same, fastest rounds             %.2f (to IPADIC's tokenization: %.2f)%n",
          Measure.percentile(n, 0) / Measure.percentile(x, 0), Measure.percentile(i, 0) / Measure.percentile(x, 0));
      english(enricher, out);
      return 0;
    }

    /** English extraction beside Lucene's StandardTokenizer alone, on the BBC corpus. */
    private void english(ArticleEnricher enricher, PrintWriter out) {
      Path bbc = DATASETS.resolve("news").resolve("en-bbc");
      if (!Files.isDirectory(bbc)) {
        out.println("english                          skipped: no " + bbc);
        return;
      }
      List<ArticleFetched> docs = NewsCorpus.load(bbc, limit).stream()
          .map(d -> new ArticleFetched(d.schema(), d.id(), d.url(), d.canonicalUrl(), d.source(), d.title(), d.text(), "en",
              d.publishedAt(), d.fetchedAt(), d.authors(), d.contentHash())).toList();
      long chars = docs.stream().mapToLong(d -> d.text().length()).sum();
      Runnable standard = () -> {
        try (org.apache.lucene.analysis.standard.StandardTokenizer t = new org.apache.lucene.analysis.standard.StandardTokenizer()) {
          for (ArticleFetched d : docs) {
            t.setReader(new java.io.StringReader(d.text()));
            t.reset();
            while (t.incrementToken()) {
              // count nothing: the baseline is the tokenization itself
            }
            t.end();
            t.close();
          }
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      };
      Runnable enrich = () -> docs.forEach(enricher::enrich);
      standard.run();
      enrich.run();
      double[] t = new double[rounds];
      double[] x = new double[rounds];
      for (int r = 0; r < rounds; r++) {
        t[r] = timeMs(standard);
        x[r] = timeMs(enrich);
      }
      double tok = chars / (Measure.percentile(t, 50) / 1000);
      double full = chars / (Measure.percentile(x, 50) / 1000);
      out.printf("english documents                %d (%.1f M chars), BBC news%n", docs.size(), chars / 1e6);
      out.printf("StandardTokenizer alone          %.0f chars/s, one thread%n", tok);
      out.printf("ecotrack extraction, English     %.0f chars/s, one thread (ratio %.3f)%n", full, full / tok);
    }
  }

  private static long usedHeap() {
    Runtime rt = Runtime.getRuntime();
    return rt.totalMemory() - rt.freeMemory();
  }

  /** Tokenizes every document with {@code tokenizer}, reading each token's part of speech as the tagger does. */
  private static Runnable tokenizeAll(List<ArticleFetched> docs, JapaneseTokenizer tokenizer) {
    PartOfSpeechAttribute pos = tokenizer.addAttribute(PartOfSpeechAttribute.class);
    return () -> {
      try {
        for (ArticleFetched d : docs) {
          tokenizer.setReader(new StringReader(d.text()));
          tokenizer.reset();
          while (tokenizer.incrementToken()) {
            pos.getPartOfSpeech();
          }
          tokenizer.end();
          tokenizer.close();
        }
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    };
  }

  @Command(name = "index", mixinStandardHelpOptions = true,
      description = "Indexing throughput as a ratio to raw Lucene with the same analyzers; search and profile latency over a large index; size and heap.")
  static final class Index implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "DIR", description = "news folders (default: livedoor and BBC)")
    List<Path> dirs = List.of(DATASETS.resolve("news").resolve("ja-livedoor"), DATASETS.resolve("news").resolve("en-bbc"));

    @Option(names = "--search-articles", description = "articles in the index searched (default 100000; the corpus repeated)")
    int searchArticles = 100_000;

    @Option(names = "--work-dir", description = "where the benchmark indexes go (default: a temp folder, deleted after)")
    Path workDir;

    @Override
    public Integer call() throws Exception {
      dirs.forEach(BenchCommand::requireDir);
      PrintWriter out = spec.commandLine().getOut();
      List<ArticleFetched> articles = new ArrayList<>();
      for (Path d : dirs) {
        articles.addAll(NewsCorpus.load(d, Integer.MAX_VALUE));
      }
      long bytes = articles.stream().mapToLong(a -> a.text().length() * 2L).sum();
      out.printf("corpus                 %d articles (%.1f M chars)%n", articles.size(), bytes / 2e6);
      ArticleEnricher enricher = ArticleEnricher.standard(new AliasTable());
      List<ArticleEnriched> enriched = new ArrayList<>(articles.size());
      double enrichMs = timeMs(() -> articles.forEach(a -> enriched.add(enricher.enrich(a))));
      out.printf("extraction             %.0f articles/s (one thread)%n", articles.size() / (enrichMs / 1000));

      Path work = workDir != null ? workDir : Files.createTempDirectory("ecotrack-bench");
      try {
        // baseline: the same article fields, same analyzers, raw Lucene, no entities, facets or offsets
        Path raw = work.resolve("raw");
        double rawMs = timeMs(() -> {
          try (IndexWriter w = new IndexWriter(FSDirectory.open(raw), new IndexWriterConfig(IndexSchema.analyzer()).setRAMBufferSizeMB(64))) {
            for (ArticleEnriched a : enriched) {
              Document d = new Document();
              d.add(new StringField(IndexSchema.ARTICLE_ID, a.id(), Field.Store.YES));
              d.add(new TextField(IndexSchema.TITLE_JA, a.title(), Field.Store.NO));
              d.add(new TextField(IndexSchema.TEXT_JA, a.text(), Field.Store.NO));
              d.add(new TextField(IndexSchema.TITLE_EN, a.title(), Field.Store.NO));
              d.add(new TextField(IndexSchema.TEXT_EN, a.text(), Field.Store.NO));
              w.addDocument(d);
            }
            w.commit();
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        });
        Path eco = work.resolve("ecotrack");
        Measure.resetPeakHeap();
        double ecoMs = timeMs(() -> {
          try (EcosystemIndex index = EcosystemIndex.open(eco)) {
            for (ArticleEnriched a : enriched) {
              index.upsert(a);
            }
            index.commit(java.util.Map.of());
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        });
        double peak = Measure.peakHeapMb();
        double rawRate = enriched.size() / (rawMs / 1000);
        double ecoRate = enriched.size() / (ecoMs / 1000);
        out.printf("raw Lucene indexing    %.0f articles/s%n", rawRate);
        out.printf("ecotrack indexing      %.0f articles/s (articles + entity + relation documents, facets)%n", ecoRate);
        out.printf("ratio ecotrack / raw   %.2f%n", ecoRate / rawRate);
        out.printf("index size             %.2f MB per 1,000 articles%n", dirBytes(eco) / 1e6 / enriched.size() * 1000);
        out.printf("peak heap while indexing %.0f MB%n", peak);

        // a larger index for search latency: the corpus repeated under new ids
        Path big = work.resolve("search");
        double buildMs = timeMs(() -> {
          try (EcosystemIndex index = EcosystemIndex.open(big)) {
            for (int i = 0; i < searchArticles; i++) {
              ArticleEnriched a = enriched.get(i % enriched.size());
              ArticleFetched copy = NewsCorpus.copy(a.article(), i);
              index.upsert(ArticleEnriched.of(copy, a.entities(), a.relations(), a.extractor()));
            }
            index.commit(java.util.Map.of());
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        });
        out.printf("search index           %d articles built in %.0f s, %.0f MB%n", searchArticles, buildMs / 1000, dirBytes(big) / 1e6);
        try (EcosystemSearch search = EcosystemSearch.open(big)) {
          List<String> queries = List.of("映画", "スマートフォン", "サッカー 日本代表", "\"iPhone\"", "Apple OR Google",
              "government", "music AND album", "\"prime minister\"", "economy NOT sport", "ドコモ", "Microsoft", "女性");
          for (int i = 0; i < 3; i++) {
            queries.forEach(q -> search.search(q, Filters.none(10)));
          }
          double[] lat = new double[queries.size() * 20];
          int k = 0;
          for (int i = 0; i < 20; i++) {
            for (String q : queries) {
              long t0 = System.nanoTime();
              search.search(q, Filters.none(10));
              lat[k++] = (System.nanoTime() - t0) / 1e6;
            }
          }
          out.printf("search latency         p50 %.1f ms, p99 %.1f ms (%d typical queries x 20, top 10 with snippets and facets)%n",
              Measure.percentile(lat, 50), Measure.percentile(lat, 99), queries.size());
          List<EntitySummary> top = new ArrayList<>(search.ecosystem(Filters.none(10)));
          top.sort(Comparator.comparingInt(EntitySummary::articles).reversed());
          double[] prof = new double[top.size() * 5];
          k = 0;
          for (int i = 0; i < 5; i++) {
            for (EntitySummary e : top) {
              long t0 = System.nanoTime();
              search.entity(e.id(), Filters.none(10));
              prof[k++] = (System.nanoTime() - t0) / 1e6;
            }
          }
          out.printf("entity profile         p50 %.0f ms, p99 %.0f ms (the %d most mentioned entities)%n",
              Measure.percentile(prof, 50), Measure.percentile(prof, 99), top.size());
        }
      } finally {
        if (workDir == null) {
          deleteTree(work);
        }
      }
      return 0;
    }
  }

  static double timeMs(Runnable r) {
    long t0 = System.nanoTime();
    r.run();
    return (System.nanoTime() - t0) / 1e6;
  }

  static long dirBytes(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }

  static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
