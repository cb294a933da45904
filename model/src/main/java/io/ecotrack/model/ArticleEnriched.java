package io.ecotrack.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An article with the entities and relations found in it. Carries every field of {@link ArticleFetched}
 * (flat, as DESIGN.md fixes the JSON) plus {@link #entities()}, {@link #relations()} and the
 * {@link #extractor()} version that produced them. Published to {@link Topics#ENRICHED}, keyed by id.
 *
 * @param warnings what the extractor left out and why, when an article went over a bound of its work (a
 *     text too long, too many entities): the article is extracted partly rather than not at all; absent
 *     from the JSON when empty
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
    String extractor,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> warnings) {

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
    warnings = warnings == null ? List.of() : List.copyOf(warnings);
  }

  /** The enriched form of {@code article}. */
  public static ArticleEnriched of(ArticleFetched a, List<Entity> entities, List<Relation> relations, String extractor) {
    return of(a, entities, relations, extractor, List.of());
  }

  /** The enriched form of {@code article}, extracted partly for the reasons in {@code warnings}. */
  public static ArticleEnriched of(ArticleFetched a, List<Entity> entities, List<Relation> relations, String extractor,
      List<String> warnings) {
    return new ArticleEnriched(a.schema(), a.id(), a.url(), a.canonicalUrl(), a.source(), a.title(), a.text(),
        a.language(), a.publishedAt(), a.fetchedAt(), a.authors(), a.contentHash(), entities, relations, extractor,
        warnings);
  }

  /** The article part, without what extraction added. */
  public ArticleFetched article() {
    return new ArticleFetched(schema, id, url, canonicalUrl, source, title, text, language, publishedAt, fetchedAt,
        authors, contentHash);
  }
}
