package io.ecotrack.index.search;

import io.ecotrack.model.EntityType;
import java.time.Instant;

/**
 * What a read is limited to; null means no limit. {@code minConfidence} hides relations weaker than it (those a
 * document only implies are inferred and below 0.4; a sentence's trigger gives 0.45 and more); {@code allEvidence}
 * keeps every piece of a relation's evidence, not only the strongest.
 */
public record Filters(EntityType type, String region, Instant since, int limit, double minConfidence, boolean allEvidence) {
  public Filters {
    if (!(minConfidence >= 0 && minConfidence <= 1)) {
      throw new BadQueryException("a minimum confidence is between 0 and 1, not " + minConfidence);
    }
    if (limit < 1) {
      throw new BadQueryException("--limit must be at least 1, not " + limit);
    }
  }

  public Filters(EntityType type, String region, Instant since, int limit) {
    this(type, region, since, limit, 0, false);
  }

  public static Filters none(int limit) {
    return new Filters(null, null, null, limit);
  }

  public Filters withMinConfidence(double min) {
    return new Filters(type, region, since, limit, min, allEvidence);
  }

  public Filters withAllEvidence(boolean all) {
    return new Filters(type, region, since, limit, minConfidence, all);
  }

  public Filters withLimit(int max) {
    return new Filters(type, region, since, max, minConfidence, allEvidence);
  }
}
