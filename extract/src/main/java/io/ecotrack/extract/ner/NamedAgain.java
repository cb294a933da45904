package io.ecotrack.extract.ner;

import io.ecotrack.model.EntityType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pass {@code named-again}: an organization or person the article names is the same wherever the article writes
 * that name again, though the tagger, reading one sentence at a time, passed it over there ("DaimlerChrysler last week
 * agreed …" after "DaimlerChrysler's chairman") or read it there as shorter names ("Harlow" and "Pike" where the
 * article also names "Harlow and Pike"). Only whole words, only where no span crosses the name's ends, and only
 * names long enough not to be a common word: two words or more, or one of {@value #MIN_ONE_WORD} letters or more
 * that English never writes in lower case in the text. Longer names are placed first.
 */
final class NamedAgain implements SpanPass {
  static final String PASS = "named-again";
  static final int MIN_ONE_WORD = 4;

  @Override
  public List<EntitySpan> apply(String text, List<EntitySpan> spans) {
    Map<String, EntitySpan> names = new LinkedHashMap<>();
    for (EntitySpan s : spans) {
      if ((s.type() == EntityType.ORGANIZATION || s.type() == EntityType.PERSON) && namesOnly(text, s.text())) {
        names.putIfAbsent(s.text(), s);
      }
    }
    if (names.isEmpty()) {
      return spans;
    }
    List<EntitySpan> byLength = new ArrayList<>(names.values());
    byLength.sort(Comparator.comparingInt(EntitySpan::length).reversed());
    List<EntitySpan> out = new ArrayList<>(spans);
    out.sort(Comparator.comparingInt(EntitySpan::start));
    boolean changed = false;
    for (EntitySpan name : byLength) {
      String n = name.text();
      boolean words = n.contains(" ");
      for (int at = text.indexOf(n); at >= 0; at = text.indexOf(n, at + n.length())) {
        int start = at;
        int end = at + n.length();
        if (!wholeWord(text, start, end)) {
          continue;
        }
        // the spans that touch the name here: none may cross its ends, and only a longer name replaces shorter ones
        int first = firstStartingAt(out, start);
        boolean crosses = first > 0 && out.get(first - 1).end() > start; // the spans here do not nest
        int last = first;
        while (last < out.size() && out.get(last).start() < end) {
          EntitySpan s = out.get(last);
          crosses |= s.end() > end || s.start() == start && s.end() == end;
          last++;
        }
        if (crosses || last > first && !words) {
          continue;
        }
        out.subList(first, last).clear();
        out.add(first, new EntitySpan(start, end, n, name.type(), name.subtype(), null, name.confidence() * 0.9, PASS));
        changed = true;
      }
    }
    return changed ? out : spans;
  }

  /** The index of the first span of {@code sorted} (in text order) that starts at {@code offset} or after it. */
  private static int firstStartingAt(List<EntitySpan> sorted, int offset) {
    int lo = 0;
    int hi = sorted.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted.get(mid).start() < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Whether a name is distinctive: two words or more, or one long word never written in lower case in the text. */
  private static boolean namesOnly(String text, String name) {
    if (name.contains(" ")) {
      return true;
    }
    return name.length() >= MIN_ONE_WORD && Character.isUpperCase(name.charAt(0))
        && !text.contains(" " + name.toLowerCase(java.util.Locale.ROOT) + " ");
  }

  private static boolean wholeWord(String text, int start, int end) {
    return (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)))
        && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
  }
}
