package io.ecotrack.extract.ner;

import io.ecotrack.model.EntityType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pass {@code named-again}: an organization or person the article names is the same wherever the article writes
 * that name again, though the tagger, reading one sentence at a time, passed it over there ("DaimlerChrysler last week
 * agreed …" after "DaimlerChrysler's chairman"). Only whole words, only where no other span lies, and only names
 * long enough not to be a common word: two words or more, or one of {@value #MIN_ONE_WORD} letters or more that
 * English never writes in lower case in the text.
 */
final class NamedAgain implements SpanPass {
  static final String PASS = "named-again";
  static final int MIN_ONE_WORD = 4;

  @Override
  public List<EntitySpan> apply(String text, List<EntitySpan> spans) {
    Map<String, EntitySpan> names = new LinkedHashMap<>();
    for (EntitySpan s : spans) {
      if ((s.type() == EntityType.ORGANIZATION || s.type() == EntityType.PERSON) && namesOnly(text, s.text())) {
        names.putIfAbsent(s.text(), s);
      }
    }
    if (names.isEmpty()) {
      return spans;
    }
    SpanCover cover = new SpanCover(spans);
    List<EntitySpan> added = new ArrayList<>();
    for (EntitySpan name : names.values()) {
      String n = name.text();
      for (int at = text.indexOf(n); at >= 0; at = text.indexOf(n, at + n.length())) {
        int start = at;
        int end = at + n.length();
        if (wholeWord(text, start, end) && !cover.overlaps(start, end)
            && added.stream().noneMatch(a -> a.start() < end && start < a.end())) {
          added.add(new EntitySpan(start, end, n, name.type(), name.subtype(), null, name.confidence() * 0.9, PASS));
        }
      }
    }
    return EntitySpan.withAdded(spans, added);
  }

  /** Whether a name is distinctive: two words or more, or one long word never written in lower case in the text. */
  private static boolean namesOnly(String text, String name) {
    if (name.contains(" ")) {
      return true;
    }
    return name.length() >= MIN_ONE_WORD && Character.isUpperCase(name.charAt(0))
        && !text.contains(" " + name.toLowerCase(java.util.Locale.ROOT) + " ");
  }

  private static boolean wholeWord(String text, int start, int end) {
    return (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)))
        && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
  }
}
