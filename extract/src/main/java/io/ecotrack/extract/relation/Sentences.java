package io.ecotrack.extract.relation;

import io.ecotrack.extract.ner.EnglishAbbreviations;
import io.ecotrack.model.Evidence;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sentences of an article's text, as [start, end) offsets: a relation's evidence is one sentence, and the
 * triggers run on one at a time. Japanese sentences end at 。！？ or a line break; English ones at a full
 * stop, question or exclamation mark followed by a capital, or a line break.
 */
final class Sentences {
  /** A full stop before a capital, but not the dot of an abbreviation ("Mr. Oduya", "Acme Corp. said"). */
  private static final Pattern EN_SENTENCE_END = Pattern.compile("(?<=[a-z0-9)\"”][.!?])(?<!\\b(?:"
      + String.join("|", EnglishAbbreviations.words()) + ")\\.)\\s+(?=[A-Z\"“])");

  private Sentences() {}

  /** The sentence [start, end) of {@code text} as evidence, without its surrounding white space. */
  static Evidence evidence(String text, int[] sentence) {
    String s = text.substring(sentence[0], sentence[1]);
    return new Evidence(s.strip(), sentence[0] + (s.length() - s.stripLeading().length()), sentence[0] + s.stripTrailing().length());
  }

  /**
   * The longest sentence, in characters. Longer runs without a sentence end (a table, a list, junk) are cut
   * into pieces of at most this length, at a space or comma where there is one: a relation's evidence is a
   * sentence, and the trigger patterns run on one, so neither grows with the article.
   */
  static final int MAX_SENTENCE_CHARS = 1_000;

  static List<int[]> of(String text, boolean japanese) {
    List<int[]> out = new ArrayList<>();
    for (int[] s : unboundedSentences(text, japanese)) {
      int start = s[0];
      while (s[1] - start > MAX_SENTENCE_CHARS) {
        int cut = start + MAX_SENTENCE_CHARS;
        for (int i = cut; i > start + MAX_SENTENCE_CHARS / 2; i--) {
          char c = text.charAt(i - 1);
          if (c == ' ' || c == '、' || c == ',' || c == '，' || c == '　') {
            cut = i;
            break;
          }
        }
        if (Character.isLowSurrogate(text.charAt(cut))) {
          cut--;
        }
        out.add(new int[] {start, cut});
        start = cut;
      }
      out.add(new int[] {start, s[1]});
    }
    return out;
  }

  private static List<int[]> unboundedSentences(String text, boolean japanese) {
    List<int[]> out = new ArrayList<>();
    if (japanese) {
      // a sentence runs to its closing 。！？!? (kept) or to a line break (dropped)
      int start = 0;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '\n') {
          if (i > start) {
            out.add(new int[] {start, i});
          }
          start = i + 1;
        } else if (c == '。' || c == '！' || c == '？' || c == '!' || c == '?') {
          out.add(new int[] {start, i + 1});
          start = i + 1;
        }
      }
      if (start < text.length()) {
        out.add(new int[] {start, text.length()});
      }
      return out;
    }
    int start = 0;
    for (String line : text.split("\n", -1)) {
      int lineStart = start;
      Matcher m = EN_SENTENCE_END.matcher(line);
      int from = 0;
      while (m.find()) {
        out.add(new int[] {lineStart + from, lineStart + m.start()});
        from = m.end();
      }
      if (from < line.length()) {
        out.add(new int[] {lineStart + from, lineStart + line.length()});
      }
      start += line.length() + 1;
    }
    return out;
  }
}
