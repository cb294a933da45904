package io.ecotrack.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;

/**
 * An organization, person, place or facility found in one article, under its canonical id: the same
 * organization has the same id whether the article names it メイヨー・クリニック or Mayo Clinic.
 *
 * @param subtype optional finer type such as {@code UNIVERSITY} or {@code HOSPITAL}; null when unknown
 * @param confidence from 0 to 1, so readers can hide weak findings
 */
public record Entity(
    String id,
    String name,
    EntityType type,
    @JsonInclude(JsonInclude.Include.NON_NULL) String subtype,
    List<String> aliases,
    List<Mention> mentions,
    double confidence) {

  public Entity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
    mentions = mentions == null ? List.of() : List.copyOf(mentions);
    if (confidence < 0 || confidence > 1) {
      throw new IllegalArgumentException("confidence must be in [0, 1]: " + confidence);
    }
  }
}
