package io.ecotrack.extract.ner;

import io.ecotrack.model.EntityType;

/**
 * A name found in a text, before resolution to a canonical entity.
 *
 * @param start UTF-16 offset into the text, inclusive
 * @param end UTF-16 offset into the text, exclusive
 * @param subtype finer type ({@code UNIVERSITY}, {@code STATE} …) or null
 * @param placeId the gazetteer id when the span is a known place, else null
 * @param confidence from 0 to 1
 */
public record EntitySpan(int start, int end, String text, EntityType type, String subtype, String placeId,
    double confidence) {

  public boolean overlaps(EntitySpan o) {
    return start < o.end && o.start < end;
  }

  public int length() {
    return end - start;
  }
}
