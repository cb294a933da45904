package io.ecotrack.extract.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Learns {@link WordClusters} from unlabelled sentences: each word seen at least {@code minCount} times is
 * described by the words around it (two before and two after, among the most frequent words, weighted by positive
 * pointwise mutual information), and spherical k-means groups words whose neighbours are alike, once for each
 * cluster size. Seeded k-means++ on one thread: the same sentences and seed give the same clusters.
 *
 * <p>Brown clustering is what the CoNLL taggers of the field used; no kept JVM library implements it, and
 * k-means over context vectors gives classes of the same use to a name finder (docs/ner.md).
 */
public final class WordClusterLearner {
  private static final int WINDOW = 2;
  private final int minCount;
  private final int contextWords;
  private final int iterations;
  private final long seed;

  /** A learner keeping words seen {@code minCount} times, described by the {@code contextWords} most frequent words. */
  public WordClusterLearner(int minCount, int contextWords, int iterations, long seed) {
    this.minCount = minCount;
    this.contextWords = contextWords;
    this.iterations = iterations;
    this.seed = seed;
  }

  /** The clusters of the words of {@code sentences} at each of {@code sizes}. */
  public WordClusters learn(List<List<String>> sentences, int... sizes) {
    Map<String, Integer> counts = new HashMap<>();
    for (List<String> s : sentences) {
      for (String w : s) {
        counts.merge(w.toLowerCase(Locale.ROOT), 1, Integer::sum);
      }
    }
    List<String> vocab = new ArrayList<>();
    counts.forEach((w, n) -> {
      if (n >= minCount) {
        vocab.add(w);
      }
    });
    // most frequent first, ties by the word, so the order (and the seeding) does not depend on hashing
    vocab.sort((a, b) -> counts.get(a).equals(counts.get(b)) ? a.compareTo(b) : counts.get(b) - counts.get(a));
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < vocab.size(); i++) {
      index.put(vocab.get(i), i);
    }
    int c = Math.min(contextWords, vocab.size()) + 1; // the last context is the sentence edge
    int dims = 2 * WINDOW * c;
    List<Map<Integer, Integer>> cooc = new ArrayList<>(vocab.size());
    for (int i = 0; i < vocab.size(); i++) {
      cooc.add(new HashMap<>());
    }
    for (List<String> s : sentences) {
      int[] ids = s.stream().mapToInt(w -> index.getOrDefault(w.toLowerCase(Locale.ROOT), -1)).toArray();
      for (int i = 0; i < ids.length; i++) {
        if (ids[i] < 0) {
          continue;
        }
        int slot = 0;
        for (int d = -WINDOW; d <= WINDOW; d++) {
          if (d == 0) {
            continue;
          }
          int j = i + d;
          int ctx = j < 0 || j >= ids.length ? c - 1 : ids[j] >= 0 && ids[j] < c - 1 ? ids[j] : -1;
          if (ctx >= 0) {
            cooc.get(ids[i]).merge(slot * c + ctx, 1, Integer::sum);
          }
          slot++;
        }
      }
    }
    Sparse[] vectors = ppmi(cooc, dims);
    int[] sizesSorted = sizes.clone();
    Arrays.sort(sizesSorted);
    int[][] assigned = new int[sizesSorted.length][];
    for (int k = 0; k < sizesSorted.length; k++) {
      assigned[k] = kMeans(vectors, dims, Math.min(sizesSorted[k], vectors.length), new Random(seed + k));
    }
    Map<String, int[]> out = new HashMap<>();
    for (int i = 0; i < vocab.size(); i++) {
      int[] ids = new int[sizesSorted.length];
      for (int k = 0; k < ids.length; k++) {
        ids[k] = assigned[k][i];
      }
      out.put(vocab.get(i), ids);
    }
    return new WordClusters(sizesSorted, out);
  }

  /** A unit vector in sparse form. */
  private record Sparse(int[] index, float[] value) {}

  private static Sparse[] ppmi(List<Map<Integer, Integer>> cooc, int dims) {
    double[] contextTotal = new double[dims];
    double[] wordTotal = new double[cooc.size()];
    double total = 0;
    for (int w = 0; w < cooc.size(); w++) {
      for (Map.Entry<Integer, Integer> e : cooc.get(w).entrySet()) {
        contextTotal[e.getKey()] += e.getValue();
        wordTotal[w] += e.getValue();
        total += e.getValue();
      }
    }
    Sparse[] out = new Sparse[cooc.size()];
    for (int w = 0; w < cooc.size(); w++) {
      int[] keys = cooc.get(w).keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
      int[] idx = new int[keys.length];
      float[] val = new float[keys.length];
      int n = 0;
      double norm = 0;
      for (int key : keys) {
        double pmi = Math.log(cooc.get(w).get(key) * total / (wordTotal[w] * contextTotal[key]));
        if (pmi > 0) {
          idx[n] = key;
          val[n] = (float) pmi;
          norm += pmi * pmi;
          n++;
        }
      }
      float scale = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
      for (int i = 0; i < n; i++) {
        val[i] *= scale;
      }
      out[w] = new Sparse(Arrays.copyOf(idx, n), Arrays.copyOf(val, n));
    }
    return out;
  }

  private int[] kMeans(Sparse[] vectors, int dims, int k, Random random) {
    float[][] centroids = new float[k][];
    // k-means++ seeding over cosine distance
    double[] distance = new double[vectors.length];
    Arrays.fill(distance, Double.MAX_VALUE);
    int first = random.nextInt(vectors.length);
    centroids[0] = dense(vectors[first], dims);
    for (int m = 1; m < k; m++) {
      double sum = 0;
      for (int i = 0; i < vectors.length; i++) {
        distance[i] = Math.min(distance[i], 1 - dot(vectors[i], centroids[m - 1]));
        sum += Math.max(distance[i], 0);
      }
      double r = random.nextDouble() * sum;
      int pick = vectors.length - 1;
      for (int i = 0; i < vectors.length; i++) {
        r -= Math.max(distance[i], 0);
        if (r <= 0) {
          pick = i;
          break;
        }
      }
      centroids[m] = dense(vectors[pick], dims);
    }
    int[] assign = new int[vectors.length];
    Arrays.fill(assign, -1);
    for (int it = 0; it < iterations; it++) {
      int changed = 0;
      for (int i = 0; i < vectors.length; i++) {
        int best = 0;
        double bestDot = -1;
        for (int m = 0; m < k; m++) {
          double d = dot(vectors[i], centroids[m]);
          if (d > bestDot) {
            bestDot = d;
            best = m;
          }
        }
        if (assign[i] != best) {
          assign[i] = best;
          changed++;
        }
      }
      if (changed == 0) {
        break;
      }
      float[][] next = new float[k][dims];
      for (int i = 0; i < vectors.length; i++) {
        Sparse v = vectors[i];
        float[] c = next[assign[i]];
        for (int j = 0; j < v.index().length; j++) {
          c[v.index()[j]] += v.value()[j];
        }
      }
      for (int m = 0; m < k; m++) {
        double norm = 0;
        for (float x : next[m]) {
          norm += x * x;
        }
        if (norm == 0) {
          next[m] = centroids[m]; // an empty cluster keeps its centre
          continue;
        }
        float scale = (float) (1 / Math.sqrt(norm));
        for (int d = 0; d < dims; d++) {
          next[m][d] *= scale;
        }
      }
      centroids = next;
    }
    return assign;
  }

  private static float[] dense(Sparse v, int dims) {
    float[] out = new float[dims];
    for (int j = 0; j < v.index().length; j++) {
      out[v.index()[j]] = v.value()[j];
    }
    return out;
  }

  private static double dot(Sparse v, float[] c) {
    double s = 0;
    for (int j = 0; j < v.index().length; j++) {
      s += v.value()[j] * c[v.index()[j]];
    }
    return s;
  }
}
