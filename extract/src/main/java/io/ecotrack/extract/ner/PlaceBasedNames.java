package io.ecotrack.extract.ner;

import io.ecotrack.model.EntityType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pass {@code place-based}: in "Toronto-based Hollinger Inc" or "Hong Kong-based Hutchison Whampoa Ltd" the words
 * before "-based" are a place and what follows is another name; a tagger that reads the hyphenated word as part of a
 * name runs the two together ("Kong-based Hutchison Whampoa Ltd", "Ohio-based Gencorp" as a person) or drops the place.
 * The place becomes a span of its own and a span that ran across it starts after it.
 */
final class PlaceBasedNames implements SpanPass {
  static final String PASS = "place-based";

  private static final Pattern PLACE_BASED = Pattern.compile("(?<![\\p{L}\\p{N}-])((?:\\p{Lu}[\\p{L}.]*)(?: \\p{Lu}[\\p{L}.]*){0,2})-based\\b");

  /** Words that open a sentence or a noun phrase before a place: "The Dayton-based …". */
  private static final java.util.Set<String> LEADS = java.util.Set.of("The", "A", "An", "Its", "This", "That", "Their", "Her", "His");

  private final Gazetteer places;

  PlaceBasedNames(Gazetteer places) {
    this.places = places;
  }

  @Override
  public List<EntitySpan> apply(String text, List<EntitySpan> spans) {
    Matcher m = PLACE_BASED.matcher(text);
    List<EntitySpan> out = null;
    while (m.find()) {
      int placeStart = m.start(1);
      int placeEnd = m.end(1);
      String lead = m.group(1).split(" ")[0];
      if (m.group(1).contains(" ") && LEADS.contains(lead)) {
        placeStart += lead.length() + 1; // "The Dayton-based": the article is no part of the place
      }
      int after = m.end() < text.length() && text.charAt(m.end()) == ' ' ? m.end() + 1 : m.end();
      if (out == null) {
        out = new ArrayList<>(spans);
      }
      List<EntitySpan> next = new ArrayList<>(out.size() + 1);
      for (EntitySpan s : out) {
        if (s.end() <= placeStart || s.start() >= m.end()) {
          next.add(s);
        } else if (s.end() > after && Character.isUpperCase(text.charAt(Math.max(after, s.start())))) {
          int start = Math.max(after, s.start());
          next.add(new EntitySpan(start, s.end(), text.substring(start, s.end()), s.type(), s.subtype(), s.placeId(),
              s.confidence(), PASS + "/" + s.pass())); // the name after the place
        }
        // a span inside "X-based" itself is replaced by the place
      }
      String place = text.substring(placeStart, placeEnd);
      next.add(new EntitySpan(placeStart, placeEnd, place, EntityType.LOCATION, null,
          places.lookup(place).map(Gazetteer.Place::id).orElse(null), 0.75, PASS));
      out = next;
    }
    if (out == null) {
      return spans;
    }
    out.sort(Comparator.comparingInt(EntitySpan::start));
    return out;
  }
}
