package io.ecotrack.ingest.source;

import io.ecotrack.ingest.fetch.FetchException;
import io.ecotrack.ingest.fetch.FetchResult;
import java.net.URI;
import java.util.List;

/**
 * Finds the article URLs of one kind of source. Implementations fetch only through the given
 * {@link Fetch}, which applies robots.txt, politeness and the address policy.
 */
public interface SourceReader {
  /** Fetches a page politely on behalf of a reader. */
  @FunctionalInterface
  interface Fetch {
    FetchResult get(URI url) throws FetchException, InterruptedException;
  }

  /** The article URLs of {@code source}, newest first where the source says, at most {@code source.maxPages()}. */
  List<URI> articleUrls(Source source, Fetch fetch) throws FetchException, InterruptedException;

  /** The reader for sources of {@code type}. */
  static SourceReader of(SourceType type) {
    return switch (type) {
      case FEED -> new FeedReader();
      case SITEMAP -> new SitemapReader();
      case LISTING -> new ListingReader();
      case URL -> (source, fetch) -> source.urls().stream().map(URI::create).limit(source.maxPages()).toList();
      case FILES -> new FileTreeReader();
    };
  }
}
