package io.ecotrack.extract.ner;

import io.ecotrack.model.EntityType;
import java.util.List;

/**
 * The pass {@code quoted-title}: a katakana "person" that fills a pair of Japanese quotes (「アイ・ラブ・ルーシー」,
 * 『ペール・ギュント』) is the title of a song, a book or a program. Japanese writes titles in quotes and people's names
 * without them, and the dictionary files many foreign words under people's names, so a quoted katakana run the rules
 * read as a person is far more often a title. A name in kanji (「内田康夫」) stays: that is how a person is quoted.
 */
final class QuotedTitles {
  private QuotedTitles() {}

  static List<EntitySpan> apply(String text, List<EntitySpan> spans) {
    if (spans.stream().noneMatch(s -> title(text, s))) {
      return spans;
    }
    return spans.stream().filter(s -> !title(text, s)).toList();
  }

  private static boolean title(String text, EntitySpan s) {
    if (s.type() != EntityType.PERSON || s.start() == 0 || "「『".indexOf(text.charAt(s.start() - 1)) < 0) {
      return false;
    }
    int after = s.end();
    while (after < text.length() && (text.charAt(after) == ' ' || text.charAt(after) == '　')) {
      after++; // 「ウォンテッド 」: a space may stand before the closing quote
    }
    return after < text.length() && "」』".indexOf(text.charAt(after)) >= 0
        && s.text().codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.KATAKANA
            || c == 'ー' || c == '・' || c == '＝' || c == '=');
  }
}
