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

  /** The prefix of canonical entity ids of this type, e.g. {@code org} in {@code org:mayo-clinic}. */
  public String idPrefix() {
    return idPrefix;
  }
}
