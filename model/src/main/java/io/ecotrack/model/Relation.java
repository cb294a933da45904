package io.ecotrack.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/**
 * A relationship between two entities of one article, with the sentence that shows it.
 *
 * @param subject canonical entity id
 * @param object canonical entity id
 * @param role the person's role for {@link Predicate#WORKS_FOR} (e.g. CEO); null otherwise
 */
public record Relation(
    String subject,
    Predicate predicate,
    String object,
    Evidence evidence,
    double confidence,
    @JsonInclude(JsonInclude.Include.NON_NULL) String role) {

  public Relation {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(predicate, "predicate");
    Objects.requireNonNull(object, "object");
    Objects.requireNonNull(evidence, "evidence");
    if (confidence < 0 || confidence > 1) {
      throw new IllegalArgumentException("confidence must be in [0, 1]: " + confidence);
    }
  }
}
