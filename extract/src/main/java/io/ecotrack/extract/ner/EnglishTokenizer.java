package io.ecotrack.extract.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * English words as CoNLL-2003 writes them: a word with its inner hyphens, dashes and apostrophes (all-rounder,
 * UW–Madison, O'Neill) but not its possessive (Chrysler 's), an abbreviation with its dots (U.S.), a number with its
 * separators (1,000.5), an initial or a short title or company form with its dot (P. Simmons, Mr. Smith, Acme Corp.),
 * and every other mark on its own. Sentences end at a line break or at . ! ? before a space and a capital or a quote.
 */
public final class EnglishTokenizer implements NerTokenizer {
  private static final Pattern TOKEN = Pattern.compile(
      "(?:\\p{L}\\.){2,}|\\b\\p{Lu}\\.(?=\\s+\\p{Lu}|\\s*[,;)])|\\b(?:" + String.join("|", EnglishAbbreviations.words())
      + ")\\.(?=\\s|[,;)]|$)|\\p{N}+(?:[,.:/]\\p{N}+)+|['’]s\\b|[\\p{L}\\p{N}]+(?:(?:[-–&]|['’](?!s\\b))[\\p{L}\\p{N}]+)*|\\S");

  @Override
  public List<List<NerToken>> sentences(String text) {
    List<List<NerToken>> out = new ArrayList<>();
    List<NerToken> current = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    int last = 0;
    while (m.find()) {
      if (!current.isEmpty() && text.indexOf('\n', last) >= 0 && text.indexOf('\n', last) < m.start()) {
        out.add(current);
        current = new ArrayList<>();
      }
      String t = m.group();
      current.add(new NerToken(t, m.start(), m.end(), null));
      last = m.end();
      if ((t.equals(".") || t.equals("!") || t.equals("?")) && sentenceEndsAt(text, m.end())) {
        out.add(current);
        current = new ArrayList<>();
      }
    }
    if (!current.isEmpty()) {
      out.add(current);
    }
    return out;
  }

  private static boolean sentenceEndsAt(String text, int i) {
    if (i >= text.length() || !Character.isWhitespace(text.charAt(i))) {
      return i >= text.length();
    }
    int j = i;
    while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
      j++;
    }
    return j >= text.length() || Character.isUpperCase(text.charAt(j)) || text.charAt(j) == '"' || text.charAt(j) == '“';
  }
}
