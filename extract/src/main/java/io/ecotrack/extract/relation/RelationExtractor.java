package io.ecotrack.extract.relation;

import io.ecotrack.model.Entity;
import io.ecotrack.model.Relation;
import java.util.List;

/**
 * Finds relations between the entities of one article, each with the sentence that shows it. Relations
 * name canonical entity ids; offsets of the evidence are UTF-16 indices into {@code text}.
 */
public interface RelationExtractor {
  List<Relation> extract(String text, String language, List<Entity> entities);
}
