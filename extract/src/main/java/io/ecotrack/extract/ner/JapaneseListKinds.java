package io.ecotrack.extract.ner;

import static io.ecotrack.extract.ner.JapaneseNameWords.LIST_KINDS;
import static io.ecotrack.extract.ner.JapaneseNameWords.LIST_SEPARATORS;

import io.ecotrack.model.EntityType;
import java.util.ArrayList;
import java.util.List;

/**
 * The pass {@code list-kind}: a list closed by what its items are types every item. In "XやY、ZなどのX大手" or
 * "X、Y、Zなどの企業" the names are companies, whatever each alone looked like (a katakana company name often reads
 * as a person's): the words after など(の) and 等(の) that say so are the {@code list-kind} rows of
 * {@code ja-name-words.tsv}. Only the type changes; the spans were found by the passes before.
 */
final class JapaneseListKinds {
  static final String PASS = "list-kind";

  private JapaneseListKinds() {}

  static List<EntitySpan> apply(String text, List<EntitySpan> spans) {
    List<EntitySpan> out = null;
    for (int k = 0; k < spans.size(); k++) {
      EntitySpan last = spans.get(k);
      EntityType kind = kindAfter(text, last.end());
      if (kind == null) {
        continue;
      }
      // back over the items: each ends right before a separator that the next item starts right after
      int first = k;
      while (first > 0 && separated(text, spans.get(first - 1).end(), spans.get(first).start())) {
        first--;
      }
      if (first == k) {
        continue; // one name before など is no list
      }
      for (int j = first; j <= k; j++) {
        EntitySpan s = spans.get(j);
        if (s.type() != kind && s.placeId() == null) {
          if (out == null) {
            out = new ArrayList<>(spans);
          }
          out.set(j, new EntitySpan(s.start(), s.end(), s.text(), kind, null, null, s.confidence(), PASS));
        }
      }
    }
    return out == null ? spans : out;
  }

  /** The type the words right after など(の) or 等(の) at {@code at} give a list, or null. */
  private static EntityType kindAfter(String text, int at) {
    int i = text.startsWith("など", at) ? at + 2 : text.startsWith("等", at) ? at + 1 : -1;
    if (i < 0) {
      return null;
    }
    if (text.startsWith("の", i)) {
      i++;
    }
    for (int end = Math.min(text.length(), i + 6); end > i; end--) {
      EntityType t = LIST_KINDS.get(text.substring(i, end));
      if (t != null) {
        return t;
      }
    }
    return null;
  }

  /** True when only one list separator (、, や, と, および …) stands between {@code end} and {@code start}. */
  private static boolean separated(String text, int end, int start) {
    return start > end && LIST_SEPARATORS.contains(text.substring(end, start).strip());
  }
}
