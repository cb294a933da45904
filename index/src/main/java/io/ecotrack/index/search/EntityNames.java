package io.ecotrack.index.search;

import static io.ecotrack.index.store.IndexSchema.*;

import io.ecotrack.index.store.AliasKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * The entities of the index by their names: which ids a name (in any language, width or case) stands for, the names
 * close to one that stands for none ("did you mean"), and every name of an entity, for {@link EcosystemSearch}.
 */
final class EntityNames {
  private static final int SCAN_LIMIT = 1_000_000;

  private final IndexSearcher searcher;

  EntityNames(IndexSearcher searcher) {
    this.searcher = searcher;
  }

  /** Entity ids one of whose names is {@code name} (any language, any width or case). */
  Set<String> idsNamed(String name) {
    Set<String> ids = new HashSet<>();
    for (Document d : all(new BooleanQuery.Builder()
        .add(new TermQuery(new Term(KIND, KIND_MENTION)), Occur.FILTER)
        .add(new TermQuery(new Term(ALIAS, AliasKey.of(name))), Occur.FILTER).build())) {
      ids.add(d.get(ENTITY_ID));
    }
    if (ids.isEmpty() && name.contains(":")) {
      if (mentionDocs(name) > 0) {
        ids.add(name); // an id such as org:mayo-clinic
      }
    }
    return ids;
  }

  /** The ids named {@code name}, or a {@link BadQueryException} that suggests names close to it. */
  Set<String> resolve(String name) {
    Set<String> ids = idsNamed(name);
    if (ids.isEmpty()) {
      List<String> suggestions = suggest(name, 5);
      throw new BadQueryException("no entity named '" + name + "'"
          + (suggestions.isEmpty() ? "" : "; did you mean: " + String.join(", ", suggestions) + "?"));
    }
    return ids;
  }

  /** Entity names close to {@code name}, for "did you mean". */
  List<String> suggest(String name, int max) {
    String key = AliasKey.of(name);
    Map<String, Integer> distance = new HashMap<>();
    for (Document d : all(new TermQuery(new Term(KIND, KIND_MENTION)))) {
      for (String alias : d.getValues(ALIASES)) {
        int dist = levenshtein(key, AliasKey.of(alias));
        if (dist <= Math.max(2, key.length() / 3) || AliasKey.of(alias).contains(key)) {
          distance.merge(alias, dist, Math::min);
        }
      }
    }
    return distance.entrySet().stream().sorted(Map.Entry.comparingByValue()).limit(max).map(Map.Entry::getKey).toList();
  }

  /** The names of {@code entityIds} in every language, for the highlights. */
  List<String> otherNames(Set<String> entityIds) {
    Set<String> names = new java.util.LinkedHashSet<>();
    for (String id : entityIds) {
      for (Document d : all(new TermQuery(new Term(ENTITY_ID, id)))) {
        names.addAll(Arrays.asList(d.getValues(ALIASES)));
      }
    }
    return List.copyOf(names);
  }

  /** Every document {@code q} matches, in index order. */
  List<Document> all(Query q) {
    try {
      TopDocs top = searcher.search(q, SCAN_LIMIT, new Sort(SortField.FIELD_DOC));
      List<Document> docs = new ArrayList<>(top.scoreDocs.length);
      for (ScoreDoc sd : top.scoreDocs) {
        docs.add(searcher.storedFields().document(sd.doc));
      }
      return docs;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** How many mention documents the entity {@code entityId} has. */
  int mentionDocs(String entityId) {
    try {
      return searcher.count(new TermQuery(new Term(ENTITY_ID, entityId)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static int levenshtein(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
