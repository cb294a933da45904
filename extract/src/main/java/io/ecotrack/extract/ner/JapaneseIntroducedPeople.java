package io.ecotrack.extract.ner;

import static io.ecotrack.extract.ner.JapaneseNameWords.KIND_BEFORE;
import static io.ecotrack.extract.ner.JapaneseNameWords.PERSON_TITLES;

import io.ecotrack.model.EntityType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The pass {@code introduced-person}: in an article (three sentences or more), a person the rules named only by one
 * katakana word must be introduced somewhere in it, as news introduces people: with a title or an honorific after
 * the name (クック氏, クックCEO), or a word for a person before it (監督クック). NEologd lists many common loanwords
 * among its names of people (クライアント, エントランス); a word the article never introduces so is dropped. A single
 * sentence has no room to introduce anyone, and is left as it is.
 */
final class JapaneseIntroducedPeople {
  private static final int ARTICLE_SENTENCES = 3;

  private JapaneseIntroducedPeople() {}

  static List<EntitySpan> apply(String text, List<EntitySpan> spans) {
    if (sentences(text) < ARTICLE_SENTENCES) {
      return spans;
    }
    Set<String> introduced = new HashSet<>();
    Set<String> candidates = new HashSet<>();
    for (EntitySpan s : spans) {
      if (s.type() != EntityType.PERSON || !katakanaWord(s.text())) {
        continue;
      }
      candidates.add(s.text());
      if (titledAfter(text, s.end()) || personKindBefore(text, s.start())) {
        introduced.add(s.text());
      }
    }
    if (introduced.containsAll(candidates)) {
      return spans;
    }
    List<EntitySpan> out = new ArrayList<>(spans.size());
    for (EntitySpan s : spans) {
      if (!candidates.contains(s.text()) || introduced.contains(s.text())) {
        out.add(s);
      }
    }
    return out;
  }

  private static int sentences(String text) {
    int n = 0;
    for (int i = text.indexOf('。'); i >= 0 && n < ARTICLE_SENTENCES; i = text.indexOf('。', i + 1)) {
      n++;
    }
    return n;
  }

  /** Katakana and the long-vowel mark only: one word, not a full name written with ・. */
  private static boolean katakanaWord(String s) {
    return s.chars().allMatch(c -> c >= 0x30A1 && c <= 0x30FA || c == 0x30FC);
  }

  private static boolean titledAfter(String text, int end) {
    for (int len = 1; len <= 6 && end + len <= text.length(); len++) {
      if (PERSON_TITLES.contains(text.substring(end, end + len))) {
        return true;
      }
    }
    return false;
  }

  private static boolean personKindBefore(String text, int start) {
    int at = start > 0 && text.charAt(start - 1) == '、' ? start - 1 : start;
    for (int len = 1; len <= 6 && at - len >= 0; len++) {
      if (KIND_BEFORE.get(text.substring(at - len, at)) == EntityType.PERSON) {
        return true;
      }
    }
    return false;
  }
}
