package io.ecotrack.extract.ner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import opennlp.tools.ml.maxent.GISTrainer;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.ml.perceptron.PerceptronTrainer;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains a learned tagger: Apache OpenNLP's maximum-entropy name finder (BIO labels over the tokens of a
 * {@link NerTokenizer}), with OpenNLP's default context features and ecotrack's own as additional context
 * ({@link NerFeatures}: what the rules found, part of speech, character classes, affixes). Trained by GIS
 * (OpenNLP's {@code MAXENT}, the shipped English model) or by L-BFGS with L1 and L2 regularization
 * ({@code MAXENT_QN}, which needs several GB of heap on these sets). One thread, so the same data gives the
 * same model.
 */
public final class NerTrainer {
  /** A gold name in a training text: character offsets and its ecotrack type (or {@link NerLabels#NOT_AN_ENTITY}). */
  public record GoldName(int start, int end, String type) {}

  /** A training text with its gold names. */
  public record Example(String text, List<GoldName> names) {}

  /** What a training run did. */
  public record Report(int sentences, int names, int namesLost) {}

  private final NerTokenizer tokenizer;
  private final EntityTagger rules;
  private final NerFeatures features;
  private int sentences;
  private int names;
  private int lost;

  /** A trainer whose features know no lower-case vocabulary. */
  public NerTrainer(NerTokenizer tokenizer, EntityTagger rules) {
    this(tokenizer, rules, NerFeatures.NO_VOCABULARY);
  }

  /** A trainer with {@code features}; the tagger that uses the model must be given the same. */
  public NerTrainer(NerTokenizer tokenizer, EntityTagger rules, NerFeatures features) {
    this.tokenizer = tokenizer;
    this.rules = rules;
    this.features = features;
  }

  /** The words {@code examples} write in lower case, as {@code tokenizer} reads them ({@link NerFeatures#lowercaseWords}). */
  public static Set<String> lowercaseWords(NerTokenizer tokenizer, List<Example> examples) {
    Set<String> out = new TreeSet<>();
    for (Example ex : examples) {
      out.addAll(NerFeatures.lowercaseWords(tokenizer.sentences(ex.text())));
    }
    return out;
  }

  /** The name samples of {@code examples}: one per sentence, names aligned to token boundaries. */
  List<NameSample> samples(List<Example> examples) {
    List<NameSample> out = new ArrayList<>();
    for (Example ex : examples) {
      SpanCover ruleCover = new SpanCover(rules.tag(ex.text()));
      for (List<NerToken> sentence : tokenizer.sentences(ex.text())) {
        List<Span> spans = new ArrayList<>();
        for (GoldName g : ex.names()) {
          int first = -1;
          int last = -1;
          for (int i = 0; i < sentence.size(); i++) {
            NerToken t = sentence.get(i);
            if (t.start() == g.start()) {
              first = i;
            }
            if (t.end() == g.end()) {
              last = i;
            }
          }
          boolean inside = g.start() >= sentence.get(0).start() && g.end() <= sentence.get(sentence.size() - 1).end();
          if (first >= 0 && last >= first) {
            spans.add(new Span(first, last + 1, g.type()));
            names++;
          } else if (inside) {
            lost++; // a name whose edge falls inside a token cannot be learned from this sentence
          }
        }
        spans.sort(null);
        Span[] kept = NameFinderME.dropOverlappingSpans(spans.toArray(Span[]::new));
        String[] words = sentence.stream().map(NerToken::text).toArray(String[]::new);
        out.add(new NameSample(words, kept, features.of(sentence, ruleCover), true));
        sentences++;
      }
    }
    return out;
  }

  /** The learners {@link #train} can use. */
  public enum Algorithm { GIS, QN, PERCEPTRON }

  /** Trains on {@code examples} for {@code language} with {@code iterations} of GIS and a feature cutoff. */
  public TokenNameFinderModel train(String language, List<Example> examples, int iterations, int cutoff) {
    return train(language, examples, Algorithm.GIS, iterations, cutoff);
  }

  /** Trains on {@code examples} for {@code language} with {@code iterations} of {@code algorithm} and a feature cutoff. */
  public TokenNameFinderModel train(String language, List<Example> examples, Algorithm algorithm, int iterations, int cutoff) {
    List<NameSample> samples = samples(examples);
    TrainingParameters params = new TrainingParameters();
    params.put(TrainingParameters.ALGORITHM_PARAM, switch (algorithm) {
      case GIS -> GISTrainer.MAXENT_VALUE;
      case QN -> QNTrainer.MAXENT_QN_VALUE;
      case PERCEPTRON -> PerceptronTrainer.PERCEPTRON_VALUE;
    });
    params.put(TrainingParameters.ITERATIONS_PARAM, iterations);
    params.put(TrainingParameters.CUTOFF_PARAM, cutoff);
    params.put(TrainingParameters.THREADS_PARAM, 1);
    try {
      return NameFinderME.train(language, null, ObjectStreamUtils.createObjectStream(samples), params,
          new TokenNameFinderFactory(null, Map.of(), new BioCodec()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Counts of the last {@link #train} run. */
  public Report report() {
    return new Report(sentences, names, lost);
  }
}
