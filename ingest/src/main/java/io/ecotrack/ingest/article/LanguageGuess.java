package io.ecotrack.ingest.article;

import java.util.Locale;

/**
 * Tells the language of a text from its script, for pages whose markup is silent or wrong: kana mark
 * Japanese, Hangul Korean, Han without kana Chinese, Latin letters English (the only Latin-script language
 * ecotrack analyses specially).
 */
public final class LanguageGuess {
  private LanguageGuess() {}

  /** {@code ja}, {@code ko}, {@code zh}, {@code en} or {@code und} from the letters of {@code text}. */
  public static String fromScript(String text) {
    int kana = 0, han = 0, hangul = 0, latin = 0;
    int limit = Math.min(text.length(), 20_000);
    for (int i = 0; i < limit; i++) {
      char c = text.charAt(i);
      Character.UnicodeScript s = Character.UnicodeScript.of(c);
      switch (s) {
        case HIRAGANA, KATAKANA -> kana++;
        case HAN -> han++;
        case HANGUL -> hangul++;
        case LATIN -> latin++;
        default -> { }
      }
    }
    int letters = kana + han + hangul + latin;
    if (letters == 0) {
      return "und";
    }
    if (kana > 0 && (kana + han) * 5 >= letters) {
      return "ja";
    }
    if (hangul * 5 >= letters) {
      return "ko";
    }
    if (han * 5 >= letters) {
      return "zh";
    }
    return "en";
  }

  /** The primary subtag of a markup language code ({@code ja-JP} → {@code ja}), or null when blank. */
  public static String primary(String code) {
    if (code == null || code.isBlank()) {
      return null;
    }
    String c = code.trim().toLowerCase(Locale.ROOT).replace('_', '-');
    int dash = c.indexOf('-');
    return dash < 0 ? c : c.substring(0, dash);
  }
}
