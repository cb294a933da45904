package io.ecotrack.extract.ner;

import static io.ecotrack.extract.ner.JapaneseNameWords.PERSON_TITLES;

import io.ecotrack.model.EntityType;
import java.util.List;

/**
 * The pass {@code single-character}: one kanji alone is a person only with a title after it (孫社長, 林氏); otherwise it
 * is a piece of a word the tokenizer cut off (金, 満 read as given names). Places of one kanji (米 for the United States)
 * stay: dropping those lost more than it gained.
 */
final class SingleCharacterNames {
  private SingleCharacterNames() {}

  static List<EntitySpan> apply(String text, List<EntitySpan> spans) {
    if (spans.stream().noneMatch(s -> lone(text, s))) {
      return spans;
    }
    return spans.stream().filter(s -> !lone(text, s)).toList();
  }

  private static boolean lone(String text, EntitySpan s) {
    if (s.end() - s.start() != 1 || Character.UnicodeScript.of(s.text().codePointAt(0)) != Character.UnicodeScript.HAN) {
      return false;
    }
    int after = s.end();
    while (after < text.length() && (text.charAt(after) == ' ' || text.charAt(after) == '　')) {
      after++; // 花形 満 氏: a space may stand before the title
    }
    int at = after;
    return s.type() == EntityType.PERSON && PERSON_TITLES.stream().noneMatch(t -> text.startsWith(t, at));
  }
}
