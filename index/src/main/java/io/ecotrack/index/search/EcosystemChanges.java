package io.ecotrack.index.search;

import static io.ecotrack.index.store.IndexSchema.*;

import io.ecotrack.index.search.Results.Changes;
import io.ecotrack.index.search.Results.NewEntity;
import io.ecotrack.index.search.Results.NewRelation;
import io.ecotrack.model.Predicate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.document.Document;

/**
 * What is new since a day, computed from the index alone (so a {@code reindex} gives the same answer): an entity is
 * first seen on the publication day of the first article that mentions it (its fetch day where it has none, as the
 * index stores it), a relation first evidenced on the day of the first article that states or implies it. Both look
 * at every article, not only those of the period: an entity named last year and again today is not new.
 */
final class EcosystemChanges {
  private EcosystemChanges() {}

  /**
   * The changes since {@code since}: {@code mentions} and {@code relations} are every mention and relation document of
   * the index; {@code inScope} says which entities the filters (type, region, entity) keep; {@code titleOf} finds an
   * article's title by its id.
   */
  static Changes of(Instant since, List<Document> mentions, List<Document> relations, Set<String> inScope,
      double minConfidence, Function<String, String> titleOf, int limit) {
    long from = since.toEpochMilli();
    Map<String, Document> firstMention = new HashMap<>();
    Map<String, Set<String>> articles = new HashMap<>();
    Map<String, Map<String, Integer>> names = new HashMap<>();
    for (Document d : mentions) {
      String id = d.get(ENTITY_ID);
      articles.computeIfAbsent(id, k -> new HashSet<>()).add(d.get(ARTICLE_ID));
      names.computeIfAbsent(id, k -> new HashMap<>()).merge(d.get(ENTITY_NAME), 1, Integer::sum);
      firstMention.merge(id, d, (a, b) -> published(b) < published(a) ? b : a);
    }
    Map<String, List<Document>> byFact = new LinkedHashMap<>();
    for (Document d : relations) {
      byFact.computeIfAbsent(d.get(SUBJECT) + "\u0000" + d.get(PREDICATE) + "\u0000" + d.get(OBJECT), k -> new ArrayList<>()).add(d);
    }
    Map<String, List<String>> regions = new HashMap<>();
    List<NewRelation> newRelations = new ArrayList<>();
    for (List<Document> pieces : byFact.values()) {
      Document first = pieces.stream().min(Comparator.comparingLong(EcosystemChanges::published)).orElseThrow();
      Document strongest = pieces.stream().filter(d -> published(d) >= from)
          .max(Comparator.comparingDouble(EcosystemChanges::confidence)).orElse(null);
      if (strongest != null && Predicate.LOCATED_IN.name().equals(strongest.get(PREDICATE)) && confidence(strongest) >= minConfidence) {
        regions.computeIfAbsent(strongest.get(SUBJECT), k -> new ArrayList<>()).add(strongest.get("object_name"));
      }
      if (published(first) < from || strongest == null || confidence(strongest) < minConfidence
          || !inScope.contains(first.get(SUBJECT)) && !inScope.contains(first.get(OBJECT))) {
        continue;
      }
      Set<String> inArticles = new HashSet<>();
      pieces.forEach(d -> inArticles.add(d.get(ARTICLE_ID)));
      newRelations.add(new NewRelation(strongest.get(SUBJECT), strongest.get("subject_name"), strongest.get(PREDICATE),
          strongest.get(OBJECT), strongest.get("object_name"), strongest.get(ROLE), day(published(first)), inArticles.size(),
          confidence(strongest), strongest.get(EVIDENCE), titleOf.apply(strongest.get(ARTICLE_ID)), strongest.get(URL)));
    }
    List<NewEntity> newEntities = new ArrayList<>();
    for (Map.Entry<String, Document> e : firstMention.entrySet()) {
      Document d = e.getValue();
      if (published(d) < from || !inScope.contains(e.getKey())) {
        continue;
      }
      String name = names.get(e.getKey()).entrySet().stream()
          .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry::getKey)).map(Map.Entry::getKey).orElseThrow();
      newEntities.add(new NewEntity(e.getKey(), name, d.get(ENTITY_TYPE), d.get(ENTITY_SUBTYPE), day(published(d)),
          articles.get(e.getKey()).size(), d.get(TITLE), d.get(URL), regions.getOrDefault(e.getKey(), List.of()).stream().distinct().toList()));
    }
    newEntities.sort(Comparator.comparing(NewEntity::type).thenComparing(Comparator.comparingInt(NewEntity::articles).reversed())
        .thenComparing(NewEntity::name));
    newRelations.sort(Comparator.comparing(NewRelation::firstEvidenced).reversed()
        .thenComparing(Comparator.comparingDouble(NewRelation::confidence).reversed()));
    return new Changes(day(from), limit(newEntities, limit), limit(newRelations, limit));
  }

  private static <T> List<T> limit(List<T> list, int max) {
    return list.size() > max ? List.copyOf(list.subList(0, max)) : list;
  }

  private static long published(Document d) {
    return Long.parseLong(d.get(PUBLISHED));
  }

  private static double confidence(Document d) {
    return d.getField(CONFIDENCE).numericValue().doubleValue();
  }

  private static String day(long millis) {
    return Instant.ofEpochMilli(millis).toString().substring(0, 10);
  }
}
