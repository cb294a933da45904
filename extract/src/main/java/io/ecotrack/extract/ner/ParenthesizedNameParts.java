package io.ecotrack.extract.ner;

import io.ecotrack.model.EntityType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pass {@code parenthesized-part}: a company's registered name may hold a bracketed part before its legal form
 * ("Harlow Holdings (Asia) Ltd", "Kestrel (UK) plc"), which the tagger reads as two names, or as a name and a place.
 * An organization followed by capitalized words in brackets and a legal form is one name; so is the same name
 * without the legal form where the article also writes it with one ("Harlow Holdings (Asia) said …"). Brackets
 * that hold anything else (an abbreviation, a ticker, a note) are left to the passes that read them.
 */
final class ParenthesizedNameParts implements SpanPass {
  static final String PASS = "parenthesized-part";
  private static final Pattern PART = Pattern.compile("\\G \\(([A-Z][\\p{L}.&\\-]*(?: [A-Z][\\p{L}.&\\-]*){0,2})\\)(?: ([A-Z][A-Za-z]*\\.?))?");

  private final Set<String> legalForms;

  /** With the lower-case {@code legalForms} that may close a company's name (ltd, inc, plc …). */
  ParenthesizedNameParts(Set<String> legalForms) {
    this.legalForms = Set.copyOf(legalForms);
  }

  @Override
  public List<EntitySpan> apply(String text, List<EntitySpan> spans) {
    record Found(EntitySpan name, int end, boolean legal) {}
    List<Found> found = new ArrayList<>();
    Set<String> withLegalForm = new HashSet<>();
    Matcher m = PART.matcher(text);
    for (EntitySpan s : spans) {
      if (s.type() != EntityType.ORGANIZATION || s.end() >= text.length() || !m.find(s.end()) || m.start() != s.end()) {
        continue;
      }
      boolean legal = m.group(2) != null && legalForms.contains(m.group(2).replace(".", "").toLowerCase(java.util.Locale.ROOT));
      int end = legal ? m.end() : m.end(1) + 1;
      found.add(new Found(s, end, legal));
      if (legal) {
        withLegalForm.add(text.substring(s.start(), m.end(1) + 1));
      }
    }
    List<EntitySpan> out = spans;
    for (Found f : found) {
      int start = f.name().start();
      if (f.legal() || withLegalForm.contains(text.substring(start, f.end()))) {
        out = replace(text, out, start, f.end(), f.name());
      }
    }
    return out;
  }

  /** {@code spans} with [start, end) as one organization in place of the spans inside it, unless one crosses its ends. */
  private static List<EntitySpan> replace(String text, List<EntitySpan> spans, int start, int end, EntitySpan name) {
    List<EntitySpan> inside = EntitySpan.within(spans, start, end);
    return inside == null ? spans : EntitySpan.replacing(spans, inside, new EntitySpan(start, end, text.substring(start, end),
        EntityType.ORGANIZATION, name.subtype(), null, name.confidence(), PASS));
  }
}
