package io.ecotrack.index.search;

import static io.ecotrack.index.store.IndexSchema.*;

import io.ecotrack.index.search.Results.ArticleHit;
import io.ecotrack.index.search.Results.EntityProfile;
import io.ecotrack.index.search.Results.EntitySummary;
import io.ecotrack.index.search.Results.RelationFact;
import io.ecotrack.index.search.Results.RelationView;
import io.ecotrack.index.search.Results.SearchResult;
import io.ecotrack.index.search.Results.Stats;
import io.ecotrack.index.store.AliasKey;
import io.ecotrack.index.store.EcosystemIndex;
import io.ecotrack.index.store.IndexSchema;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import io.ecotrack.index.store.IndexUnavailableException;
import io.ecotrack.model.EntityType;
import io.ecotrack.model.Predicate;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
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
  private static final String[] SEARCH_FIELDS = {TITLE_JA, TEXT_JA, TITLE_EN, TEXT_EN};
  private static final Map<String, Float> BOOSTS = Map.of(TITLE_JA, 2f, TITLE_EN, 2f, TEXT_JA, 1f, TEXT_EN, 1f);
  private static final int SCAN_LIMIT = 1_000_000;

  private final Path dir;
  private final Directory directory;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final ArticleHighlights highlights;
  private final SortedSetDocValuesReaderState facetState; // null for an empty index

  private EcosystemSearch(Path dir, Directory directory, DirectoryReader reader) throws IOException {
    this.dir = dir;
    this.directory = directory;
    this.reader = reader;
    this.searcher = new IndexSearcher(reader);
    this.highlights = new ArticleHighlights(searcher);
    SortedSetDocValuesReaderState state;
    try {
      state = new DefaultSortedSetDocValuesReaderState(reader, IndexSchema.facets());
    } catch (IllegalArgumentException noFacetsYet) {
      state = null;
    }
    this.facetState = state;
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

  // ---- search ----

  public SearchResult search(String queryText, Filters filters) {
    if (queryText == null || queryText.isBlank()) {
      throw new BadQueryException("empty query: give words to search for, e.g. ecotrack search \"Mayo Clinic\"");
    }
    int depth = nesting(queryText);
    if (depth > MAX_NESTING) {
      throw new BadQueryException("query nested " + depth + " levels deep; at most " + MAX_NESTING + " levels of parentheses");
    }
    MultiFieldQueryParser parser = new MultiFieldQueryParser(SEARCH_FIELDS, IndexSchema.analyzer(), BOOSTS);
    parser.setDefaultOperator(QueryParser.Operator.AND);
    Query text;
    try {
      text = parser.parse(queryText);
    } catch (ParseException e) {
      throw new BadQueryException("cannot parse query '" + clip(queryText) + "': " + firstLine(e.getMessage()));
    } catch (IllegalArgumentException e) {
      throw new BadQueryException("cannot parse query '" + clip(queryText) + "': " + e.getMessage());
    } catch (StackOverflowError e) {
      throw new BadQueryException("query too complex to parse: '" + clip(queryText) + "'");
    }
    BooleanQuery.Builder either = new BooleanQuery.Builder().add(text, Occur.SHOULD);
    Set<String> entityIds = entityIdsNamed(unquote(queryText));
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
      List<String> passages = highlights.of(text, otherNames(entityIds), top, docs);
      List<ArticleHit> hits = new ArrayList<>();
      for (int i = 0; i < docs.size(); i++) {
        Document d = docs.get(i);
        hits.add(new ArticleHit(d.get(ARTICLE_ID), d.get(TITLE), d.get(URL), d.get(SOURCE), d.get(LANGUAGE),
            date(d), top.scoreDocs[i].score, passages.get(i)));
      }
      return new SearchResult(queryText, top.totalHits.value(), hits, facetCounts(result.facetsCollector(),
          List.of(FACET_TYPE, FACET_REGION, FACET_SOURCE, FACET_LANGUAGE, FACET_MONTH)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (IllegalStateException e) {
      // a phrase on a field indexed without positions (url:"…", id:"…")
      throw new BadQueryException("cannot run query '" + clip(queryText) + "': " + firstLine(e.getMessage())
          + "; phrases work in the title and text fields");
    }
  }

  /** The deepest nesting of parentheses the query parser recurses into (which it does once per level). */
  static final int MAX_NESTING = 64;

  private static int nesting(String query) {
    int depth = 0;
    int max = 0;
    boolean quoted = false;
    for (int i = 0; i < query.length(); i++) {
      char c = query.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && c == '(') {
        max = Math.max(max, ++depth);
      } else if (!quoted && c == ')') {
        depth = Math.max(0, depth - 1);
      }
    }
    return max;
  }

  private static String clip(String s) {
    return s.length() <= 80 ? s : s.substring(0, 79) + "…";
  }

  /** Counts per value of each dimension over the matching documents, ten values at most per dimension. */
  private Map<String, Map<String, Integer>> facetCounts(FacetsCollector collector, List<String> dims) throws IOException {
    Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
    if (facetState == null) {
      return out;
    }
    Facets facets = new SortedSetDocValuesFacetCounts(facetState, collector);
    for (String dim : dims) {
      Map<String, Integer> counts = new LinkedHashMap<>();
      try {
        FacetResult r = facets.getTopChildren(10, dim);
        if (r != null) {
          for (LabelAndValue lv : r.labelValues) {
            counts.put(lv.label, lv.value.intValue());
          }
        }
      } catch (IllegalArgumentException noSuchDimension) {
        // an index written before this dimension existed
      }
      out.put(dim, counts);
    }
    return out;
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
      Map<String, Map<String, Integer>> partners = partnerCounts();
      List<EntitySummary> out = new ArrayList<>();
      for (Map.Entry<String, int[]> e : counts.top(filters.limit())) {
        String id = e.getKey();
        TopDocs some = searcher.search(new BooleanQuery.Builder()
            .add(new TermQuery(new Term(KIND, KIND_MENTION)), Occur.FILTER)
            .add(new TermQuery(new Term(ENTITY_ID, id)), Occur.FILTER).build(), 20);
        EntityAgg agg = null;
        for (ScoreDoc sd : some.scoreDocs) {
          Document d = searcher.storedFields().document(sd.doc);
          if (agg == null) {
            agg = new EntityAgg(id, d.get(ENTITY_TYPE), d.get(ENTITY_SUBTYPE));
          }
          agg.names.merge(d.get(ENTITY_NAME), 1, Integer::sum);
        }
        out.add(new EntitySummary(id, agg.bestName(), agg.type, agg.subtype, e.getValue()[0], e.getValue()[1],
            topPartners(partners.get(id))));
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
      q.add(new TermQuery(new Term(PREDICATE, parsePredicate(predicate).name())), Occur.FILTER);
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
        out.add(relation(searcher.storedFields().document(sd.doc)));
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
      EntityAgg agg = null;
      Set<String> aliases = new java.util.LinkedHashSet<>();
      List<ArticleHit> articles = new ArrayList<>();
      for (ScoreDoc sd : newest.scoreDocs) {
        Document d = searcher.storedFields().document(sd.doc);
        if (agg == null) {
          agg = new EntityAgg(id, d.get(ENTITY_TYPE), d.get(ENTITY_SUBTYPE));
        }
        agg.add(d);
        aliases.addAll(Arrays.asList(d.getValues(ALIASES)));
        if (articles.size() < filters.limit()) {
          articles.add(new ArticleHit(d.get(ARTICLE_ID), d.get(TITLE), d.get(URL), null, null, date(d), 0, null));
        }
      }
      if (agg == null) {
        throw new BadQueryException("'" + name + "' is in no article published since " + day(filters.since().toEpochMilli()));
      }
      List<RelationFact> relations = RelationFacts.of(relationsOf(id, RelationFacts.MAX_EVIDENCE, filters.minConfidence(), filters.since()),
          Math.max(filters.limit(), 50), filters.allEvidence());
      List<String> regions = relations.stream()
          .filter(r -> r.subject().equals(id) && r.predicate().equals(Predicate.LOCATED_IN.name()))
          .map(RelationFact::objectName).distinct().toList();
      return new EntityProfile(id, agg.bestName(), agg.type, agg.subtype, List.copyOf(aliases), regions, totals.articles,
          (int) totals.mentions, day(totals.first), day(totals.last), totals.perMonth, relations, articles);
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
      out.add(relation(searcher.storedFields().document(sd.doc)));
    }
    return out;
  }

  /** Entity names close to {@code name}, for "did you mean". */
  public List<String> suggest(String name, int max) {
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

  /** Entity ids one of whose names is {@code name} (any language, any width or case). */
  public Set<String> entityIdsNamed(String name) {
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

  private Set<String> resolve(String name) {
    Set<String> ids = entityIdsNamed(name);
    if (ids.isEmpty()) {
      List<String> suggestions = suggest(name, 5);
      throw new BadQueryException("no entity named '" + name + "'"
          + (suggestions.isEmpty() ? "" : "; did you mean: " + String.join(", ", suggestions) + "?"));
    }
    return ids;
  }

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

  private List<Document> all(Query q) {
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

  private int count(String kind) throws IOException {
    return searcher.count(new TermQuery(new Term(KIND, kind)));
  }

  private int mentionDocs(String entityId) {
    try {
      return searcher.count(new TermQuery(new Term(ENTITY_ID, entityId)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private int distinctEntities() {
    Set<String> ids = new HashSet<>();
    for (Document d : all(new TermQuery(new Term(KIND, KIND_MENTION)))) {
      ids.add(d.get(ENTITY_ID));
    }
    return ids.size();
  }

  private Map<String, Map<String, Integer>> partnerCounts() {
    Map<String, Map<String, Integer>> partners = new HashMap<>();
    for (Document d : all(new BooleanQuery.Builder()
        .add(new TermQuery(new Term(KIND, KIND_RELATION)), Occur.FILTER)
        .add(new TermQuery(new Term(PREDICATE, Predicate.PARTNERS_WITH.name())), Occur.FILTER).build())) {
      partners.computeIfAbsent(d.get(SUBJECT), k -> new HashMap<>()).merge(d.get("object_name"), 1, Integer::sum);
      partners.computeIfAbsent(d.get(OBJECT), k -> new HashMap<>()).merge(d.get("subject_name"), 1, Integer::sum);
    }
    return partners;
  }

  private static List<String> topPartners(Map<String, Integer> counts) {
    if (counts == null) {
      return List.of();
    }
    return counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .limit(3).map(Map.Entry::getKey).toList();
  }

  private static RelationView relation(Document d) {
    return new RelationView(d.get(SUBJECT), d.get("subject_name"), d.get(PREDICATE), d.get(OBJECT), d.get("object_name"),
        d.get(ROLE), d.getField(CONFIDENCE).numericValue().doubleValue(), d.get(EVIDENCE), d.get(ARTICLE_ID), d.get(URL), date(d),
        d.get(INFERRED) != null);
  }

  public static Predicate parsePredicate(String p) {
    try {
      return Predicate.valueOf(p.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw new BadQueryException("unknown predicate '" + p + "'; valid: " + Arrays.toString(Predicate.values()));
    }
  }

  public static EntityType parseType(String t) {
    try {
      return EntityType.valueOf(t.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new BadQueryException("unknown type '" + t + "'; valid: " + Arrays.toString(EntityType.values()));
    }
  }

  /** A day such as 2025-12-01, or a number of days back from today such as 7d (UTC). */
  public static Instant parseSince(String since) {
    String s = since.trim();
    if (s.matches("\\d{1,4}d")) {
      return LocalDate.now(ZoneOffset.UTC).minusDays(Long.parseLong(s.substring(0, s.length() - 1))).atStartOfDay()
          .toInstant(ZoneOffset.UTC);
    }
    try {
      return LocalDate.parse(s).atStartOfDay().toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      throw new BadQueryException("--since '" + since + "' is not a date such as 2025-12-01 nor a number of days back such as 7d");
    }
  }

  private static String date(Document d) {
    return day(Long.parseLong(d.get(PUBLISHED)));
  }

  private static String day(long millis) {
    return millis == Long.MAX_VALUE || millis == Long.MIN_VALUE ? null : Instant.ofEpochMilli(millis).toString().substring(0, 10);
  }

  private static String unquote(String q) {
    String t = q.trim();
    return t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"") ? t.substring(1, t.length() - 1) : t;
  }

  /** The names of {@code entityIds} in every language, for the highlights. */
  private List<String> otherNames(Set<String> entityIds) {
    Set<String> names = new java.util.LinkedHashSet<>();
    for (String id : entityIds) {
      for (Document d : all(new TermQuery(new Term(ENTITY_ID, id)))) {
        names.addAll(Arrays.asList(d.getValues(ALIASES)));
      }
    }
    return List.copyOf(names);
  }

  private static String firstLine(String s) {
    int nl = s == null ? -1 : s.indexOf('\n');
    return nl < 0 ? String.valueOf(s) : s.substring(0, nl);
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

  /** Per-entity totals over mention documents. */
  private static final class EntityAgg {
    final String id;
    final String type;
    final String subtype;
    final Set<String> articles = new HashSet<>();
    final Map<String, Integer> names = new HashMap<>();
    int mentions;

    EntityAgg(String id, String type, String subtype) {
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
}
