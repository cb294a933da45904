package io.ecotrack.ingest.article;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page says about its article besides the body, for {@link ArticleExtractor}: the JSON-LD article, the title,
 * the canonical URL, the authors and the publication date. Metadata is read first (JSON-LD, Open Graph and article
 * meta tags, {@code <time>}), and only then the visible text near the top; scripts and ads are never read for dates.
 */
final class ArticleMetadata {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ArticleMetadata() {}


  static JsonNode jsonLdArticle(Document doc) {
    for (Element script : doc.select("script[type=application/ld+json]")) {
      try {
        JsonNode found = findArticle(JSON.readTree(script.data()));
        if (found != null) {
          return found;
        }
      } catch (IOException e) {
        // a broken JSON-LD block is common; the page's other metadata still counts
      }
    }
    return null;
  }

  private static JsonNode findArticle(JsonNode node) {
    if (node == null) {
      return null;
    }
    if (node.isArray()) {
      for (JsonNode n : node) {
        JsonNode found = findArticle(n);
        if (found != null) {
          return found;
        }
      }
      return null;
    }
    if (node.has("@graph")) {
      return findArticle(node.get("@graph"));
    }
    String type = node.path("@type").isArray() ? node.path("@type").toString() : node.path("@type").asText("");
    if (type.contains("Article") || type.contains("BlogPosting") || type.contains("Report") || node.has("datePublished")) {
      return node;
    }
    return null;
  }

  static String title(Document doc, JsonNode ld) {
    String og = meta(doc, "property", "og:title");
    if (og != null) {
      return og.trim();
    }
    if (ld != null && ld.hasNonNull("headline")) {
      return ld.get("headline").asText().trim();
    }
    Element h1 = doc.selectFirst("h1");
    if (h1 != null && !h1.text().isBlank()) {
      return h1.text().trim();
    }
    return doc.title().trim();
  }

  static String canonical(Document doc) {
    Element link = doc.selectFirst("link[rel=canonical][href]");
    if (link != null && !link.absUrl("href").isEmpty()) {
      return link.absUrl("href");
    }
    String og = meta(doc, "property", "og:url");
    if (og != null && (og.startsWith("http://") || og.startsWith("https://"))) {
      return og.trim();
    }
    return doc.location();
  }

  static List<String> authors(Document doc, JsonNode ld) {
    Set<String> names = new LinkedHashSet<>();
    if (ld != null && ld.has("author")) {
      JsonNode a = ld.get("author");
      for (JsonNode n : a.isArray() ? a : JSON.createArrayNode().add(a)) {
        String name = n.isTextual() ? n.asText() : n.path("name").asText("");
        if (!name.isBlank()) {
          names.add(name.trim());
        }
      }
    }
    if (names.isEmpty()) {
      for (Element m : doc.select("meta[name=author], meta[property=article:author], meta[name=byl]")) {
        String v = m.attr("content").replaceFirst("(?i)^by\\s+", "").trim();
        if (!v.isEmpty() && !v.startsWith("http")) {
          names.add(v);
        }
      }
    }
    if (names.isEmpty()) {
      for (Element e : doc.select("[rel=author], [itemprop=author] [itemprop=name], .author-name, .byline__name")) {
        String v = e.text().replaceFirst("(?i)^by\\s+", "").trim();
        if (!v.isEmpty() && v.length() < 80) {
          names.add(v);
        }
      }
    }
    return List.copyOf(names);
  }

  static OffsetDateTime publishedAt(Document doc, JsonNode ld, Element visible, ZoneOffset offset) {
    List<String> candidates = new ArrayList<>();
    if (ld != null) {
      candidates.add(ld.path("datePublished").asText(null));
      candidates.add(ld.path("dateCreated").asText(null));
    }
    for (String[] m : new String[][] {
        {"property", "article:published_time"}, {"property", "og:published_time"}, {"itemprop", "datePublished"},
        {"name", "pubdate"}, {"name", "publishdate"}, {"name", "publish-date"}, {"name", "date"},
        {"name", "dc.date"}, {"name", "DC.date.issued"}, {"name", "dcterms.date"}, {"name", "sailthru.date"},
        {"name", "parsely-pub-date"}, {"property", "article:modified_time"}}) {
      candidates.add(meta(doc, m[0], m[1]));
    }
    Element time = doc.selectFirst("time[datetime]");
    if (time != null) {
      candidates.add(time.attr("datetime"));
    }
    for (String c : candidates) {
      OffsetDateTime d = PublicationDates.parse(c, offset);
      if (d != null) {
        return d;
      }
    }
    // no metadata: the visible text near the top (scripts and ads were never part of it)
    Element t = doc.selectFirst("time");
    if (t != null) {
      OffsetDateTime d = PublicationDates.parse(t.text(), offset);
      if (d != null) {
        return d;
      }
    }
    Document copy = Jsoup.parse(visible.outerHtml());
    copy.select("script, style, noscript, iframe, [class~=(?i)ad|ads|advert|sponsor|promo]").remove();
    String head = copy.text();
    return PublicationDates.parse(head.substring(0, Math.min(head.length(), 3000)), offset);
  }

  static String meta(Document doc, String attr, String name) {
    for (Element m : doc.select("meta[" + attr + "][content]")) {
      if (m.attr(attr).equalsIgnoreCase(name)) {
        String v = m.attr("content");
        return v.isBlank() ? null : v;
      }
    }
    return null;
  }
}
