package io.ecotrack.index.search;

import static io.ecotrack.index.store.IndexSchema.*;

import io.ecotrack.index.search.Results.ArticleHit;
import io.ecotrack.index.search.Results.EntityProfile;
import io.ecotrack.index.search.Results.EntitySummary;
import io.ecotrack.index.search.Results.RelationFact;
import io.ecotrack.index.search.Results.RelationView;
import io.ecotrack.index.search.Results.SearchResult;
import io.ecotrack.index.search.Results.Stats;
import io.ecotrack.index.store.EcosystemIndex;
import io.ecotrack.index.store.IndexUnavailableException;
import io.ecotrack.model.Predicate;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * The read side of the ecosystem index, as the CLI uses it: article search in Japanese and English (a
 * query that names a known entity also finds articles that use its other names), the ecosystem view,
 * entity profiles and relations. Reads the last commit; needs no broker and never blocks the writer.
 */
public final class EcosystemSearch implements Closeable {

  private final Path dir;
  private final Directory directory;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final ArticleHighlights highlights;
  private final EntityNames names;
  private final SearchFacets facets;

  private EcosystemSearch(Path dir, Directory directory, DirectoryReader reader) throws IOException {
    this.dir = dir;
    this.directory = directory;
    this.reader = reader;
    this.searcher = new IndexSearcher(reader);
    this.highlights = new ArticleHighlights(searcher);
    this.names = new EntityNames(searcher);
    this.facets = new SearchFacets(reader);
  }

  /** Opens the committed index in {@code dir} for reading. */
  public static EcosystemSearch open(Path dir) {
    try {
      if (!Files.isDirectory(dir)) {
        throw new IndexUnavailableException("no index at " + dir + " yet: run 'ecotrack demo', 'ecotrack run' or 'ecotrack worker index' first");
      }
      Directory directory = FSDirectory.open(dir);
      if (!DirectoryReader.indexExists(directory)) {
        directory.close();
        throw new IndexUnavailableException("no index at " + dir + " yet: run 'ecotrack demo', 'ecotrack run' or 'ecotrack worker index' first");
      }
      return new EcosystemSearch(dir, directory, DirectoryReader.open(directory));
    } catch (IOException e) {
      throw new IndexUnavailableException("cannot read the index at " + dir + " (" + e.getClass().getSimpleName() + "); "
          + io.ecotrack.index.store.IndexHealth.REPAIR, e);
    }
  }

  // ---- search ----

  public SearchResult search(String queryText, Filters filters) {
    Query text = ArticleQueries.parse(queryText);
    BooleanQuery.Builder either = new BooleanQuery.Builder().add(text, Occur.SHOULD);
    Set<String> entityIds = entityIdsNamed(ArticleQueries.unquote(queryText));
    for (String id : entityIds) {
      either.add(new TermQuery(new Term(ENTITY, id)), Occur.SHOULD); // the entity under any of its names
    }
    BooleanQuery.Builder q = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(KIND, KIND_ARTICLE)), Occur.FILTER)
        .add(either.build(), Occur.MUST);
    addFilters(q, filters);
    try {
      FacetsCollectorManager.FacetsResult result = FacetsCollectorManager.search(searcher, q.build(),
          Math.max(1, filters.limit()), new FacetsCollectorManager());
      TopDocs top = result.topDocs();
      List<Document> docs = new ArrayList<>();
      for (ScoreDoc sd : top.scoreDocs) {
        docs.add(searcher.storedFields().document(sd.doc));
      }
      List<String> passages = highlights.of(text, names.otherNames(entityIds), top, docs);
      List<ArticleHit> hits = new ArrayList<>();
      for (int i = 0; i < docs.size(); i++) {
        Document d = docs.get(i);
        hits.add(new ArticleHit(d.get(ARTICLE_ID), d.get(TITLE), d.get(URL), d.get(SOURCE), d.get(LANGUAGE),
            StoredViews.date(d), top.scoreDocs[i].score, passages.get(i)));
      }
      return new SearchResult(queryText, top.totalHits.value(), hits, facets.counts(result.facetsCollector(),
          List.of(FACET_TYPE, FACET_REGION, FACET_SOURCE, FACET_LANGUAGE, FACET_MONTH)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (IllegalStateException e) {
      // a phrase on a field indexed without positions (url:"…", id:"…")
      throw new BadQueryException("cannot run query '" + ArticleQueries.clip(queryText) + "': " + ArticleQueries.firstLine(e.getMessage())
          + "; phrases work in the title and text fields");
    }
  }

  // ---- ecosystem ----

  /** Entities by the number of articles that mention them, optionally of one type and in one region. */
  public List<EntitySummary> ecosystem(Filters filters) {
    BooleanQuery.Builder q = new BooleanQuery.Builder().add(new TermQuery(new Term(KIND, KIND_MENTION)), Occur.FILTER);
    if (filters.type() != null) {
      q.add(new TermQuery(new Term(ENTITY_TYPE, filters.type().name())), Occur.FILTER);
    }
    addFilters(q, new Filters(null, filters.region(), filters.since(), filters.limit()));
    try {
      // articles and mentions per entity from doc values; stored fields only for the entities shown
      EntityCounts counts = searcher.search(q.build(), new EntityCounts.Manager());
      Partners partners = Partners.of(all(new BooleanQuery.Builder()
          .add(new TermQuery(new Term(KIND, KIND_RELATION)), Occur.FILTER)
          .add(new TermQuery(new Term(PREDICATE, Predicate.PARTNERS_WITH.name())), Occur.FILTER).build()));
      List<EntitySummary> out = new ArrayList<>();
      for (Map.Entry<String, int[]> e : counts.top(filters.limit())) {
        String id = e.getKey();
        TopDocs some = searcher.search(new BooleanQuery.Builder()
            .add(new TermQuery(new Term(KIND, KIND_MENTION)), Occur.FILTER)
            .add(new TermQuery(new Term(ENTITY_ID, id)), Occur.FILTER).build(), 20);
        EntityTotals agg = null;
        for (ScoreDoc sd : some.scoreDocs) {
          Document d = searcher.storedFields().document(sd.doc);
          if (agg == null) {
            agg = new EntityTotals(id, d.get(ENTITY_TYPE), d.get(ENTITY_SUBTYPE));
          }
          agg.names.merge(d.get(ENTITY_NAME), 1, Integer::sum);
        }
        out.add(new EntitySummary(id, agg.bestName(), agg.type, agg.subtype, e.getValue()[0], e.getValue()[1],
            partners.top(id)));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---- relations ----

  public List<RelationView> relations(String entityName, String predicate, Filters filters) {
    BooleanQuery.Builder q = new BooleanQuery.Builder().add(new TermQuery(new Term(KIND, KIND_RELATION)), Occur.FILTER);
    if (entityName != null) {
      Set<String> ids = resolve(entityName);
      BooleanQuery.Builder either = new BooleanQuery.Builder();
      for (String id : ids) {
        either.add(new TermQuery(new Term(SUBJECT, id)), Occur.SHOULD);
        either.add(new TermQuery(new Term(OBJECT, id)), Occur.SHOULD);
      }
      q.add(either.build(), Occur.FILTER);
    }
    if (predicate != null) {
      q.add(new TermQuery(new Term(PREDICATE, SearchArguments.parsePredicate(predicate).name())), Occur.FILTER);
    }
    if (filters.since() != null) {
      q.add(LongPoint.newRangeQuery(PUBLISHED, filters.since().toEpochMilli(), Long.MAX_VALUE), Occur.FILTER);
    }
    addConfidence(q, filters.minConfidence());
    try {
      TopDocs top = searcher.search(q.build(), Math.max(1, filters.limit()),
          new Sort(new SortField(CONFIDENCE, SortField.Type.DOUBLE, true)));
      List<RelationView> out = new ArrayList<>(top.scoreDocs.length);
      for (ScoreDoc sd : top.scoreDocs) {
        out.add(StoredViews.relation(searcher.storedFields().document(sd.doc)));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---- changes ----

  /**
   * Entities first seen and relations first evidenced on or after {@code since}, grouped by type: those of one type,
   * in articles that mention one region, or tied to one entity, as {@code filters} and {@code entityName} say.
   */
  public Results.Changes changes(Instant since, String entityName, Filters filters) {
    if (since == null) {
      throw new BadQueryException("changes needs --since (7d or a date such as 2025-12-01)");
    }
    Query mentionsQuery = new TermQuery(new Term(KIND, KIND_MENTION));
    List<Document> mentions = all(mentionsQuery);
    List<Document> kept = mentions; // the mentions the type and region filters keep, read again only when there are any
    if (filters.type() != null || filters.region() != null) {
      BooleanQuery.Builder scoped = new BooleanQuery.Builder().add(mentionsQuery, Occur.FILTER);
      addFilters(scoped, new Filters(filters.type(), filters.region(), null, filters.limit()));
      kept = all(scoped.build());
    }
    Set<String> inScope = new HashSet<>();
    for (Document d : kept) {
      inScope.add(d.get(ENTITY_ID));
    }
    if (entityName != null) {
      inScope.retainAll(resolve(entityName));
    }
    List<Document> relations = all(new TermQuery(new Term(KIND, KIND_RELATION)));
    Map<String, String> titles = new HashMap<>();
    for (Document d : all(new TermQuery(new Term(KIND, KIND_ARTICLE)))) {
      titles.put(d.get(ARTICLE_ID), d.get(TITLE));
    }
    return EcosystemChanges.of(since, mentions, relations, inScope, filters.minConfidence(), titles::get, filters.limit());
  }

  // ---- entity ----

  public EntityProfile entity(String name, Filters filters) {
    Set<String> ids = entityIdsNamed(name);
    if (ids.isEmpty()) {
      List<String> suggestions = suggest(name, 5);
      throw new BadQueryException("no entity named '" + name + "'"
          + (suggestions.isEmpty() ? "" : "; did you mean: " + String.join(", ", suggestions) + "?"));
    }
    // the id mentioned most wins when several entities share a name
    String id = ids.stream().max(Comparator.comparingInt(this::mentionDocs)).orElseThrow();
    BooleanQuery.Builder mentionsQuery = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(KIND, KIND_MENTION)), Occur.FILTER)
        .add(new TermQuery(new Term(ENTITY_ID, id)), Occur.FILTER);
    if (filters.since() != null) {
      mentionsQuery.add(LongPoint.newRangeQuery(PUBLISHED, filters.since().toEpochMilli(), Long.MAX_VALUE), Occur.FILTER);
    }
    Query mentionsOf = mentionsQuery.build();
    try {
      // totals from doc values, however many articles mention the entity
      MentionTotals totals = searcher.search(mentionsOf, new MentionTotals.Manager());
      // names and the article list from the newest mentions only
      TopDocs newest = searcher.search(mentionsOf, Math.max(filters.limit(), 200),
          new Sort(new SortField(PUBLISHED, SortField.Type.LONG, true)));
      EntityTotals agg = null;
      Set<String> aliases = new java.util.LinkedHashSet<>();
      List<ArticleHit> articles = new ArrayList<>();
      for (ScoreDoc sd : newest.scoreDocs) {
        Document d = searcher.storedFields().document(sd.doc);
        if (agg == null) {
          agg = new EntityTotals(id, d.get(ENTITY_TYPE), d.get(ENTITY_SUBTYPE));
        }
        agg.add(d);
        aliases.addAll(Arrays.asList(d.getValues(ALIASES)));
        if (articles.size() < filters.limit()) {
          articles.add(new ArticleHit(d.get(ARTICLE_ID), d.get(TITLE), d.get(URL), null, null, StoredViews.date(d), 0, null));
        }
      }
      if (agg == null) {
        throw new BadQueryException("'" + name + "' is in no article published since " + StoredViews.day(filters.since().toEpochMilli()));
      }
      List<RelationFact> relations = RelationFacts.of(relationsOf(id, RelationFacts.MAX_EVIDENCE, filters.minConfidence(), filters.since()),
          Math.max(filters.limit(), 50), filters.allEvidence());
      List<String> regions = relations.stream()
          .filter(r -> r.subject().equals(id) && r.predicate().equals(Predicate.LOCATED_IN.name()))
          .map(RelationFact::objectName).distinct().toList();
      return new EntityProfile(id, agg.bestName(), agg.type, agg.subtype, List.copyOf(aliases), regions, totals.articles,
          (int) totals.mentions, StoredViews.day(totals.first), StoredViews.day(totals.last), totals.perMonth, relations, articles);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The relations an entity takes part in, most confident first. */
  private List<RelationView> relationsOf(String id, int limit, double minConfidence, Instant since) throws IOException {
    BooleanQuery.Builder q = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(KIND, KIND_RELATION)), Occur.FILTER)
        .add(new BooleanQuery.Builder()
            .add(new TermQuery(new Term(SUBJECT, id)), Occur.SHOULD)
            .add(new TermQuery(new Term(OBJECT, id)), Occur.SHOULD).build(), Occur.FILTER);
    addConfidence(q, minConfidence);
    if (since != null) {
      q.add(LongPoint.newRangeQuery(PUBLISHED, since.toEpochMilli(), Long.MAX_VALUE), Occur.FILTER);
    }
    TopDocs top = searcher.search(q.build(), limit, new Sort(new SortField(CONFIDENCE, SortField.Type.DOUBLE, true)));
    List<RelationView> out = new ArrayList<>();
    for (ScoreDoc sd : top.scoreDocs) {
      out.add(StoredViews.relation(searcher.storedFields().document(sd.doc)));
    }
    return out;
  }

  public Stats stats() {
    try {
      long size = 0;
      try (Stream<Path> files = Files.list(dir)) {
        for (Path p : files.toList()) {
          try {
            size += Files.size(p);
          } catch (java.nio.file.NoSuchFileException mergedAway) {
            // the writer deleted an old segment file meanwhile: not part of the index any more
          }
        }
      }
      Map<String, Long> offsets = new TreeMap<>();
      EcosystemIndex.committedOffsets(dir).forEach((p, o) -> offsets.put(p.toString(), o));
      return new Stats(count(KIND_ARTICLE), distinctEntities(), count(KIND_RELATION), size, offsets);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    reader.close();
    directory.close();
  }

  // ---- helpers ----

  private static void addConfidence(BooleanQuery.Builder q, double minConfidence) {
    if (minConfidence > 0) {
      q.add(DoublePoint.newRangeQuery(CONFIDENCE, minConfidence, Double.POSITIVE_INFINITY), Occur.FILTER);
    }
  }

  private void addFilters(BooleanQuery.Builder q, Filters filters) {
    if (filters.since() != null) {
      q.add(LongPoint.newRangeQuery(PUBLISHED, filters.since().toEpochMilli(), Long.MAX_VALUE), Occur.FILTER);
    }
    if (filters.region() != null) {
      Set<String> regionIds = resolve(filters.region());
      Set<BytesRef> articleIds = new HashSet<>();
      for (Document d : all(new BooleanQuery.Builder()
          .add(new TermQuery(new Term(KIND, KIND_ARTICLE)), Occur.FILTER)
          .add(new TermInSetQuery(ENTITY, regionIds.stream().map(BytesRef::new).toList()), Occur.FILTER).build())) {
        articleIds.add(new BytesRef(d.get(ARTICLE_ID)));
      }
      q.add(new TermInSetQuery(ARTICLE_ID, articleIds), Occur.FILTER);
    }
    if (filters.type() != null) {
      q.add(new TermQuery(new Term(ENTITY_TYPE, filters.type().name())), Occur.FILTER);
    }
  }

  private int count(String kind) throws IOException {
    return searcher.count(new TermQuery(new Term(KIND, kind)));
  }

  private int distinctEntities() {
    Set<String> ids = new HashSet<>();
    for (Document d : all(new TermQuery(new Term(KIND, KIND_MENTION)))) {
      ids.add(d.get(ENTITY_ID));
    }
    return ids.size();
  }

  /** Entity ids one of whose names is {@code name} (any language, any width or case). */
  public Set<String> entityIdsNamed(String name) {
    return names.idsNamed(name);
  }

  /** Entity names close to {@code name}, for "did you mean". */
  public List<String> suggest(String name, int max) {
    return names.suggest(name, max);
  }

  private Set<String> resolve(String name) {
    return names.resolve(name);
  }

  private List<Document> all(Query q) {
    return names.all(q);
  }

  private int mentionDocs(String entityId) {
    return names.mentionDocs(entityId);
  }
}
