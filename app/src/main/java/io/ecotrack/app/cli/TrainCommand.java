package io.ecotrack.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.ecotrack.extract.ner.EnglishEntityTagger;
import io.ecotrack.extract.ner.EnglishTokenizer;
import io.ecotrack.extract.ner.EntityTagger;
import io.ecotrack.extract.ner.Gazetteer;
import io.ecotrack.extract.ner.JapaneseEntityTagger;
import io.ecotrack.extract.ner.JapaneseNerTokenizer;
import io.ecotrack.extract.ner.NerFeatures;
import io.ecotrack.extract.ner.NerLabels;
import io.ecotrack.extract.ner.NerToken;
import io.ecotrack.extract.ner.NerTokenizer;
import io.ecotrack.extract.ner.NerTrainer;
import io.ecotrack.extract.ner.WordClusterLearner;
import io.ecotrack.extract.ner.WordClusters;
import io.ecotrack.model.EventCodec;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import opennlp.tools.namefind.TokenNameFinderModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code ecotrack train ner --lang ja|en}: rebuilds a shipped learned tagger from the training sets in
 * {@code ../shared/datasets} (Japanese: Stockmark's Wikipedia and UD Japanese GSD; English: CoNLL-2003),
 * deterministically, and writes it where the build takes it from.
 */
@Command(name = "train", mixinStandardHelpOptions = true, description = "Train a learned model from ../shared/datasets.",
    subcommands = TrainCommand.Ner.class)
final class TrainCommand implements Runnable {
  @ParentCommand EcotrackCommand root;

  @Override
  public void run() {
    throw new Main.UsageException("say what to train: ecotrack train ner --lang ja|en");
  }

  /** The training sets of each language, with the source their labels are named by in ner-labels.tsv. */
  static final Map<String, List<String[]>> SETS = Map.of(
      "en", List.<String[]>of(new String[] {"ner-en-train.jsonl", "conll"}),
      "ja", List.of(new String[] {"ner-ja-train.jsonl", "stockmark"}, new String[] {"ner-ja-gsd-train.jsonl", "gsd"}));

  @Command(name = "ner", mixinStandardHelpOptions = true,
      description = "Train the named-entity tagger of one language (deterministic for the same data).")
  static final class Ner implements Callable<Integer> {
    @ParentCommand TrainCommand train;

    @Option(names = "--lang", required = true, paramLabel = "ja|en") String lang;
    @Option(names = "--data", paramLabel = "DIR", description = "the datasets folder (default ../shared/datasets)")
    Path data = Path.of("..", "shared", "datasets");
    @Option(names = "--out", paramLabel = "FILE", description = "where to write the model (default: the shipped resource)")
    Path out;
    @Option(names = "--iterations", description = "training iterations (default ${DEFAULT-VALUE})") int iterations = 100;
    @Option(names = "--algorithm", description = "GIS (default) or QN (L-BFGS; needs ECOTRACK_TRAIN_HEAP of 16g or more)")
    NerTrainer.Algorithm algorithm = NerTrainer.Algorithm.GIS;
    @Option(names = "--cutoff", description = "features seen fewer times are dropped (default ${DEFAULT-VALUE})") int cutoff = 2;
    @Option(names = "--clusters", paramLabel = "N,N,…", split = ",",
        description = "learn word classes of these sizes from the unlabelled news of the language as a feature; 0 for none "
            + "(default: 64,256,1024 for English, none for Japanese, as the shipped models; docs/ner.md)")
    int[] clusterSizes;

    @Override
    public Integer call() throws IOException {
      if (!SETS.containsKey(lang)) {
        throw new Main.UsageException("unknown --lang '" + lang + "'; expected ja or en");
      }
      if (iterations < 1 || cutoff < 0) {
        throw new Main.UsageException("--iterations must be at least 1 and --cutoff at least 0");
      }
      Path target = out != null ? out
          : Path.of("extract", "src", "main", "resources", "io", "ecotrack", "extract", "ner", "model", "ner-" + lang + ".bin");
      NerLabels labels = NerLabels.standard();
      List<NerTrainer.Example> examples = new ArrayList<>();
      for (String[] set : SETS.get(lang)) {
        Path file = data.resolve(set[0]);
        if (!Files.isRegularFile(file)) {
          throw new Main.UsageException("no training set " + file + " (pass --data DIR)");
        }
        examples.addAll(read(file, set[1], labels));
      }
      PrintWriter console = train.root.spec.commandLine().getOut();
      Gazetteer places = Gazetteer.places();
      EntityTagger rules = lang.equals("ja") ? new JapaneseEntityTagger(places) : new EnglishEntityTagger(places);
      NerTokenizer tokenizer = lang.equals("ja") ? new JapaneseNerTokenizer() : new EnglishTokenizer();
      long begin = System.nanoTime();
      // English has case: the words the training text writes in lower case are a feature, and ship beside the model
      Set<String> vocabulary = lang.equals("en") ? NerTrainer.lowercaseWords(tokenizer, examples) : Set.of();
      // and so are word classes learned from the unlabelled news and the training text (never the dev sets)
      int[] sizes = clusterSizes != null ? clusterSizes : DEFAULT_CLUSTERS.get(lang);
      WordClusters clusters = sizes.length > 0 && sizes[0] > 0
          ? clusters(tokenizer, examples, sizes, console) : WordClusters.NONE;
      NerTrainer trainer = new NerTrainer(tokenizer, rules, new NerFeatures(vocabulary, clusters));
      TokenNameFinderModel model = trainer.train(lang, examples, algorithm, iterations, cutoff);
      Path parent = target.toAbsolutePath().getParent();
      if (parent != null && !Files.isDirectory(parent)) {
        throw new Main.UsageException("no such folder: " + parent);
      }
      try (OutputStream o = Files.newOutputStream(target)) {
        model.serialize(o);
      }
      writeBeside(target, ".lowercase.txt", vocabulary.isEmpty(), w -> {
        for (String word : vocabulary) {
          w.write(word + "\n");
        }
      });
      writeBeside(target, ".clusters.txt", clusters.isEmpty(), clusters::write);
      NerTrainer.Report r = trainer.report();
      console.printf("train ner --lang %s: %d texts, %d sentences, %d names (%d lost to token boundaries); %s, %d iterations, "
          + "cutoff %d; %.0f s; wrote %s (%.1f MB)%n", lang, examples.size(), r.sentences(), r.names(), r.namesLost(), algorithm,
          iterations, cutoff, (System.nanoTime() - begin) / 1e9, target, Files.size(target) / 1e6);
      return 0;
    }

    /** Word classes of the language's news under {@code data}/news and of the training texts. */
    private WordClusters clusters(NerTokenizer tokenizer, List<NerTrainer.Example> examples, int[] sizes,
        PrintWriter console) throws IOException {
      long begin = System.nanoTime();
      List<List<String>> sentences = new ArrayList<>();
      List<String> texts = new ArrayList<>(UnlabelledNews.of(lang, data.resolve("news")));
      examples.forEach(e -> texts.add(e.text()));
      for (String text : texts) {
        for (List<NerToken> s : tokenizer.sentences(text)) {
          sentences.add(s.stream().map(NerToken::text).toList());
        }
      }
      WordClusters out = new WordClusterLearner(CLUSTER_MIN_COUNT, CLUSTER_CONTEXT_WORDS, CLUSTER_ITERATIONS, 1)
          .learn(sentences, sizes);
      console.printf("word classes: %d texts, %d sentences, %d words in %s classes; %.0f s%n", texts.size(), sentences.size(),
          out.words(), Arrays.toString(out.sizes()), (System.nanoTime() - begin) / 1e9);
      console.flush();
      return out;
    }
  }

  /** What writes a file that ships beside a model. */
  private interface Contents {
    void writeTo(Writer w) throws IOException;
  }

  /**
   * Writes the file that ships beside {@code model} ({@code suffix} for {@code .bin}), or deletes it when it is
   * {@code empty}, so a model is never read with the features of another.
   */
  private static void writeBeside(Path model, String suffix, boolean empty, Contents contents) throws IOException {
    Path file = model.resolveSibling(model.getFileName().toString().replaceFirst("\\.bin$", "") + suffix);
    if (empty) {
      Files.deleteIfExists(file);
      return;
    }
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      contents.writeTo(w);
    }
  }

  /**
   * The word-class sizes each language's shipped model is trained with: English gains from them, Japanese did not
   * (docs/ner.md).
   */
  static final Map<String, int[]> DEFAULT_CLUSTERS = Map.of("en", new int[] {64, 256, 1024}, "ja", new int[] {0});

  /** A word needs this many occurrences in the news for a class. */
  static final int CLUSTER_MIN_COUNT = 5;
  /** The most frequent words, which describe the others by being next to them. */
  static final int CLUSTER_CONTEXT_WORDS = 1000;
  /** Rounds of k-means at most. */
  static final int CLUSTER_ITERATIONS = 20;

  /** The examples of one JSONL training file, each label mapped to an ecotrack type (unmapped labels dropped). */
  static List<NerTrainer.Example> read(Path file, String source, NerLabels labels) throws IOException {
    List<NerTrainer.Example> out = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int lineNo = 0;
      for (String line; (line = r.readLine()) != null; ) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode n;
        try {
          n = EventCodec.mapper().readTree(line);
        } catch (IOException e) {
          throw new Main.UsageException(file + ":" + lineNo + ": not a JSON object");
        }
        List<NerTrainer.GoldName> names = new ArrayList<>();
        for (JsonNode e : n.path("entities")) {
          String label = e.path("type").asText();
          int start = e.path("span").path(0).asInt(-1);
          int end = e.path("span").path(1).asInt(-1);
          labels.typeOf(source, label).ifPresent(type -> names.add(new NerTrainer.GoldName(start, end, type)));
        }
        out.add(new NerTrainer.Example(n.path("text").asText(), names));
      }
    }
    return out;
  }
}
