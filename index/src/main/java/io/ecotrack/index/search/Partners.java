package io.ecotrack.index.search;

import static io.ecotrack.index.store.IndexSchema.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;

/** Each entity's partners (PARTNERS_WITH, either side) by how many relations name them, for the ecosystem view. */
final class Partners {
  private final Map<String, Map<String, Integer>> counts;

  private Partners(Map<String, Map<String, Integer>> counts) {
    this.counts = counts;
  }

  /** The partners the relation documents {@code relations} (all PARTNERS_WITH) name. */
  static Partners of(List<Document> relations) {
    Map<String, Map<String, Integer>> partners = new HashMap<>();
    for (Document d : relations) {
      partners.computeIfAbsent(d.get(SUBJECT), k -> new HashMap<>()).merge(d.get("object_name"), 1, Integer::sum);
      partners.computeIfAbsent(d.get(OBJECT), k -> new HashMap<>()).merge(d.get("subject_name"), 1, Integer::sum);
    }
    return new Partners(partners);
  }

  /** The three partners of {@code id} most often named, most first. */
  List<String> top(String id) {
    Map<String, Integer> of = counts.get(id);
    if (of == null) {
      return List.of();
    }
    return of.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .limit(3).map(Map.Entry::getKey).toList();
  }
}
