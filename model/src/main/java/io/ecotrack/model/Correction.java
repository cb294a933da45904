package io.ecotrack.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.Locale;

/**
 * An analyst's correction of the ecosystem view, published to {@link Topics#CURATION} under {@link #key()} and read by
 * every extractor, which applies it to every article it extracts from then on; the articles it touches are extracted
 * again. The topic is compacted: a later correction of the same kind, name and entity replaces an earlier one, so
 * {@code alias remove} after {@code alias add} of the same pair undoes it.
 *
 * @param kind what the correction says
 * @param name the name it is about, as the analyst wrote it
 * @param entity the canonical id of the entity ({@code org:mayo-clinic}) for an alias; null for {@link Kind#SUPPRESS}
 * @param entityName the entity's name as the view shows it, so an extractor can name an entity it has not met; null for
 *     {@link Kind#SUPPRESS}
 * @param at when the analyst made it
 */
public record Correction(
    int schema,
    Kind kind,
    String name,
    @JsonInclude(JsonInclude.Include.NON_NULL) String entity,
    @JsonInclude(JsonInclude.Include.NON_NULL) String entityName,
    OffsetDateTime at) {

  public static final int SCHEMA = 1;
  /** The longest name a correction may hold: no name of an organization is longer. */
  public static final int MAX_NAME_LENGTH = 200;

  /** The corrections there are. */
  public enum Kind {
    /** {@code ecotrack alias add NAME --to ENTITY}: the name is that entity. */
    @JsonProperty("alias-add") ALIAS_ADD,
    /** {@code ecotrack alias remove NAME --from ENTITY}: the name is not that entity. */
    @JsonProperty("alias-remove") ALIAS_REMOVE,
    /** {@code ecotrack suppress NAME}: the name is never an entity. */
    @JsonProperty("suppress") SUPPRESS;

    /** The word the CLI and the topic use: {@code alias-add}, {@code alias-remove}, {@code suppress}. */
    public String word() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  public Correction {
    if (schema != SCHEMA) {
      throw new MalformedEventException("unsupported schema version " + schema + " (expected " + SCHEMA + ")");
    }
    if (kind == null) {
      throw new MalformedEventException("missing required field 'kind'");
    }
    ArticleFetched.requireField(name == null ? null : name.strip(), "name");
    name = name.strip();
    if (name.length() > MAX_NAME_LENGTH) {
      throw new MalformedEventException("name longer than " + MAX_NAME_LENGTH + " characters");
    }
    if (name.codePoints().anyMatch(Character::isISOControl)) {
      throw new MalformedEventException("name holds a control character");
    }
    if (kind == Kind.SUPPRESS) {
      entity = null;
      entityName = null;
    } else {
      ArticleFetched.requireField(entity, "entity");
      if (EntityType.fromId(entity) == null) {
        throw new MalformedEventException("entity '" + entity + "' is no canonical id (org:…, person:…, loc:…, facility:…)");
      }
      entityName = entityName == null || entityName.isBlank() ? entity : entityName;
    }
    if (at == null) {
      throw new MalformedEventException("missing required field 'at'");
    }
  }

  /**
   * The record key in {@link Topics#CURATION}: the kind of the name, the name in {@code normalizedName} (the
   * extractor's comparison form) and, for an alias, the entity. {@code alias add} and {@code alias remove} of one pair
   * share a key, so the later replaces the earlier.
   */
  public String key(String normalizedName) {
    return kind == Kind.SUPPRESS ? "suppress:" + normalizedName : "alias:" + normalizedName + "|" + entity;
  }
}
