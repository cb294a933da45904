package io.ecotrack.extract.ner;

import static io.ecotrack.extract.ner.JapaneseNameWords.*;

import java.util.ArrayList;
import java.util.List;

/** The pass {@code repeated-name}: a name found once is the same name wherever else the text writes it. */
final class JapaneseRepeatedNames {
  private JapaneseRepeatedNames() {}

  /** A name found once is the same name wherever else the text writes it. */
  static List<EntitySpan> repeated(String text, List<EntitySpan> spans) {
    boolean[] covered = new boolean[text.length()];
    for (EntitySpan s : spans) {
      java.util.Arrays.fill(covered, s.start(), s.end(), true);
    }
    List<EntitySpan> out = new ArrayList<>(spans);
    java.util.Set<String> done = new java.util.HashSet<>();
    for (EntitySpan s : spans) {
      if (s.length() < 2 || !done.add(s.text())) {
        continue;
      }
      for (int at = text.indexOf(s.text()); at >= 0; at = text.indexOf(s.text(), at + 1)) {
        int end = at + s.text().length();
        boolean free = true;
        for (int k = at; k < end && free; k++) {
          free = !covered[k];
        }
        if (free) {
          java.util.Arrays.fill(covered, at, end, true);
          out.add(new EntitySpan(at, end, s.text(), s.type(), s.subtype(), s.placeId(), s.confidence() * 0.9));
        }
      }
    }
    if (out.size() > spans.size()) {
      out.sort(java.util.Comparator.comparingInt(EntitySpan::start));
    }
    return out;
  }
}
