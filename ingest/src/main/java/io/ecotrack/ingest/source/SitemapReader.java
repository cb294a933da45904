package io.ecotrack.ingest.source;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import io.ecotrack.ingest.fetch.FetchException;
import io.ecotrack.ingest.fetch.FetchResult;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * XML sitemaps, sitemap indexes and news sitemaps, parsed by crawler-commons. URLs are taken newest
 * first by their {@code lastmod}, so a capped run reads what changed last.
 */
final class SitemapReader implements SourceReader {
  private static final int MAX_SITEMAPS = 50;

  @Override
  public List<URI> articleUrls(Source source, Fetch fetch) throws FetchException, InterruptedException {
    // lenient: accept URLs outside the sitemap's folder, as many news sites publish them so
    SiteMapParser parser = new SiteMapParser(false);
    List<SiteMapURL> found = new ArrayList<>();
    Deque<URI> pending = new ArrayDeque<>();
    source.urls().forEach(u -> pending.add(URI.create(u)));
    Set<URI> seen = new HashSet<>();
    while (!pending.isEmpty() && seen.size() < MAX_SITEMAPS) {
      URI url = pending.poll();
      if (!seen.add(url)) {
        continue;
      }
      FetchResult result = fetch.get(url);
      AbstractSiteMap map;
      try {
        map = parser.parseSiteMap(result.contentType() == null ? "application/xml" : result.contentType(),
            result.body(), URI.create(result.url()).toURL());
      } catch (UnknownFormatException | IOException e) {
        throw new FetchException("bad-sitemap", url + " is not a sitemap: " + e.getMessage());
      }
      if (map instanceof SiteMapIndex index) {
        for (AbstractSiteMap child : index.getSitemaps()) {
          pending.add(toUri(child.getUrl()));
        }
      } else if (map instanceof SiteMap sitemap) {
        found.addAll(sitemap.getSiteMapUrls());
      }
    }
    found.sort(Comparator.comparing((SiteMapURL u) -> u.getLastModified() == null ? 0 : u.getLastModified().getTime()).reversed());
    return found.stream().map(u -> toUri(u.getUrl())).distinct().limit(source.maxPages()).toList();
  }

  private static URI toUri(java.net.URL url) {
    try {
      return url.toURI();
    } catch (URISyntaxException e) {
      return URI.create(url.toString().replace(" ", "%20"));
    }
  }

}
