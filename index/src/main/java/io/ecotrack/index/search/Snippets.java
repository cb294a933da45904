package io.ecotrack.index.search;

import java.util.List;
import java.util.Locale;

/** A short passage of an article around the first query word it contains, the word marked with [brackets]. */
final class Snippets {
  private static final int WIDTH = 160;

  private Snippets() {}

  static String of(String text, List<String> words) {
    if (text == null) {
      return "";
    }
    String lower = text.toLowerCase(Locale.ROOT);
    int at = -1;
    String hit = null;
    for (String w : words) {
      int i = lower.indexOf(w.toLowerCase(Locale.ROOT));
      if (i >= 0 && (at < 0 || i < at)) {
        at = i;
        hit = text.substring(i, i + w.length());
      }
    }
    if (at < 0) {
      return oneLine(text.substring(0, Math.min(text.length(), WIDTH))) + (text.length() > WIDTH ? "…" : "");
    }
    int start = Math.max(0, at - WIDTH / 3);
    int end = Math.min(text.length(), at + hit.length() + WIDTH * 2 / 3);
    String s = text.substring(start, at) + "[" + hit + "]" + text.substring(at + hit.length(), end);
    return (start > 0 ? "…" : "") + oneLine(s) + (end < text.length() ? "…" : "");
  }

  private static String oneLine(String s) {
    return s.replaceAll("\\s+", " ").trim();
  }
}
