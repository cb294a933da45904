package io.ecotrack.model;

/** The kinds of entity ecotrack tracks; see DESIGN.md for what each covers. */
public enum EntityType {
  ORGANIZATION("org"),
  PERSON("person"),
  LOCATION("loc"),
  FACILITY("facility");

  private final String idPrefix;

  EntityType(String idPrefix) {
    this.idPrefix = idPrefix;
  }

  /** The type of the canonical entity id {@code id} ({@code org:…} → ORGANIZATION), or null for another form. */
  public static EntityType fromId(String id) {
    int colon = id.indexOf(':');
    for (EntityType t : values()) {
      if (colon > 0 && t.idPrefix.regionMatches(0, id, 0, colon) && t.idPrefix.length() == colon) {
        return t;
      }
    }
    return null;
  }

  /** The prefix of canonical entity ids of this type, e.g. {@code org} in {@code org:mayo-clinic}. */
  public String idPrefix() {
    return idPrefix;
  }
}
