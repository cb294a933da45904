package io.ecotrack.ingest.source;

import io.ecotrack.ingest.fetch.FetchException;
import io.ecotrack.ingest.fetch.FetchResult;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** A listing page (a newsroom, a report list): its links whose absolute URL matches the source's linkPattern. */
final class ListingReader implements SourceReader {
  @Override
  public List<URI> articleUrls(Source source, Fetch fetch) throws FetchException, InterruptedException {
    Set<URI> urls = new LinkedHashSet<>();
    for (String listing : source.urls()) {
      FetchResult result = fetch.get(URI.create(listing));
      Document doc;
      try {
        doc = Jsoup.parse(new ByteArrayInputStream(result.body()),
            result.charset() == null ? null : result.charset().name(), result.url());
      } catch (IOException e) {
        throw new FetchException("bad-listing", "cannot parse " + listing);
      }
      for (Element a : doc.select("a[href]")) {
        String abs = a.absUrl("href");
        int hash = abs.indexOf('#');
        if (hash >= 0) {
          abs = abs.substring(0, hash);
        }
        if (!abs.isEmpty() && source.linkPattern().matcher(abs).find()) {
          urls.add(URI.create(abs));
          if (urls.size() >= source.maxPages()) {
            return List.copyOf(urls);
          }
        }
      }
    }
    return List.copyOf(urls);
  }
}
