package io.ecotrack.extract.ner;

import java.text.Normalizer;

/**
 * Unicode NFKC (full width to half width, ㈱ to (株)) for names. Most names are already in that form:
 * those are recognized by a scan and returned as they are, since the JDK's normalizer allocates and
 * walks its tables even for text it leaves unchanged, and names are normalized by the thousand.
 */
public final class Nfkc {
  private Nfkc() {}

  public static String of(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!stable(s.charAt(i))) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC);
      }
    }
    return s;
  }

  /**
   * True for characters NFKC leaves alone and that cannot combine with a neighbour: printable ASCII,
   * hiragana, katakana, the long-vowel mark, the ideographic comma, full stop and iteration mark, and
   * the CJK unified ideographs. Voicing marks (゛, U+3099) and compatibility forms are not among them.
   */
  static boolean stable(char c) {
    return (c >= 0x20 && c <= 0x7E)
        || (c >= 0x3041 && c <= 0x3096)
        || (c >= 0x30A1 && c <= 0x30FC)
        || c == 0x3001 || c == 0x3002 || c == 0x3005
        || (c >= 0x4E00 && c <= 0x9FFF);
  }
}
