package io.ecotrack.extract.ner;

import static io.ecotrack.extract.ner.JapaneseNameWords.PERSON_TITLES;

import io.ecotrack.model.EntityType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pass {@code dotted-name}: katakana words joined by a middle dot and followed by a person's title (スンダー・ピチャイ氏,
 * ビル・リントンCEO) are a foreign person's given and family names, whatever the dictionary makes of the parts (ビル is
 * "building", ピチャイ an organization to NEologd); and a kanji name after a role and a middle dot, before 氏 or さん
 * (支社長・甘田純一氏), is a person. The titles are the {@code person-title} rows of {@code ja-name-words.tsv}; spans found
 * inside the name give way to it, and a span that ran across the dot into it ends before the role.
 */
final class DottedForeignNames {
  static final String PASS = "dotted-name";

  private static final Pattern DOTTED = Pattern.compile("(?<![ァ-ヺー・･])[ァ-ヺー]{2,}(?:[・･][ァ-ヺー]{2,}){1,2}(?![ァ-ヺー・･])"
      // a role, a middle dot, then a person's kanji name before the title: 支社長・甘田純一氏
      + "|(?<=[長者員役][・･])\\p{IsHan}{2,5}(?=氏|さん)");

  private DottedForeignNames() {}

  static List<EntitySpan> apply(String text, List<EntitySpan> spans) {
    List<EntitySpan> out = null;
    Matcher m = DOTTED.matcher(text);
    while (m.find()) {
      if (!titled(text, m.end())) {
        continue;
      }
      int start = m.start();
      int end = m.end();
      List<EntitySpan> current = out == null ? spans : out;
      boolean kanji = Character.UnicodeScript.of(m.group().codePointAt(0)) == Character.UnicodeScript.HAN;
      if (current.stream().anyMatch(s -> s.start() == start && s.end() == end && s.type() == EntityType.PERSON)
          || !kanji && current.stream().anyMatch(s -> s.start() < end && start < s.end() && (s.start() < start || s.end() > end))) {
        continue; // found already, or part of a longer name
      }
      if (out == null) {
        out = new ArrayList<>(spans);
      }
      // KDDI関西コンシューマー支社長・甘田純一氏 read as one organization: the name is no part of it, nor the role
      out.removeIf(s -> s.start() < end && start < s.end());
      out.add(new EntitySpan(start, end, m.group(), EntityType.PERSON, null, null, 0.75, PASS));
    }
    if (out == null) {
      return spans;
    }
    out.sort(Comparator.comparingInt(EntitySpan::start));
    return out;
  }

  private static boolean titled(String text, int at) {
    for (String title : PERSON_TITLES) {
      if (text.startsWith(title, at)) {
        return true;
      }
    }
    return false;
  }
}
