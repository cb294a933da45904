package io.ecotrack.index.search;

import static io.ecotrack.index.store.IndexSchema.*;

import io.ecotrack.index.search.Results.EntitySummary;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;

/** Per-entity totals over mention documents. */
final class EntityTotals {
  final String id;
  final String type;
  final String subtype;
  final Set<String> articles = new HashSet<>();
  final Map<String, Integer> names = new HashMap<>();
  int mentions;

  EntityTotals(String id, String type, String subtype) {
    this.id = id;
    this.type = type;
    this.subtype = subtype;
  }

  void add(Document d) {
    articles.add(d.get(ARTICLE_ID));
    mentions += Integer.parseInt(d.get(MENTIONS));
    names.merge(d.get(ENTITY_NAME), 1, Integer::sum);
  }

  String bestName() {
    return names.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry::getKey))
        .map(Map.Entry::getKey).orElse(id);
  }

  EntitySummary summary(List<String> partners) {
    return new EntitySummary(id, bestName(), type, subtype, articles.size(), mentions, partners);
  }
}
