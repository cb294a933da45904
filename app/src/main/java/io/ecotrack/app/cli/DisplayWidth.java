package io.ecotrack.app.cli;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;

/**
 * The width of text in a terminal's columns, by Unicode's East Asian Width (ICU4J): a wide or full-width character
 * (漢字, カナ, ｱ is narrow, Ａ is wide) takes two columns, a combining mark none, anything else one. Tables pad and cut
 * by it, so a row with a Japanese name lines up with the rows of English ones.
 */
final class DisplayWidth {
  private DisplayWidth() {}

  /** Columns {@code c} takes. */
  static int of(int c) {
    int type = Character.getType(c);
    if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT || c == 0) {
      return 0;
    }
    int eaw = UCharacter.getIntPropertyValue(c, UProperty.EAST_ASIAN_WIDTH);
    return eaw == UCharacter.EastAsianWidth.WIDE || eaw == UCharacter.EastAsianWidth.FULLWIDTH ? 2 : 1;
  }

  /** Columns {@code s} takes. */
  static int of(String s) {
    int w = 0;
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      w += of(c);
      i += Character.charCount(c);
    }
    return w;
  }

  /** {@code s} cut to at most {@code columns}, with an ellipsis where it was cut. */
  static String clip(String s, int columns) {
    if (s == null) {
      return "";
    }
    if (of(s) <= columns) {
      return s;
    }
    StringBuilder b = new StringBuilder();
    int w = 0;
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      if (w + of(c) > columns - 1) {
        break;
      }
      b.appendCodePoint(c);
      w += of(c);
      i += Character.charCount(c);
    }
    return b.append('…').toString();
  }

  /** {@code s} cut to {@code columns} and padded with spaces to exactly that many. */
  static String pad(String s, int columns) {
    String clipped = clip(s, columns);
    return clipped + " ".repeat(Math.max(0, columns - of(clipped)));
  }
}
