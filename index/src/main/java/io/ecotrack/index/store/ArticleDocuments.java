package io.ecotrack.index.store;

import static io.ecotrack.index.store.IndexSchema.*;

import io.ecotrack.model.ArticleEnriched;
import io.ecotrack.model.Entity;
import io.ecotrack.model.Relation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Set;
import java.util.TreeSet;
import io.ecotrack.model.EntityType;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleDocValuesField;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;

/** Turns one enriched article into its Lucene documents: the article, one per entity, one per relation. */
public final class ArticleDocuments {
  private ArticleDocuments() {}

  public static List<Document> of(ArticleEnriched a) {
    long published = (a.publishedAt() != null ? a.publishedAt() : a.fetchedAt()).toInstant().toEpochMilli();
    List<Document> docs = new ArrayList<>();
    Document article = common(a.id(), KIND_ARTICLE, published);
    article.add(new StringField(URL, a.canonicalUrl(), Field.Store.YES));
    article.add(new StringField(SOURCE, a.source(), Field.Store.YES));
    article.add(new StringField(LANGUAGE, a.language(), Field.Store.YES));
    article.add(new StoredField(TITLE, a.title()));
    article.add(new StoredField(TEXT, a.text()));
    // analyzed in both languages, so a query in either finds the article
    article.add(new TextField(TITLE_JA, a.title(), Field.Store.NO));
    article.add(new TextField(TEXT_JA, a.text(), Field.Store.NO));
    article.add(new TextField(TITLE_EN, a.title(), Field.Store.NO));
    article.add(new TextField(TEXT_EN, a.text(), Field.Store.NO));
    String month = Instant.ofEpochMilli(published).toString().substring(0, 7);
    article.add(new SortedSetDocValuesFacetField(FACET_SOURCE, a.source().isEmpty() ? "(none)" : a.source()));
    article.add(new SortedSetDocValuesFacetField(FACET_LANGUAGE, a.language()));
    article.add(new SortedSetDocValuesFacetField(FACET_MONTH, month));
    Set<String> types = new TreeSet<>();
    Set<String> regions = new TreeSet<>();
    for (Entity e : a.entities()) {
      article.add(new StringField(ENTITY, e.id(), Field.Store.YES));
      types.add(e.type().name());
      if (e.type() == EntityType.LOCATION) {
        regions.add(e.name());
      }
    }
    for (String t : types) {
      article.add(new StringField(ENTITY_TYPE, t, Field.Store.NO)); // for --type: articles that mention one
      article.add(new SortedSetDocValuesFacetField(FACET_TYPE, t));
    }
    for (String r : regions) {
      article.add(new SortedSetDocValuesFacetField(FACET_REGION, r));
    }
    docs.add(article);

    Map<String, Entity> byId = a.entities().stream().collect(Collectors.toMap(Entity::id, e -> e, (x, y) -> x));
    for (Entity e : a.entities()) {
      Document d = common(a.id(), KIND_MENTION, published);
      d.add(new StringField(ENTITY_ID, e.id(), Field.Store.YES));
      d.add(new SortedDocValuesField(ENTITY_ID, new BytesRef(e.id())));
      d.add(new StoredField(ENTITY_NAME, e.name()));
      d.add(new StringField(ENTITY_TYPE, e.type().name(), Field.Store.YES));
      if (e.subtype() != null) {
        d.add(new StringField(ENTITY_SUBTYPE, e.subtype(), Field.Store.YES));
      }
      for (String alias : e.aliases()) {
        d.add(new StringField(ALIAS, AliasKey.of(alias), Field.Store.NO));
        d.add(new StoredField(ALIASES, alias));
      }
      d.add(new StoredField(MENTIONS, e.mentions().size()));
      d.add(new NumericDocValuesField(MENTIONS, e.mentions().size()));
      d.add(new DoublePoint(CONFIDENCE, e.confidence()));
      d.add(new StoredField(CONFIDENCE, e.confidence()));
      d.add(new DoubleDocValuesField(CONFIDENCE, e.confidence())); // one schema per field across all documents
      d.add(new StringField(URL, a.canonicalUrl(), Field.Store.YES));
      d.add(new StoredField(TITLE, a.title()));
      d.add(new SortedSetDocValuesFacetField(FACET_TYPE, e.type().name()));
      d.add(new SortedSetDocValuesFacetField(FACET_MONTH, month));
      docs.add(d);
    }
    for (Relation r : a.relations()) {
      Document d = common(a.id(), KIND_RELATION, published);
      d.add(new StringField(SUBJECT, r.subject(), Field.Store.YES));
      d.add(new StringField(PREDICATE, r.predicate().name(), Field.Store.YES));
      d.add(new StringField(OBJECT, r.object(), Field.Store.YES));
      d.add(new StoredField("subject_name", nameOf(byId, r.subject())));
      d.add(new StoredField("object_name", nameOf(byId, r.object())));
      d.add(new StoredField(EVIDENCE, r.evidence().text()));
      d.add(new StoredField("evidence_start", r.evidence().start()));
      d.add(new StoredField("evidence_end", r.evidence().end()));
      d.add(new DoublePoint(CONFIDENCE, r.confidence()));
      d.add(new StoredField(CONFIDENCE, r.confidence()));
      d.add(new DoubleDocValuesField(CONFIDENCE, r.confidence()));
      if (r.role() != null) {
        d.add(new StoredField(ROLE, r.role()));
      }
      if (r.inferred()) {
        d.add(new StoredField(INFERRED, 1));
      }
      d.add(new StringField(URL, a.canonicalUrl(), Field.Store.YES));
      d.add(new SortedSetDocValuesFacetField(FACET_PREDICATE, r.predicate().name()));
      d.add(new SortedSetDocValuesFacetField(FACET_MONTH, month));
      docs.add(d);
    }
    List<Document> built = new ArrayList<>(docs.size());
    for (Document d : docs) {
      try {
        built.add(IndexSchema.facets().build(d));
      } catch (IOException e) {
        throw new UncheckedIOException(e); // building facet fields does no I/O
      }
    }
    return built;
  }

  private static String nameOf(Map<String, Entity> byId, String id) {
    Entity e = byId.get(id);
    return e == null ? id : e.name();
  }

  private static Document common(String articleId, String kind, long published) {
    Document d = new Document();
    d.add(new StringField(ARTICLE_ID, articleId, Field.Store.YES));
    d.add(new StringField(KIND, kind, Field.Store.YES));
    d.add(new LongPoint(PUBLISHED, published));
    d.add(new NumericDocValuesField(PUBLISHED, published));
    d.add(new StoredField(PUBLISHED, published));
    return d;
  }
}
