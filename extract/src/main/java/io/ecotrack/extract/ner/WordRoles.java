package io.ecotrack.extract.ner;

import io.ecotrack.model.EntityType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The words a rule tagger reads names by, and the role each word plays (an organization suffix, a person's title,
 * a word that ends a list …), loaded from a resource file as Lucene loads its stop-word lists. One row per word:
 * the word, a tab, and its roles separated by spaces; a role that carries a value is written {@code role=VALUE}
 * ({@code 大学	org-suffix=UNIVERSITY strong-org-suffix}). Lines starting with {@code #} are comments.
 *
 * <p>The file is checked when it is read: a role the tagger does not know, a value where none is expected or none
 * where one is, the same word on two rows, or the same role twice on a row stops the load with the line number,
 * so a mistyped edit fails at start and not as a silently missing word.
 */
public final class WordRoles {
  private final String resource;
  private final Map<String, Map<String, String>> byRole = new HashMap<>();

  private WordRoles(String resource, Map<String, Boolean> roles) {
    this.resource = resource;
    roles.keySet().forEach(r -> byRole.put(r, new LinkedHashMap<>()));
  }

  /**
   * Reads {@code resource} (beside {@code anchor}), knowing only {@code roles}: each role mapped to whether it
   * carries a value.
   *
   * @throws IllegalStateException naming the line, if the file breaks one of the rules above
   */
  public static WordRoles load(Class<?> anchor, String resource, Map<String, Boolean> roles) {
    try (InputStream in = anchor.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource + " beside " + anchor.getName());
      }
      return read(resource, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), roles);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /** Reads rows from {@code reader}; {@code name} is what errors call the file. */
  static WordRoles read(String name, BufferedReader reader, Map<String, Boolean> roles) throws IOException {
    WordRoles out = new WordRoles(name, roles);
    Map<String, Integer> seen = new HashMap<>();
    String line;
    int number = 0;
    while ((line = reader.readLine()) != null) {
      number++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      int tab = line.indexOf('\t');
      if (tab <= 0 || tab == line.length() - 1) {
        throw out.error(number, "expected a word, a tab and its roles, not '" + line + "'");
      }
      String word = line.substring(0, tab);
      Integer before = seen.putIfAbsent(word, number);
      if (before != null) {
        throw out.error(number, "'" + word + "' is already listed on line " + before + " (one row per word)");
      }
      Set<String> rowRoles = new java.util.HashSet<>();
      for (String item : line.substring(tab + 1).trim().split(" +")) {
        int eq = item.indexOf('=');
        String role = eq < 0 ? item : item.substring(0, eq);
        Boolean valued = roles.get(role);
        if (valued == null) {
          throw out.error(number, "unknown role '" + role + "' (known: " + new java.util.TreeSet<>(roles.keySet()) + ")");
        }
        if (valued != eq > 0 || eq == item.length() - 1) {
          throw out.error(number, "role '" + role + "' " + (valued ? "needs a value: " + role + "=VALUE" : "takes no value"));
        }
        if (!rowRoles.add(role)) {
          throw out.error(number, "role '" + role + "' given twice");
        }
        out.byRole.get(role).put(word, eq < 0 ? "" : item.substring(eq + 1));
      }
    }
    return out;
  }

  private IllegalStateException error(int line, String what) {
    return new IllegalStateException(resource + " line " + line + ": " + what);
  }

  /** The words that play {@code role}. */
  public Set<String> words(String role) {
    return Set.copyOf(known(role).keySet());
  }

  /** The words that play {@code role}, each with its value. */
  public Map<String, String> values(String role) {
    return Map.copyOf(known(role));
  }

  /** The words that play {@code role}, whose value is an entity type; a value that is not one fails the load. */
  public Map<String, EntityType> types(String role) {
    Map<String, EntityType> out = new HashMap<>();
    known(role).forEach((word, value) -> {
      try {
        out.put(word, EntityType.valueOf(value));
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException(resource + ": " + word + " " + role + "=" + value + " is not an entity type");
      }
    });
    return Map.copyOf(out);
  }

  private Map<String, String> known(String role) {
    Map<String, String> words = byRole.get(role);
    if (words == null) {
      throw new IllegalArgumentException("no role " + role + " in " + resource);
    }
    return words;
  }
}
