package io.ecotrack.extract.ner;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The pass {@code code-word}: a run the chunker took for a name that is a code or a count (USD10, STEP2, 50番組, 3号): a
 * currency, a step or a number word with its number, or a number and a counter. Amounts and steps are no entities;
 * letters and digits alone may well be a name (AKB48), so only these shapes go, and a run without a letter (…。).
 */
final class JapaneseCodeWords {
  private static final Pattern CODE = Pattern.compile("(?i)(?:USD|JPY|EUR|GBP|CNY|KRW|US\\$|STEP|BEST|TOP|NO\\.?|VOL\\.?|PART|TYPE|VER\\.?|PHASE)"
      + "[0-9０-９.]+|[0-9０-９]+(?:号|番組|件|社|人|台|回|個|本|枚|倍|位|歳|年|月|日)");

  private JapaneseCodeWords() {}

  static List<EntitySpan> apply(List<EntitySpan> spans) {
    if (spans.stream().noneMatch(JapaneseCodeWords::code)) {
      return spans;
    }
    return spans.stream().filter(s -> !code(s)).toList();
  }

  private static boolean code(EntitySpan s) {
    return s.placeId() == null && (CODE.matcher(s.text()).matches() || s.text().codePoints().noneMatch(Character::isLetter));
  }
}
