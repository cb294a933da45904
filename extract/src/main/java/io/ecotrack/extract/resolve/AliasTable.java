package io.ecotrack.extract.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLongArray;

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
  // the same first characters as bits, so a scan asks the map (and boxes a char) only where a name may start
  private final AtomicLongArray firstChars = new AtomicLongArray(1 << 10);

  /** The canonical id learned for {@code name} (any width, case or middle dots), if any. */
  public Optional<String> idFor(String name) {
    return Optional.ofNullable(idByKey.get(EntityResolver.normalize(name)));
  }

  /** Learns that {@code name} names {@code id}; a name learned earlier keeps its first id. */
  public void learn(String name, String id) {
    if (idByKey.putIfAbsent(EntityResolver.normalize(name), id) == null && name.length() >= 2) {
      char first = name.charAt(0);
      List<String> list = surfacesByFirst.computeIfAbsent(first, c -> new CopyOnWriteArrayList<>());
      list.add(name);
      list.sort(Comparator.comparingInt(String::length).reversed());
      firstChars.getAndUpdate(first >>> 6, bits -> bits | 1L << first);
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
      char c = text.charAt(i);
      List<String> candidates = (firstChars.get(c >>> 6) & 1L << c) == 0 ? null : surfacesByFirst.get(c);
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
