package io.ecotrack.ingest.source;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import io.ecotrack.ingest.fetch.FetchException;
import io.ecotrack.ingest.fetch.FetchResult;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** RSS and Atom feeds, read with ROME (which also handles the feed's declared encoding). */
final class FeedReader implements SourceReader {
  @Override
  public List<URI> articleUrls(Source source, Fetch fetch) throws FetchException, InterruptedException {
    Set<URI> urls = new LinkedHashSet<>();
    for (String feedUrl : source.urls()) {
      URI base = URI.create(feedUrl);
      FetchResult result = fetch.get(base);
      SyndFeed feed;
      try {
        SyndFeedInput input = new SyndFeedInput();
        input.setAllowDoctypes(false); // no external entities from a feed
        feed = input.build(new XmlReader(new ByteArrayInputStream(result.body())));
      } catch (FeedException | IOException | IllegalArgumentException e) {
        throw new FetchException("bad-feed", feedUrl + " is not an RSS or Atom feed: " + e.getMessage());
      }
      for (SyndEntry entry : feed.getEntries()) {
        String link = entry.getLink() != null ? entry.getLink() : entry.getUri();
        if (link != null && !link.isBlank()) {
          urls.add(URI.create(result.url()).resolve(link.trim()));
        }
        if (urls.size() >= source.maxPages()) {
          return List.copyOf(urls);
        }
      }
    }
    return List.copyOf(urls);
  }
}
