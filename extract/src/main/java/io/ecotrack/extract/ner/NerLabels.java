package io.ecotrack.extract.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The explicit mapping from each training set's labels to ecotrack's entity types, read from
 * {@code ner-labels.tsv} (one row per source and label). {@link #NOT_AN_ENTITY} marks names the model learns
 * to tell apart but ecotrack does not keep (products, events, works); a label without a row is not a name.
 */
public final class NerLabels {
  /** The type of names that are learned but dropped from the output. */
  public static final String NOT_AN_ENTITY = "X";
  private static final Set<String> TYPES = Set.of("PERSON", "ORGANIZATION", "LOCATION", "FACILITY", NOT_AN_ENTITY);

  private final Map<String, String> bySourceAndLabel;

  private NerLabels(Map<String, String> bySourceAndLabel) {
    this.bySourceAndLabel = bySourceAndLabel;
  }

  /** The shipped mapping; each row checked for a known type and against duplicates. */
  public static NerLabels standard() {
    try (InputStream in = NerLabels.class.getResourceAsStream("ner-labels.tsv")) {
      if (in == null) {
        throw new IllegalStateException("ner-labels.tsv is missing from the classpath");
      }
      Map<String, String> map = new HashMap<>();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int n = 0;
      for (String line; (line = r.readLine()) != null; ) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        if (f.length != 3 || !TYPES.contains(f[2])) {
          throw new IllegalStateException("ner-labels.tsv:" + n + ": expected source, label and one of " + TYPES);
        }
        if (map.put(f[0] + "\t" + f[1], f[2]) != null) {
          throw new IllegalStateException("ner-labels.tsv:" + n + ": " + f[0] + " " + f[1] + " is mapped twice");
        }
      }
      return new NerLabels(map);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The ecotrack type of {@code label} in {@code source} (conll, stockmark, gsd); empty when it is no name. */
  public Optional<String> typeOf(String source, String label) {
    return Optional.ofNullable(bySourceAndLabel.get(source + "\t" + label));
  }
}
