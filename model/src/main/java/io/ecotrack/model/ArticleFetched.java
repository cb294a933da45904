package io.ecotrack.model;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * One article as the crawler found it: clean body text plus its metadata. Published to
 * {@link Topics#ARTICLES}, keyed by {@link #id()}; a changed page is published again under the same id.
 *
 * @param id stable hash of the canonical URL, see {@link ArticleId}
 * @param source the name of the source (feed, sitemap, site) it came from
 * @param language BCP 47 language code ({@code ja}, {@code en}); {@code und} when unknown
 * @param publishedAt when the article says it was published; null when it does not say
 * @param contentHash {@code sha256:<hex>} of the text, to tell a changed page from an unchanged one
 */
public record ArticleFetched(
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
    String contentHash) {

  public static final int SCHEMA = 1;

  public ArticleFetched {
    if (schema != SCHEMA) {
      throw new MalformedEventException("unsupported schema version " + schema + " (expected " + SCHEMA + ")");
    }
    requireField(id, "id");
    requireField(url, "url");
    if (text == null) {
      throw new MalformedEventException("missing required field 'text'"); // empty is allowed: a page with no body
    }
    canonicalUrl = canonicalUrl == null ? url : canonicalUrl;
    source = source == null ? "" : source;
    title = title == null ? "" : title;
    language = language == null || language.isBlank() ? "und" : language;
    authors = authors == null ? List.of() : List.copyOf(authors);
    Objects.requireNonNull(fetchedAt, "fetchedAt");
    contentHash = contentHash == null ? ContentHash.of(text) : contentHash;
  }

  static void requireField(String value, String name) {
    if (value == null || value.isEmpty()) {
      throw new MalformedEventException("missing required field '" + name + "'");
    }
  }
}
