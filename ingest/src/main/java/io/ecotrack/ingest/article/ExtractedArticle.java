package io.ecotrack.ingest.article;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The article found in a page: its body text (paragraphs as lines, without navigation, ads, share bars,
 * comments or footers) and its metadata.
 *
 * @param canonicalUrl from rel=canonical or og:url when the page names one, else the page's own URL
 * @param publishedAt null when the page does not say
 * @param language {@code ja}, {@code en}, … or {@code und}
 */
public record ExtractedArticle(String title, String text, OffsetDateTime publishedAt, List<String> authors,
    String language, String canonicalUrl) {}
