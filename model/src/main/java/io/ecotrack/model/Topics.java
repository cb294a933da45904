package io.ecotrack.model;

import java.util.List;

/**
 * The Kafka topics that connect the stages. Names carry no version (events carry {@code "schema": 1});
 * they are relied on by users' scripts, so they never change.
 */
public final class Topics {
  /** {@link ArticleFetched} events, keyed by article id; written by ingest, read by extract. */
  public static final String ARTICLES = "ecotrack.articles";
  /** {@link ArticleEnriched} events, keyed by article id; written by extract, read by index. */
  public static final String ENRICHED = "ecotrack.enriched";
  /** What the crawler fetched before (validators, content hash), keyed by URL; compacted. */
  public static final String CRAWL_STATE = "ecotrack.crawl-state";
  /** Names learned for canonical entities (メイヨー・クリニック → org:mayo-clinic), keyed by the normalized name;
   * compacted. Shared by every extractor instance and kept across restarts. */
  public static final String ALIASES = "ecotrack.aliases";
  /** Analysts' {@link Correction}s (alias add, alias remove, suppress), keyed by {@link Correction#key}; compacted.
   * Read whole by every extractor on start and followed after. */
  public static final String CURATION = "ecotrack.curation";
  /** Records a stage could not process: the original bytes, with the reason and stage in headers. */
  public static final String DLQ = "ecotrack.dlq";

  /** Every topic ecotrack creates, in data-flow order. */
  public static final List<String> ALL = List.of(ARTICLES, ENRICHED, CRAWL_STATE, ALIASES, CURATION, DLQ);

  private Topics() {}
}
