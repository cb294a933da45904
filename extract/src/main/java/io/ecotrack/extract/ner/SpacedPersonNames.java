package io.ecotrack.extract.ner;

import io.ecotrack.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The pass {@code spaced-name}: a Japanese name written with a space between family and given names (田中 一郎,
 * 田中　一郎) is one person. The tokenizer reads the two halves apart, and the rules before this pass type each half
 * on its own: the family name often as a place it is also the name of, the given name as a person. Joined when the
 * family name is one to three kanji the rules found as a person, as a place the gazetteer does not know or a
 * facility (石橋, by a bridge's suffix), or as anything else the dictionary knows as a family name, and the
 * given name after one space is one to three kanji or kana the rules found as a person, or a word the dictionary
 * knows as a given name followed by a title (氏, 社長 …).
 */
final class SpacedPersonNames {
  static final String PASS = "spaced-name";

  private static final Set<Character> SPACES = Set.of(' ', '\u3000');

  private SpacedPersonNames() {}

  /** {@code spans} with spaced names joined; without {@code tokens} (null) only two spans found apart are joined. */
  static List<EntitySpan> apply(String text, List<JapaneseToken> tokens, List<EntitySpan> spans, Set<String> titles) {
    List<EntitySpan> out = null;
    for (int k = 0; k < spans.size(); k++) {
      EntitySpan family = spans.get(k);
      if (!(family.type() == EntityType.PERSON || family.placeId() == null && (family.type() == EntityType.LOCATION
              || family.type() == EntityType.FACILITY || dictionarySurname(tokens, family))) // 石橋 is a surname, not a bridge
          || !kanji(family.text()) || family.length() > 3 || family.end() + 1 >= text.length()
          || !SPACES.contains(text.charAt(family.end()))) {
        continue;
      }
      int givenStart = family.end() + 1;
      EntitySpan next = k + 1 < spans.size() ? spans.get(k + 1) : null;
      int givenEnd = -1;
      boolean replacesNext = false;
      if (next != null && next.start() == givenStart) {
        if (next.type() == EntityType.PERSON && next.length() <= 3 && nameCharacters(next.text())) {
          givenEnd = next.end();
          replacesNext = true;
        }
      } else if (tokens != null) {
        JapaneseToken given = tokenAt(tokens, givenStart);
        int after = given == null ? -1 : indexAt(tokens, given.end());
        if (given != null && given.givenName() && given.surface().length() <= 3 && nameCharacters(given.surface())
            && after >= 0 && titles.contains(tokens.get(after).surface()) && (next == null || next.start() >= given.end())) {
          givenEnd = given.end();
        }
      }
      if (givenEnd < 0) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(spans);
      }
      EntitySpan whole = new EntitySpan(family.start(), givenEnd, text.substring(family.start(), givenEnd), EntityType.PERSON,
          null, null, 0.85, PASS);
      out.set(out.indexOf(family), whole);
      if (replacesNext) {
        out.remove(next);
        k++;
      }
    }
    return out == null ? spans : out;
  }

  /** True when {@code span} is one token the dictionary knows as a family name (高橋, 石橋). */
  private static boolean dictionarySurname(List<JapaneseToken> tokens, EntitySpan span) {
    JapaneseToken t = tokens == null ? null : tokenAt(tokens, span.start());
    return t != null && t.end() == span.end() && t.surname();
  }

  private static JapaneseToken tokenAt(List<JapaneseToken> tokens, int start) {
    int i = indexAt(tokens, start);
    return i < 0 ? null : tokens.get(i);
  }

  private static int indexAt(List<JapaneseToken> tokens, int start) {
    int lo = 0;
    int hi = tokens.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int s = tokens.get(mid).start();
      if (s == start) {
        return mid;
      } else if (s < start) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return -1;
  }

  private static boolean kanji(String s) {
    return !s.isEmpty() && s.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
  }

  /** Kanji or kana only: what a Japanese given name is written in (一郎, さくら, ミキ). */
  private static boolean nameCharacters(String s) {
    return !s.isEmpty() && s.codePoints().allMatch(c -> {
      Character.UnicodeScript script = Character.UnicodeScript.of(c);
      return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
          || script == Character.UnicodeScript.KATAKANA;
    });
  }
}
