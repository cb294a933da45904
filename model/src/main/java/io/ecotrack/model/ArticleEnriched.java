package io.ecotrack.model;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * An article with the entities and relations found in it. Carries every field of {@link ArticleFetched}
 * (flat, as DESIGN.md fixes the JSON) plus {@link #entities()}, {@link #relations()} and the
 * {@link #extractor()} version that produced them. Published to {@link Topics#ENRICHED}, keyed by id.
 */
public record ArticleEnriched(
    int schema,
    String id,
    String url,
    String canonicalUrl,
    String source,
    String title,
    String text,
    String language,
    OffsetDateTime publishedAt,
    OffsetDateTime fetchedAt,
    List<String> authors,
    String contentHash,
    List<Entity> entities,
    List<Relation> relations,
    String extractor) {

  public ArticleEnriched {
    // validate the article part once, in the one place that knows the rules
    ArticleFetched article = new ArticleFetched(schema, id, url, canonicalUrl, source, title, text, language,
        publishedAt, fetchedAt, authors, contentHash);
    canonicalUrl = article.canonicalUrl();
    source = article.source();
    title = article.title();
    language = article.language();
    authors = article.authors();
    contentHash = article.contentHash();
    entities = entities == null ? List.of() : List.copyOf(entities);
    relations = relations == null ? List.of() : List.copyOf(relations);
    extractor = extractor == null ? "" : extractor;
  }

  /** The enriched form of {@code article}. */
  public static ArticleEnriched of(ArticleFetched a, List<Entity> entities, List<Relation> relations, String extractor) {
    return new ArticleEnriched(a.schema(), a.id(), a.url(), a.canonicalUrl(), a.source(), a.title(), a.text(),
        a.language(), a.publishedAt(), a.fetchedAt(), a.authors(), a.contentHash(), entities, relations, extractor);
  }

  /** The article part, without what extraction added. */
  public ArticleFetched article() {
    return new ArticleFetched(schema, id, url, canonicalUrl, source, title, text, language, publishedAt, fetchedAt,
        authors, contentHash);
  }
}
