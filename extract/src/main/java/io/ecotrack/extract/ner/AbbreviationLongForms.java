package io.ecotrack.extract.ner;

import io.ecotrack.model.EntityType;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pass {@code abbreviation-long-form}: an organization's abbreviation defined in brackets after its name spells the
 * name's capitalized words, so those words are one name, though the tagger read only some of them ("Scottish and
 * Newcastle (S&N)": S and N are the first letters of Scottish and Newcastle). This is the long-form search of
 * Schwartz and Hearst (2003), kept strict: one letter of the abbreviation for each capitalized word, only connectors
 * (and, &amp;, of …) between them. It only mends a name the tagger already found part of as an organization (or
 * whose abbreviation it found as one), and only where no name crosses the long form's ends.
 */
final class AbbreviationLongForms implements SpanPass {
  static final String PASS = "abbreviation-long-form";
  private static final Pattern ABBREVIATION = Pattern.compile("\\(([A-Z][A-Z&.\\-]{1,9})\\)");
  private static final int MAX_LETTERS = 6;

  private final Set<String> connectors;

  /** With the lower-case {@code connectors} that may stand between the words of a name (and, of, &amp; …). */
  AbbreviationLongForms(Set<String> connectors) {
    this.connectors = Set.copyOf(connectors);
  }

  @Override
  public List<EntitySpan> apply(String text, List<EntitySpan> spans) {
    List<EntitySpan> out = spans;
    Matcher m = ABBREVIATION.matcher(text);
    while (m.find()) {
      String letters = m.group(1).replaceAll("[^A-Z]", "");
      if (letters.length() < 2 || letters.length() > MAX_LETTERS) {
        continue;
      }
      int end = m.start();
      while (end > 0 && text.charAt(end - 1) == ' ') {
        end--;
      }
      int start = longFormStart(text, end, letters);
      if (start >= 0) {
        out = mend(text, out, start, end, m.start(1), m.end(1));
      }
    }
    return out;
  }

  /** Where the words before {@code end} spell {@code letters} one capitalized word each, or -1. */
  private int longFormStart(String text, int end, String letters) {
    int at = end;
    for (int i = letters.length() - 1; i >= 0; ) {
      int wordEnd = at;
      int wordStart = wordEnd;
      while (wordStart > 0 && isWordChar(text.charAt(wordStart - 1))) {
        wordStart--;
      }
      if (wordStart == wordEnd) {
        return -1;
      }
      String word = text.substring(wordStart, wordEnd);
      boolean connector = connectors.contains(word);
      if (!connector) {
        if (word.charAt(0) != letters.charAt(i)) {
          return -1;
        }
        i--;
        if (i < 0) {
          return wordStart;
        }
      } else if (i == letters.length() - 1) {
        return -1; // a long form does not end on a connector
      }
      if (wordStart == 0 || text.charAt(wordStart - 1) != ' ') {
        return -1; // only words separated by single spaces: no sentence or clause break inside a name
      }
      at = wordStart - 1;
    }
    return -1;
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '&' || c == '-' || c == '\'';
  }

  /** {@code spans} with the long form [start, end) as one organization, when the spans there allow it. */
  private static List<EntitySpan> mend(String text, List<EntitySpan> spans, int start, int end, int abbrStart, int abbrEnd) {
    List<EntitySpan> inside = EntitySpan.within(spans, start, end);
    if (inside == null || inside.isEmpty() || inside.size() == 1 && inside.get(0).start() == start && inside.get(0).end() == end) {
      return spans;
    }
    EntitySpan organization = inside.stream().filter(s -> s.type() == EntityType.ORGANIZATION).findFirst().orElse(null);
    boolean abbreviated = spans.stream()
        .anyMatch(s -> s.start() == abbrStart && s.end() == abbrEnd && s.type() == EntityType.ORGANIZATION);
    if (organization == null && !abbreviated) {
      return spans; // neither a part of the long form nor its abbreviation was read as an organization
    }
    EntitySpan model = organization != null ? organization : inside.get(0);
    return EntitySpan.replacing(spans, inside, new EntitySpan(start, end, text.substring(start, end), EntityType.ORGANIZATION,
        organization != null ? organization.subtype() : null, null, model.confidence(), PASS));
  }
}
