package io.ecotrack.index.store;

import java.util.Map;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/**
 * The fields of the ecosystem index. One Lucene document per article, per entity mention in an article,
 * and per relation in an article; every one carries {@link #ARTICLE_ID}, so re-indexing an article
 * replaces all of its documents in one atomic update and aggregates never count an article twice.
 * Article text is analyzed twice: with kuromoji (Japanese) and with the English analyzer, so a query in
 * either language finds it.
 */
public final class IndexSchema {
  public static final String KIND = "kind";
  public static final String KIND_ARTICLE = "article";
  public static final String KIND_MENTION = "mention";
  public static final String KIND_RELATION = "relation";

  public static final String ARTICLE_ID = "article_id";
  public static final String URL = "url";
  public static final String SOURCE = "source";
  public static final String LANGUAGE = "language";
  public static final String TITLE = "title";
  public static final String TEXT = "text";
  public static final String TITLE_JA = "title_ja";
  public static final String TEXT_JA = "text_ja";
  public static final String TITLE_EN = "title_en";
  public static final String TEXT_EN = "text_en";
  public static final String PUBLISHED = "published"; // epoch millis, point + stored; fetchedAt when unknown
  public static final String ENTITY = "entity"; // canonical entity ids of an article

  public static final String ENTITY_ID = "entity_id";
  public static final String ENTITY_NAME = "entity_name";
  public static final String ENTITY_TYPE = "entity_type";
  public static final String ENTITY_SUBTYPE = "entity_subtype";
  public static final String ALIAS = "alias"; // normalized names, exact match
  public static final String ALIASES = "aliases"; // display
  public static final String MENTIONS = "mentions";
  public static final String CONFIDENCE = "confidence";

  public static final String SUBJECT = "subject";
  public static final String PREDICATE = "predicate";
  public static final String OBJECT = "object";
  public static final String EVIDENCE = "evidence";
  public static final String ROLE = "role";
  /** Stored (as 1) on a relation document whose relation no single sentence states: a document-level inference. */
  public static final String INFERRED = "inferred";

  /** Facet dimensions (Lucene's facet module, sorted-set doc values). */
  public static final String FACET_SOURCE = "source";
  public static final String FACET_LANGUAGE = "language";
  public static final String FACET_MONTH = "month";
  public static final String FACET_TYPE = "type";
  public static final String FACET_REGION = "region";
  public static final String FACET_PREDICATE = "predicate";

  private static final FacetsConfig FACETS = facetsConfig();

  /** How facet fields are indexed: type and region hold several values per article. */
  public static FacetsConfig facets() {
    return FACETS;
  }

  private static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    config.setMultiValued(FACET_TYPE, true);
    config.setMultiValued(FACET_REGION, true);
    return config;
  }

  /** Commit user-data key holding the consumed offsets: {@code topic:partition=offset,…}. */
  public static final String OFFSETS = "ecotrack.offsets";

  private IndexSchema() {}

  public static Analyzer analyzer() {
    Analyzer japanese = new JapaneseAnalyzer();
    Analyzer english = new EnglishAnalyzer();
    return new PerFieldAnalyzerWrapper(new StandardAnalyzer(), Map.of(
        TITLE_JA, japanese, TEXT_JA, japanese, TITLE_EN, english, TEXT_EN, english));
  }
}
