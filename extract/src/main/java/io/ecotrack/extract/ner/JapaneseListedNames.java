package io.ecotrack.extract.ner;

import static io.ecotrack.extract.ner.JapaneseNameWords.*;

import io.ecotrack.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The pass {@code list-item}: the untagged items of an enumeration whose other items are names of one type. In
 * "マラガ、グラナダ、コルドバ、セビリア" the cities found make cities of the rest.
 */
final class JapaneseListedNames {
  private JapaneseListedNames() {}

  /**
   * The untagged items of an enumeration whose other items are names of one type: in "マラガ、グラナダ、コルドバ、
   * セビリア", the cities found make cities of the rest. An item is a run of nouns between 、 (the last one may
   * follow および, 及び, や or と); the list needs two items of that type and none of another.
   */
  static List<EntitySpan> listed(String text, List<JapaneseToken> tokens, List<EntitySpan> spans) {
    List<EntitySpan> added = new ArrayList<>();
    List<int[]> items = new ArrayList<>(); // token ranges [from, to)
    int i = 0;
    while (i < tokens.size()) {
      items.clear();
      int k = i;
      while (true) {
        int end = k;
        while (end < tokens.size() && listWord(tokens.get(end)) && (end == k || tokens.get(end - 1).end() == tokens.get(end).start())) {
          end++;
        }
        if (end == k) {
          break;
        }
        items.add(new int[] {k, end});
        if (end < tokens.size() && LIST_SEPARATORS.contains(tokens.get(end).surface())) {
          k = end + 1;
        } else {
          break;
        }
      }
      if (items.size() >= 3 || items.size() == 2 && i > 0) {
        addListed(text, tokens, spans, items, added);
      }
      i = items.isEmpty() ? i + 1 : items.get(items.size() - 1)[1];
    }
    return withAdded(spans, added);
  }

  /** {@code spans} with {@code added} among them, in text order. */
  static List<EntitySpan> withAdded(List<EntitySpan> spans, List<EntitySpan> added) {
    if (added.isEmpty()) {
      return spans;
    }
    List<EntitySpan> out = new ArrayList<>(spans);
    out.addAll(added);
    out.sort(java.util.Comparator.comparingInt(EntitySpan::start));
    return out;
  }

  static void addListed(String text, List<JapaneseToken> tokens, List<EntitySpan> spans, List<int[]> items, List<EntitySpan> added) {
    Map<EntityType, Integer> typed = new java.util.EnumMap<>(EntityType.class);
    List<int[]> untyped = new ArrayList<>();
    for (int[] item : items) {
      int start = tokens.get(item[0]).start();
      int end = tokens.get(item[1] - 1).end();
      EntitySpan exact = null;
      boolean partial = false;
      for (EntitySpan s : spans) {
        if (s.start() == start && s.end() == end) {
          exact = s;
        } else if (s.start() < end && start < s.end()) {
          partial = true;
        }
      }
      if (exact != null) {
        typed.merge(exact.type(), 1, Integer::sum);
      } else if (partial) {
        return; // an item holds a name that does not fill it: not a plain list of names
      } else {
        untyped.add(new int[] {start, end});
      }
    }
    if (typed.size() != 1 || untyped.isEmpty()) {
      return;
    }
    var only = typed.entrySet().iterator().next();
    if (only.getValue() < 2) {
      return;
    }
    for (int[] u : untyped) {
      int length = u[1] - u[0];
      if (length >= 2 && length <= 12) {
        added.add(new EntitySpan(u[0], u[1], text.substring(u[0], u[1]), only.getKey(), null, null, 0.5));
      }
    }
  }

  /** A token that can be part of a listed name: a noun that is not a number, pronoun or dependent noun, or a ・. */
  static boolean listWord(JapaneseToken t) {
    return t.nakaguro() || t.noun() && !t.pos().startsWith("名詞-数") && !t.pos().startsWith("名詞-代名詞")
        && !t.pos().startsWith("名詞-非自立") && !t.pos().startsWith("名詞-副詞可能") && Character.isLetter(t.surface().charAt(0));
  }
}
