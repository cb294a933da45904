package io.ecotrack.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tells a feed or a sitemap from a page: both are XML documents that list articles, and neither is one.
 * A sitemap reached as a page (a URL source, a sitemap that lists another sitemap as a URL) must not be
 * indexed as an article made of its URLs.
 */
final class FeedDocuments {
  /** The root element of a sitemap, sitemap index, RSS, RDF or Atom document, after any prolog. */
  private static final Pattern ROOT = Pattern.compile(
      "^(?:\\uFEFF)?\\s*(?:<\\?xml[^>]*>\\s*)?(?:<!--.*?-->\\s*|<\\?[^>]*>\\s*)*(?:<!DOCTYPE[^>]*>\\s*)?"
          + "<(?:[\\w-]+:)?(urlset|sitemapindex|rss|feed|RDF)[\\s>/]", Pattern.DOTALL);

  private FeedDocuments() {}

  static boolean isFeedOrSitemap(String contentType, byte[] body) {
    String ct = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
    if (ct.contains("rss") || ct.contains("atom")) {
      return true;
    }
    String head = new String(body, 0, Math.min(body.length, 4096), StandardCharsets.UTF_8);
    return ROOT.matcher(head).find();
  }
}
