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
 * {@code en-name-words.tsv}.
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
      if (s.type() != EntityType.PERSON || !s.text().contains(" ") || !company(words(text, s.end(), 3))) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(spans);
      }
      out.set(k, new EntitySpan(s.start(), s.end(), s.text(), EntityType.ORGANIZATION, "COMPANY", null, s.confidence(), PASS));
    }
    return out == null ? spans : out;
  }

  private boolean company(List<String> next) {
    if (next.size() >= 2 && verbs.contains(next.get(0)) && (next.get(1).equals("it") || next.get(1).equals("its"))) {
      return true; // said it, expects its
    }
    return next.size() >= 2 && (next.get(0).equals("'s") || next.get(0).equals("’s")) && possessions.contains(next.get(1));
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
