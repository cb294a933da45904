package io.ecotrack.ingest.fetch;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a saved page that the user named on the command line or in a {@code files} source. It is the only
 * way ecotrack reads a local file for ingestion: {@link PageFetcher} and {@link AddressPolicy} refuse
 * {@code file:} URLs, so nothing fetched from the web (a redirect, a feed entry, a sitemap or listing link)
 * can make the crawler read a local file.
 */
public final class LocalFiles {
  private final long maxBytes;

  public LocalFiles(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  /** Reads the file {@code uri} (a {@code file:} URL) as a page: {@code .pdf} as PDF, {@code .txt} as plain text, {@code .xml} as XML, else HTML. */
  public FetchResult read(URI uri) throws FetchException {
    if (!"file".equalsIgnoreCase(uri.getScheme())) {
      throw new FetchException("bad-scheme", "not a file URL: " + uri);
    }
    Path path = Path.of(uri);
    try {
      if (Files.size(path) > maxBytes) {
        throw new FetchException("too-large", path + " is over the limit of " + maxBytes + " bytes");
      }
      String type = io.ecotrack.ingest.ArticleFormats.typeOfFile(path.getFileName().toString());
      return new FetchResult(uri.toString(), 200, type, null, Files.readAllBytes(path), null, null);
    } catch (NoSuchFileException e) {
      throw new FetchException("not-found", "no such file " + path);
    } catch (IOException e) {
      throw new FetchException("io", "cannot read " + path + ": " + e.getMessage());
    }
  }
}
