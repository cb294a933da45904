package io.ecotrack.extract.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Names learned for canonical entities (メイヨー・クリニック → {@code org:mayo-clinic}, learned from a gloss
 * such as メイヨー・クリニック(Mayo Clinic)), so a later article that uses only one of the names resolves to
 * the same entity, and finds it even where the tagger alone would not. Names are compared in their
 * normalized form ({@link EntityResolver#normalize}). This implementation lives in memory (offline
 * {@code ecotrack extract}); the workers use {@link KafkaAliasTable}, which keeps the table in a compacted topic.
 */
public class AliasTable {
  /** A learned name found in a text. */
  public record Match(int start, int end, String id) {}

  private final Map<String, String> idByKey = new ConcurrentHashMap<>();
  // surfaces by their first character, longest first, for scanning texts
  private final Map<Character, List<String>> surfacesByFirst = new ConcurrentHashMap<>();

  /** The canonical id learned for {@code name} (any width, case or middle dots), if any. */
  public Optional<String> idFor(String name) {
    return Optional.ofNullable(idByKey.get(EntityResolver.normalize(name)));
  }

  /** Learns that {@code name} names {@code id}; a name learned earlier keeps its first id. */
  public void learn(String name, String id) {
    if (idByKey.putIfAbsent(EntityResolver.normalize(name), id) == null && name.length() >= 2) {
      List<String> list = surfacesByFirst.computeIfAbsent(name.charAt(0), c -> new CopyOnWriteArrayList<>());
      list.add(name);
      list.sort(Comparator.comparingInt(String::length).reversed());
    }
  }

  public int size() {
    return idByKey.size();
  }

  /** Learned names in {@code text}, leftmost-longest, not overlapping; Latin names only as whole words. */
  public List<Match> find(String text) {
    List<Match> out = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      List<String> candidates = surfacesByFirst.get(text.charAt(i));
      String hit = null;
      if (candidates != null) {
        for (String name : candidates) {
          if (text.startsWith(name, i) && wholeWord(text, i, i + name.length())) {
            hit = name;
            break;
          }
        }
      }
      if (hit != null) {
        out.add(new Match(i, i + hit.length(), idByKey.get(EntityResolver.normalize(hit))));
        i += hit.length();
      } else {
        i++;
      }
    }
    return out;
  }

  private static boolean wholeWord(String text, int start, int end) {
    boolean latin = Character.isLetterOrDigit(text.charAt(start)) && text.charAt(start) < 0x0250;
    if (!latin) {
      return true; // Japanese has no spaces between words
    }
    return (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)))
        && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
  }
}
