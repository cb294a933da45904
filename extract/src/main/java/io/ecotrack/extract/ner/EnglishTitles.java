package io.ecotrack.extract.ner;

import io.ecotrack.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The pass {@code title-stripped}: a title is not part of the name it stands before. "CEO Geoff Martha" is the person
 * Geoff Martha; "CEO of Exact Sciences" is the organization Exact Sciences. The titles are the {@code title} rows of
 * {@code en-name-words.tsv}; a title then "of", "for" or "at" leaves the name its type, a title right before a
 * person's whole name (two words or more: not General Motors) makes it a person. A "person" that is an honorific
 * alone (the {@code honorific} rows: "Mr" read apart from "Mallya") is no name at all; other titles can be family
 * names (King).
 */
final class EnglishTitles implements SpanPass {
  static final String PASS = "title-stripped";

  private static final Set<String> LINKS = Set.of("of", "for", "at", "the");

  private final Set<String> titles;
  private final Set<String> honorifics;

  EnglishTitles(Set<String> titles, Set<String> honorifics) {
    this.titles = titles;
    this.honorifics = honorifics;
  }

  @Override
  public List<EntitySpan> apply(String text, List<EntitySpan> spans) {
    List<EntitySpan> out = null;
    for (int k = 0; k < spans.size(); k++) {
      EntitySpan s = spans.get(k);
      String[] words = s.text().split(" ");
      if (words.length == 1 && s.type() == EntityType.PERSON && honorifics.contains(words[0].toLowerCase(Locale.ROOT))) {
        if (out == null) {
          out = new ArrayList<>(spans);
        }
        out.set(k, null);
        continue;
      }
      int skip = 0;
      while (skip < words.length - 1 && titles.contains(words[skip].toLowerCase(Locale.ROOT))) {
        skip++;
      }
      if (skip == 0) {
        continue;
      }
      boolean linked = false;
      while (skip < words.length - 1 && LINKS.contains(words[skip].toLowerCase(Locale.ROOT))) {
        skip++;
        linked = true;
      }
      if (!linked && words.length - skip < 2) {
        continue; // General Motors, Queen Mary: a title word that starts the name of something else
      }
      int cut = 0;
      for (int i = 0; i < skip; i++) {
        cut += words[i].length() + 1;
      }
      if (out == null) {
        out = new ArrayList<>(spans);
      }
      EntityType type = linked ? s.type() : EntityType.PERSON;
      out.set(k, new EntitySpan(s.start() + cut, s.end(), s.text().substring(cut), type, linked ? s.subtype() : null,
          linked ? s.placeId() : null, s.confidence(), PASS));
    }
    if (out != null) {
      out.removeIf(java.util.Objects::isNull);
    }
    return out == null ? spans : out;
  }
}
