package io.ecotrack.extract.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Word classes learned from unlabelled news ({@link WordClusterLearner}): each word, in lower case, with the
 * cluster it falls in at each of a few sizes (64, 256, 1,024 classes). A word the tagger never saw with a label
 * ("Hollinger") shares a class with words it did see ("Chrysler"), so the class is a feature a name finder
 * generalizes by, as Brown clusters are in the CoNLL taggers of the field (Ratinov and Roth, 2009).
 *
 * <p>The file form is a header line {@code # sizes 64 256 1024}, then one line per word: the word, a tab, and its
 * cluster at each size separated by spaces.
 */
public final class WordClusters {
  /** No clusters: the features of a model trained without them. */
  public static final WordClusters NONE = new WordClusters(new int[0], Map.of());

  private final int[] sizes;
  private final Map<String, int[]> clusters;

  WordClusters(int[] sizes, Map<String, int[]> clusters) {
    this.sizes = sizes.clone();
    this.clusters = Map.copyOf(clusters);
  }

  /** True when no word has a cluster. */
  public boolean isEmpty() {
    return clusters.isEmpty();
  }

  /** How many words have a cluster. */
  public int words() {
    return clusters.size();
  }

  /** The cluster sizes, smallest first. */
  public int[] sizes() {
    return sizes.clone();
  }

  /** The clusters of {@code word} (any case) at each size, or null when the word has none. */
  public int[] of(String word) {
    int[] c = clusters.get(word.toLowerCase(Locale.ROOT));
    return c == null ? null : c.clone();
  }

  /** Features of {@code word} ({@code prefix}64=12 …) at every size; {@code prefix}=none when it has no cluster. */
  void features(String prefix, String word, List<String> out) {
    int[] c = clusters.get(word.toLowerCase(Locale.ROOT));
    if (c == null) {
      out.add(prefix + "=none");
      return;
    }
    for (int k = 0; k < sizes.length; k++) {
      out.add(prefix + sizes[k] + "=" + c[k]);
    }
  }

  /** The cluster of {@code word} at the size {@code index} into {@link #sizes()}, or -1. */
  int at(String word, int index) {
    int[] c = clusters.get(word.toLowerCase(Locale.ROOT));
    return c == null ? -1 : c[index];
  }

  /** Writes these clusters in the file form, words in order. */
  public void write(Writer out) throws IOException {
    StringBuilder header = new StringBuilder("# sizes");
    for (int s : sizes) {
      header.append(' ').append(s);
    }
    out.write(header.append('\n').toString());
    for (Map.Entry<String, int[]> e : new TreeMap<>(clusters).entrySet()) {
      StringBuilder line = new StringBuilder(e.getKey()).append('\t');
      int[] c = e.getValue();
      for (int k = 0; k < c.length; k++) {
        line.append(k == 0 ? "" : " ").append(c[k]);
      }
      out.write(line.append('\n').toString());
    }
  }

  /** Reads clusters in the file form; a malformed line stops the load with its number. */
  public static WordClusters read(BufferedReader in) {
    try {
      String header = in.readLine();
      if (header == null || !header.startsWith("# sizes ")) {
        throw new IllegalArgumentException("line 1: expected '# sizes N …'");
      }
      int[] sizes = Arrays.stream(header.substring("# sizes ".length()).trim().split(" ")).mapToInt(Integer::parseInt).toArray();
      Map<String, int[]> clusters = new HashMap<>();
      int lineNo = 1;
      for (String line; (line = in.readLine()) != null; ) {
        lineNo++;
        int tab = line.indexOf('\t');
        String[] ids = tab < 0 ? new String[0] : line.substring(tab + 1).split(" ");
        if (ids.length != sizes.length) {
          throw new IllegalArgumentException("line " + lineNo + ": expected a word, a tab and " + sizes.length + " clusters");
        }
        int[] c = new int[sizes.length];
        for (int k = 0; k < c.length; k++) {
          c[k] = Integer.parseInt(ids[k]);
          if (c[k] < 0 || c[k] >= sizes[k]) {
            throw new IllegalArgumentException("line " + lineNo + ": cluster " + c[k] + " is not below " + sizes[k]);
          }
        }
        if (clusters.put(line.substring(0, tab), c) != null) {
          throw new IllegalArgumentException("line " + lineNo + ": " + line.substring(0, tab) + " is listed twice");
        }
      }
      return new WordClusters(sizes, clusters);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
