package io.ecotrack.index.search;

import java.util.List;
import java.util.Map;

/** What the CLI's read commands return; plain records so they print as tables or JSON alike. */
public final class Results {
  private Results() {}

  public record ArticleHit(String id, String title, String url, String source, String language, String published,
      float score, String snippet) {}

  public record SearchResult(String query, long total, List<ArticleHit> hits, Map<String, Map<String, Integer>> facets) {}

  public record EntitySummary(String id, String name, String type, String subtype, int articles, int mentions,
      List<String> topPartners) {}

  /** One piece of evidence: a relation as one article states (or implies) it. */
  public record RelationView(String subject, String subjectName, String predicate, String object, String objectName,
      String role, double confidence, String evidence, String articleId, String url, String published, boolean inferred) {}

  /**
   * A relation as a fact: one (subject, predicate, object), the number of articles that give evidence of it, its
   * strongest confidence, and its evidence, strongest first (only the strongest unless every piece was asked for).
   */
  public record RelationFact(String subject, String subjectName, String predicate, String object, String objectName,
      String role, int articles, double confidence, boolean inferred, List<RelationView> evidence) {}

  public record EntityProfile(String id, String name, String type, String subtype, List<String> aliases, List<String> regions,
      int articles,
      int mentions, String firstSeen, String lastSeen, Map<String, Integer> mentionsPerMonth, List<RelationFact> relations,
      List<ArticleHit> articlesSample) {}

  public record Stats(int articles, int entities, int relations, long sizeBytes, Map<String, Long> committedOffsets) {}

  /** An entity first seen in a period: in which article, when, and where it is located if the index says so. */
  public record NewEntity(String id, String name, String type, String subtype, String firstSeen, int articles,
      String title, String url, List<String> regions) {}

  /** A relation first evidenced in a period, with its strongest evidence in the period. */
  public record NewRelation(String subject, String subjectName, String predicate, String object, String objectName,
      String role, String firstEvidenced, int articles, double confidence, String evidence, String title, String url) {}

  /** What is new since a day: entities first seen and relations first evidenced on or after it. */
  public record Changes(String since, List<NewEntity> entities, List<NewRelation> relations) {}
}
