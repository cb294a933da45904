package io.ecotrack.ingest.source;

import java.util.Arrays;
import java.util.Locale;

/** The kinds of source the crawler reads. */
public enum SourceType {
  /** RSS 0.9x/1.0/2.0 or Atom feed; its entries' links are the articles. */
  FEED,
  /** XML sitemap, sitemap index or news sitemap; its URLs are the articles. */
  SITEMAP,
  /** An HTML page listing articles; links matching {@code linkPattern} are the articles. */
  LISTING,
  /** The URLs given are the articles. */
  URL,
  /** Saved pages: files, or folders of {@code .html}, {@code .htm} and {@code .txt} files. */
  FILES;

  static SourceType parse(String source, String value) {
    if (value == null) {
      return null;
    }
    try {
      return valueOf(value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("source '" + source + "': unknown type '" + value + "', expected one of " + names());
    }
  }

  static String names() {
    return Arrays.stream(values()).map(t -> t.name().toLowerCase(Locale.ROOT)).toList().toString();
  }
}
