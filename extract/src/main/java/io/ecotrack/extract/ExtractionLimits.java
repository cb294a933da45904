package io.ecotrack.extract;

import io.ecotrack.model.Entity;
import io.ecotrack.model.Evidence;
import io.ecotrack.model.Relation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Bounds on the work and the output of one article, so that no input (a page of random bytes, a data dump
 * posted as an article) can make extraction run out of memory or time. An article over a bound is extracted
 * partly: what is over is left out, and the enriched event says so in its {@code warnings}.
 *
 * @param maxTextChars characters of the text that are tagged (default 1,000,000: a long report is a
 *     tenth of it); the rest of the text is kept in the event, without entities
 * @param maxEntities entities kept per article, those with most mentions first (default 1,000)
 * @param maxMentionsPerEntity mentions kept per entity, first ones first (default 500)
 * @param maxRelations relations kept per article, most confident first (default 1,000)
 * @param maxEvidenceChars characters of a relation's evidence (default 1,000): a sentence, not a page
 * @param timeBudget time for one article; a pass that starts after it has run out is skipped (default 60 s)
 */
public record ExtractionLimits(
    int maxTextChars,
    int maxEntities,
    int maxMentionsPerEntity,
    int maxRelations,
    int maxEvidenceChars,
    Duration timeBudget) {

  public static ExtractionLimits defaults() {
    return new ExtractionLimits(1_000_000, 1_000, 500, 1_000, 1_000, Duration.ofSeconds(60));
  }

  /**
   * Where tagging stops for {@code text}: its length when within bounds, else the last line or sentence end
   * before {@link #maxTextChars()} (so that no name is cut in two), or the bound itself.
   */
  int taggedLength(String text) {
    if (text.length() <= maxTextChars) {
      return text.length();
    }
    for (int i = maxTextChars - 1; i > maxTextChars - 10_000 && i > 0; i--) {
      char c = text.charAt(i);
      if (c == '\n' || c == '。' || c == '.') {
        return i + 1;
      }
    }
    return Character.isLowSurrogate(text.charAt(maxTextChars)) ? maxTextChars - 1 : maxTextChars;
  }

  /** The entities within bounds; a warning is added to {@code warnings} for each bound that cut. */
  List<Entity> bound(List<Entity> entities, List<String> warnings) {
    List<Entity> kept = entities;
    if (entities.size() > maxEntities) {
      kept = entities.stream()
          .sorted(Comparator.comparingInt((Entity e) -> e.mentions().size()).reversed())
          .limit(maxEntities).toList();
      warnings.add("entities: kept the " + maxEntities + " most mentioned of " + entities.size());
    }
    List<Entity> out = new ArrayList<>(kept.size());
    int cut = 0;
    for (Entity e : kept) {
      if (e.mentions().size() > maxMentionsPerEntity) {
        cut++;
        e = new Entity(e.id(), e.name(), e.type(), e.subtype(), e.aliases(), e.mentions().subList(0, maxMentionsPerEntity),
            e.confidence());
      }
      out.add(e);
    }
    if (cut > 0) {
      warnings.add("mentions: kept the first " + maxMentionsPerEntity + " of each entity (" + cut + " entities had more)");
    }
    return out;
  }

  /** The relations within bounds, with evidence no longer than {@link #maxEvidenceChars()}. */
  List<Relation> boundRelations(List<Relation> relations, List<String> warnings) {
    List<Relation> kept = relations;
    if (relations.size() > maxRelations) {
      kept = relations.stream().sorted(Comparator.comparingDouble(Relation::confidence).reversed()).limit(maxRelations).toList();
      warnings.add("relations: kept the " + maxRelations + " most confident of " + relations.size());
    }
    List<Relation> out = new ArrayList<>(kept.size());
    for (Relation r : kept) {
      Evidence ev = r.evidence();
      if (ev.text().length() > maxEvidenceChars) {
        int n = Character.isHighSurrogate(ev.text().charAt(maxEvidenceChars - 1)) ? maxEvidenceChars - 1 : maxEvidenceChars;
        ev = new Evidence(ev.text().substring(0, n), ev.start(), ev.start() + n);
        r = new Relation(r.subject(), r.predicate(), r.object(), ev, r.confidence(), r.role());
      }
      out.add(r);
    }
    return out;
  }
}
