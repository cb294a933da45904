package io.ecotrack.ingest.article;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds the article in an HTML page with jsoup: the body text without boilerplate, and the title,
 * publication date, authors, language and canonical URL.
 *
 * <p>The body is found the way readability-style extractors do it: boilerplate elements are dropped
 * (navigation, scripts, share bars, comments, related links, footers), each paragraph scores its
 * ancestors by its length and punctuation, the best-scoring container wins, together with siblings that
 * score nearly as well, and links-only blocks inside it are dropped. Dates come from metadata first ({@link ArticleMetadata})
 * (JSON-LD, Open Graph and article meta tags, {@code <time>}), and only then from the visible text near
 * the title; scripts and ads are never read for dates.
 */
public final class ArticleExtractor {
  private static final ZoneOffset JST = ZoneOffset.ofHours(9);

  private static final Pattern NEGATIVE = Pattern.compile(
      "(?i)(^|[-_ ])(comment|comments|share|sharing|social|related|recommend|footer|foot|nav|navbar|menu|sidebar|"
          + "widget|sponsor|promo|advert|ad|ads|adsense|banner|breadcrumbs?|pagination|pager|tags?|tools|subscribe|"
          + "newsletter|signup|cookie|consent|popup|modal|outbrain|taboola|disqus|masthead|byline|author-bio|"
          + "skip|print|rss|more-stories|trending|most-popular|ranking|hidden)($|[-_ ])");
  private static final Pattern POSITIVE = Pattern.compile(
      "(?i)(article|body|content|entry|main|post|story|text|blog|news-detail|detail)");
  /** Never text of the article. */
  private static final Set<String> JUNK_TAGS = Set.of("script", "style", "noscript", "template", "iframe", "svg",
      "canvas", "button", "input", "select", "textarea", "object", "embed", "video", "audio", "map", "dialog");
  /** Page furniture, unless it holds the article (see dropBoilerplate). */
  private static final Set<String> DROP_TAGS = Set.of("form", "nav", "aside", "footer", "header", "menu", "figure",
      "figcaption");
  private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "li", "ul", "ol", "dl",
      "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "tr", "td", "th", "br", "hr",
      "center", "address");
  private static final Set<String> PARAGRAPHS = Set.of("p", "pre", "td", "blockquote", "li", "dd");

  /** Extracts from raw bytes; {@code charset} null lets jsoup detect it from the BOM and meta tags. */
  public ExtractedArticle extract(byte[] html, Charset charset, String baseUrl, String languageHint) {
    try {
      Document doc = Jsoup.parse(new ByteArrayInputStream(html), charset == null ? null : charset.name(), baseUrl);
      return extract(doc, languageHint);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // reading from a byte array does not fail
    }
  }

  public ExtractedArticle extract(String html, String baseUrl, String languageHint) {
    return extract(Jsoup.parse(html, baseUrl), languageHint);
  }

  public ExtractedArticle extract(Document doc, String languageHint) {
    JsonNode ld = ArticleMetadata.jsonLdArticle(doc);
    String markupLanguage = LanguageGuess.primary(doc.selectFirst("html") == null ? null : doc.selectFirst("html").attr("lang"));
    if (markupLanguage == null) {
      markupLanguage = LanguageGuess.primary(ArticleMetadata.meta(doc, "http-equiv", "content-language"));
    }
    if (markupLanguage == null) {
      markupLanguage = LanguageGuess.primary(ArticleMetadata.meta(doc, "property", "og:locale"));
    }
    String title = ArticleMetadata.title(doc, ld);
    String canonical = ArticleMetadata.canonical(doc);
    List<String> authors = ArticleMetadata.authors(doc, ld);
    Element dateSource = doc.body() == null ? doc : doc.body();

    // metadata read, now the body: work on a copy stripped of boilerplate
    Document clean = doc.clone();
    String text = bodyText(clean);
    if (text.isBlank() && ld != null && ld.hasNonNull("articleBody")) {
      text = ld.get("articleBody").asText().trim();
    }

    String scriptLanguage = LanguageGuess.fromScript(title + "\n" + text);
    String language;
    if (!"und".equals(scriptLanguage) && (markupLanguage == null || !markupLanguage.equals(scriptLanguage) && scriptLanguage.equals("ja"))) {
      language = scriptLanguage; // markup silent, or claims another language for a Japanese text
    } else if (markupLanguage != null) {
      language = markupLanguage;
    } else {
      language = languageHint == null ? scriptLanguage : languageHint;
    }
    OffsetDateTime published = ArticleMetadata.publishedAt(doc, ld, dateSource, language.equals("ja") ? JST : ZoneOffset.UTC);
    return new ExtractedArticle(title, text, published, authors, language, canonical);
  }

  // ---- body ----

  private String bodyText(Document doc) {
    Element body = doc.body();
    if (body == null) {
      return "";
    }
    dropBoilerplate(body);
    Map<Element, Double> scores = new HashMap<>();
    for (Element p : body.select(String.join(",", PARAGRAPHS) + ",div,section")) {
      boolean wrapper = !PARAGRAPHS.contains(p.tagName()) && hasBlockChild(p);
      if (wrapper && p.ownText().length() >= 80) {
        // prose written straight into a div or section, blocks between: the element is its own paragraph
        String own = p.ownText();
        scores.merge(p, 1 + punctuation(own) + Math.min(own.length() / 100.0, 3), Double::sum);
      }
      if (wrapper) {
        continue; // a div that only wraps blocks is scored through them
      }
      String t = p.text();
      int len = t.length();
      if (len < 25) {
        continue;
      }
      double score = 1 + punctuation(t) + Math.min(len / 100.0, 3);
      Element parent = p.parent();
      if (parent == null) {
        continue;
      }
      scores.merge(parent, score, Double::sum);
      Element grand = parent.parent();
      if (grand != null) {
        scores.merge(grand, score / 2, Double::sum);
      }
    }
    Element best = null;
    double bestScore = 0;
    for (Map.Entry<Element, Double> e : scores.entrySet()) {
      Element candidate = e.getKey();
      double s = e.getValue() * (1 - linkDensity(candidate)) + classWeight(candidate);
      if (s > bestScore) {
        bestScore = s;
        best = candidate;
      }
    }
    if (best == null) {
      return lines(body);
    }
    best = widen(best, body);
    bestScore = Math.max(bestScore, scores.getOrDefault(best, 0.0));
    // siblings that score nearly as well belong to the article too (a body split across containers)
    List<Element> parts = new ArrayList<>();
    Element parent = best.parent();
    double threshold = Math.max(10, bestScore * 0.2);
    if (parent != null && !best.tagName().equals("body")) {
      for (Element sibling : parent.children()) {
        if (sibling == best) {
          parts.add(sibling);
          continue;
        }
        Double s = scores.get(sibling);
        if (s != null && s * (1 - linkDensity(sibling)) >= threshold) {
          parts.add(sibling);
        } else if (sibling.tagName().equals("p") && sibling.text().length() > 80 && linkDensity(sibling) < 0.25) {
          parts.add(sibling);
        }
      }
    } else {
      parts.add(best);
    }
    StringBuilder out = new StringBuilder();
    for (Element part : parts) {
      String t = lines(part);
      if (!t.isEmpty()) {
        if (out.length() > 0) {
          out.append('\n');
        }
        out.append(t);
      }
    }
    return out.toString();
  }

  /**
   * Climbs from the best container to an ancestor that holds clearly more article paragraphs: bodies
   * split by ads, pull quotes or "read more" wrappers into several containers.
   */
  private static Element widen(Element best, Element body) {
    int text = paragraphText(best);
    Element chosen = best;
    Element current = best;
    // look a few levels up, past wrappers that add nothing (grid cells, chunk divs), for the highest
    // ancestor that adds real prose
    for (int level = 0; level < 4; level++) {
      current = current.parent();
      if (current == null || current == body) {
        break;
      }
      int wider = paragraphText(current);
      if (wider >= text * 1.25 && wider - text >= 300 && linkDensity(current) < 0.3) {
        chosen = current;
      }
    }
    return chosen;
  }

  /** Characters in the prose paragraphs under {@code e}: long enough, few links. */
  private static int paragraphText(Element e) {
    int n = 0;
    for (Element p : e.select("p")) {
      int len = p.text().length();
      if (len >= 40 && linkDensity(p) < 0.3) {
        n += len;
      }
    }
    for (Element d : e.select("div, section")) {
      int own = d.ownText().length();
      if (own >= 80) {
        n += own;
      }
    }
    return n;
  }

  private static void dropBoilerplate(Element root) {
    root.select(String.join(",", JUNK_TAGS)).remove();
    Map<Element, Integer> textLength = new java.util.IdentityHashMap<>();
    int total = textLength(root, textLength);
    int prose = paragraphText(root);
    List<Element> doomed = new ArrayList<>();
    for (Element e : root.getAllElements()) {
      if (e == root || !boilerplate(e)) {
        continue;
      }
      // a site whose page wrapper carries "sidebar" or "ad" in its class, or an ASP.NET page inside one
      // <form>: never drop what holds most of the page's text or the article element itself
      boolean holdsArticle = textLength.getOrDefault(e, 0) * 2 > total
          || e.selectFirst("article, main, [itemprop=articleBody]") != null
          || paragraphText(e) * 2 > prose;
      if (!holdsArticle) {
        doomed.add(e);
      }
    }
    for (Element e : doomed) {
      if (e.parent() != null) {
        e.remove();
      }
    }
  }

  private static boolean boilerplate(Element e) {
    String tag = e.tagName();
    if (DROP_TAGS.contains(tag)) {
      return true;
    }
    if (e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden"))
        || e.attr("style").replace(" ", "").toLowerCase(Locale.ROOT).contains("display:none")) {
      return true;
    }
    String role = e.attr("role");
    if (role.equals("navigation") || role.equals("complementary") || role.equals("banner") || role.equals("contentinfo")) {
      return true;
    }
    String names = e.className() + " " + e.id();
    return !names.isBlank() && NEGATIVE.matcher(names).find() && !POSITIVE.matcher(names).find()
        && !tag.equals("body") && !tag.equals("article") && !tag.equals("main");
  }

  /** Characters of text under each element, filled in one pass. */
  private static int textLength(Element e, Map<Element, Integer> lengths) {
    int n = 0;
    for (Node child : e.childNodes()) {
      if (child instanceof TextNode t) {
        n += t.text().trim().length();
      } else if (child instanceof Element c) {
        n += textLength(c, lengths);
      }
    }
    lengths.put(e, n);
    return n;
  }

  /** The text of {@code root} with one line per block, links-only and trivial lines dropped. */
  static String lines(Element root) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    collect(root, line, lines);
    flush(line, lines);
    return String.join("\n", lines);
  }

  private static void collect(Node node, StringBuilder line, List<String> lines) {
    if (node instanceof TextNode t) {
      line.append(t.text());
      return;
    }
    if (!(node instanceof Element e)) {
      return;
    }
    boolean block = BLOCKS.contains(e.tagName());
    if (block) {
      flush(line, lines);
    }
    if (block && linkDensity(e) > 0.6 && !hasBlockChild(e) && e.text().length() < 200) {
      return; // a list of links (related stories, tags) inside the article
    }
    for (Node child : e.childNodes()) {
      collect(child, line, lines);
    }
    if (block) {
      flush(line, lines);
    }
  }

  private static void flush(StringBuilder line, List<String> lines) {
    String t = line.toString().replace('\u00a0', ' ').replaceAll("[ \\t\\x0B\\f\\r\\n]+", " ").trim();
    if (!t.isEmpty()) {
      lines.add(t);
    }
    line.setLength(0);
  }

  private static boolean hasBlockChild(Element e) {
    for (Element c : e.children()) {
      if (BLOCKS.contains(c.tagName()) && !c.tagName().equals("br")) {
        return true;
      }
    }
    return false;
  }

  private static int punctuation(String t) {
    int n = 0;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == ',' || c == '、' || c == '。' || c == '，') {
        n++;
      }
    }
    return n;
  }

  private static double linkDensity(Element e) {
    int total = e.text().length();
    if (total == 0) {
      return 0;
    }
    int links = 0;
    for (Element a : e.select("a")) {
      links += a.text().length();
    }
    return Math.min(1.0, (double) links / total);
  }

  private static double classWeight(Element e) {
    String names = e.className() + " " + e.id();
    double w = 0;
    if (POSITIVE.matcher(names).find()) {
      w += 25;
    }
    if (NEGATIVE.matcher(names).find()) {
      w -= 25;
    }
    if (e.tagName().equals("article") || e.attr("itemprop").equals("articleBody")) {
      w += 25;
    }
    return w;
  }
}
