package io.ecotrack.extract.ner;

import io.ecotrack.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The pass {@code company-context}: a name taken for a person's is a company's when the words right after it speak
 * of a company. "Eli Lilly said it would …": a person is "he" or "she", a company "it"; "Eli Lilly's shares": people
 * have no shares. Companies named after their founders (Eli Lilly, Johnson &amp; Johnson, Morgan Stanley) read as people
 * to a tagger that has not seen them. The words are the {@code company-verb} and {@code company-possession} rows of
 * {@code en-name-words.tsv}. And a name that opens a sentence which news attributes to a company ("X announced …,
 * the company said") is that company.
 */
final class EnglishCompanyContext implements SpanPass {
  static final String PASS = "company-context";

  private final Set<String> verbs;
  private final Set<String> possessions;

  EnglishCompanyContext(Set<String> verbs, Set<String> possessions) {
    this.verbs = verbs;
    this.possessions = possessions;
  }

  @Override
  public List<EntitySpan> apply(String text, List<EntitySpan> spans) {
    List<EntitySpan> out = null;
    for (int k = 0; k < spans.size(); k++) {
      EntitySpan s = spans.get(k);
      if (s.type() != EntityType.PERSON
          || !company(words(text, s.end(), 3), s.text().contains(" ")) && !attributedToCompany(text, s)) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(spans);
      }
      out.set(k, new EntitySpan(s.start(), s.end(), s.text(), EntityType.ORGANIZATION, "COMPANY", null, s.confidence(), PASS));
    }
    return out == null ? spans : out;
  }

  /**
   * Whether the words after a name speak of a company. A single word (DaimlerChrysler, or a person's family name)
   * is a company only by what it possesses: "Lindner said it" may be a person's quote, "DaimlerChrysler's chairman" not.
   */
  private boolean company(List<String> next, boolean severalWords) {
    if (severalWords && next.size() >= 2 && verbs.contains(next.get(0)) && (next.get(1).equals("it") || next.get(1).equals("its"))) {
      return true; // said it, expects its
    }
    return next.size() >= 2 && (next.get(0).equals("'s") || next.get(0).equals("’s")) && possessions.contains(next.get(1));
  }

  /** "…, the company said": a news sentence's attribution to the company it opened with. */
  private static final java.util.regex.Pattern COMPANY_SAID = java.util.regex.Pattern.compile(
      ",? (?:the|said the) (?:company|firm|group|bank|carmaker|drugmaker|maker|retailer|insurer|lender|airline) (?:said|says|added|announced)\\b");

  /** Whether the span opens a sentence that ends by attributing itself to "the company". */
  private static boolean attributedToCompany(String text, EntitySpan s) {
    return attributedToCompany(text, s.start(), s.end());
  }

  /** Whether the name at [start, end) opens a sentence that ends by attributing itself to "the company". */
  static boolean attributedToCompany(String text, int start, int end) {
    int before = start - 1;
    while (before >= 0 && text.charAt(before) == ' ') {
      before--;
    }
    if (before >= 0 && ".!?\n\"“".indexOf(text.charAt(before)) < 0) {
      return false;
    }
    int full = text.indexOf(". ", end);
    int stop = full < 0 ? text.length() : full + 1;
    return COMPANY_SAID.matcher(text).region(end, Math.min(stop, end + 300)).find();
  }

  /** Up to {@code n} lower-cased words of {@code text} from {@code at}, a possessive as a word of its own. */
  private static List<String> words(String text, int at, int n) {
    List<String> out = new ArrayList<>(n);
    int i = at;
    while (out.size() < n && i < text.length()) {
      char c = text.charAt(i);
      if (c == ' ') {
        i++;
      } else if ((c == '\'' || c == '’') && i + 1 < text.length() && text.charAt(i + 1) == 's') {
        out.add(c + "s");
        i += 2;
      } else if (Character.isLetter(c)) {
        int j = i;
        while (j < text.length() && Character.isLetter(text.charAt(j))) {
          j++;
        }
        out.add(text.substring(i, j).toLowerCase(Locale.ROOT));
        i = j;
      } else {
        break; // a comma or a full stop ends the clause
      }
    }
    return out;
  }
}
