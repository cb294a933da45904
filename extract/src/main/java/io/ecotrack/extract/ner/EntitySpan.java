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
 * @param pass the rule pass or model that produced the span ({@code gloss}, {@code model:ner-en} …), or null
 *     while the pass that made it has not named it yet; {@code ecotrack extract --explain} shows it
 */
public record EntitySpan(int start, int end, String text, EntityType type, String subtype, String placeId,
    double confidence, String pass) {

  /** A span no pass has named yet. */
  public EntitySpan(int start, int end, String text, EntityType type, String subtype, String placeId, double confidence) {
    this(start, end, text, type, subtype, placeId, confidence, null);
  }

  public boolean overlaps(EntitySpan o) {
    return start < o.end && o.start < end;
  }

  public int length() {
    return end - start;
  }

  /** This span, produced by {@code pass} unless an earlier pass already said it made it. */
  public EntitySpan from(String pass) {
    return this.pass != null ? this : new EntitySpan(start, end, text, type, subtype, placeId, confidence, pass);
  }

  /** This span, said to be produced by {@code pass} whatever was said before. */
  public EntitySpan by(String pass) {
    return new EntitySpan(start, end, text, type, subtype, placeId, confidence, pass);
  }

  /** Each span of {@code spans} no pass has named yet, named {@code pass}. */
  public static java.util.List<EntitySpan> from(String pass, java.util.List<EntitySpan> spans) {
    java.util.List<EntitySpan> out = new java.util.ArrayList<>(spans.size());
    for (EntitySpan s : spans) {
      out.add(s.from(pass));
    }
    return out;
  }

  /** {@code spans} with {@code added} among them, in text order; {@code spans} itself when nothing is added. */
  public static java.util.List<EntitySpan> withAdded(java.util.List<EntitySpan> spans, java.util.List<EntitySpan> added) {
    if (added.isEmpty()) {
      return spans;
    }
    java.util.List<EntitySpan> out = new java.util.ArrayList<>(spans.size() + added.size());
    out.addAll(spans);
    out.addAll(added);
    out.sort(java.util.Comparator.comparingInt(EntitySpan::start));
    return out;
  }

  /**
   * The spans of {@code spans} that overlap [start, end), all lying within it; null when one of them crosses its ends
   * (then no single name can take that place).
   */
  public static java.util.List<EntitySpan> within(java.util.List<EntitySpan> spans, int start, int end) {
    java.util.List<EntitySpan> inside = new java.util.ArrayList<>();
    for (EntitySpan s : spans) {
      if (s.start < end && start < s.end) {
        if (s.start < start || s.end > end) {
          return null;
        }
        inside.add(s);
      }
    }
    return inside;
  }

  /** {@code spans} without {@code removed} and with {@code added}, in text order. */
  public static java.util.List<EntitySpan> replacing(java.util.List<EntitySpan> spans,
      java.util.Collection<EntitySpan> removed, EntitySpan added) {
    java.util.List<EntitySpan> out = new java.util.ArrayList<>(spans);
    out.removeAll(removed);
    return withAdded(out, java.util.List.of(added));
  }
}
