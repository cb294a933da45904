package io.ecotrack.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/**
 * A relationship between two entities of one article, with the sentence that shows it.
 *
 * @param subject canonical entity id
 * @param object canonical entity id
 * @param role the person's role for {@link Predicate#WORKS_FOR} (e.g. CEO); null otherwise
 * @param inferred true when no single sentence states the relation and it was inferred from the document
 *     (such a relation stays below the default confidence threshold of 0.4); written to JSON only when true
 */
public record Relation(
    String subject,
    Predicate predicate,
    String object,
    Evidence evidence,
    double confidence,
    @JsonInclude(JsonInclude.Include.NON_NULL) String role,
    @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean inferred) {

  /** The confidence below which a relation is not shown by default, and at or above which none is inferred. */
  public static final double DEFAULT_THRESHOLD = 0.4;

  public Relation {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(predicate, "predicate");
    Objects.requireNonNull(object, "object");
    Objects.requireNonNull(evidence, "evidence");
    if (confidence < 0 || confidence > 1) {
      throw new IllegalArgumentException("confidence must be in [0, 1]: " + confidence);
    }
    if (inferred && confidence >= DEFAULT_THRESHOLD) {
      throw new IllegalArgumentException("an inferred relation stays below " + DEFAULT_THRESHOLD + ": " + confidence);
    }
  }

  /** A relation that a sentence states. */
  public Relation(String subject, Predicate predicate, String object, Evidence evidence, double confidence, String role) {
    this(subject, predicate, object, evidence, confidence, role, false);
  }
}
