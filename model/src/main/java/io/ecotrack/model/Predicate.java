package io.ecotrack.model;

/** Relation predicates between entities; the direction is subject → object as documented on each. */
public enum Predicate {
  /** organization or facility → location (headquarters, office, campus, base). */
  LOCATED_IN,
  /** unit, subsidiary or program → parent. */
  PART_OF,
  /** symmetric: partnership, joint research or development, co-hosting. */
  PARTNERS_WITH,
  /** investor or funder → recipient. */
  FUNDS,
  /** acquirer → acquired. */
  ACQUIRED,
  /** organization → founder. */
  FOUNDED_BY,
  /** person → organization; the role (CEO, professor) in {@link Relation#role()}. */
  WORKS_FOR;

  /** True when the relation reads the same both ways, so (a, b) and (b, a) are one fact. */
  public boolean symmetric() {
    return this == PARTNERS_WITH;
  }
}
