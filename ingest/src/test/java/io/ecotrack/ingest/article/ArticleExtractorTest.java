package io.ecotrack.ingest.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArticleExtractorTest {
  final ArticleExtractor extractor = new ArticleExtractor();

  @Test
  void keepsTheArticleAndDropsNavigationShareBarsRelatedLinksAndFooter() {
    ExtractedArticle a = extractor.extract("""
        <html lang="en"><head><title>Site | Story</title><meta property="og:title" content="Story"></head><body>
        <nav><a href="/">Home</a> <a href="/news">News</a></nav>
        <div class="share-bar">Share on X</div>
        <div class="content"><p>The first paragraph of the story, long enough, with commas, and clauses.</p>
        <p>The second paragraph follows, again with enough words to count as body text.</p>
        <ul class="related"><li><a href="/x">Related story one</a></li><li><a href="/y">Related story two</a></li></ul></div>
        <div id="comments"><p>Great article, thanks for writing it, really enjoyed it.</p></div>
        <footer>Copyright 2025</footer></body></html>""", "https://example.org/story", null);
    assertEquals("Story", a.title());
    assertEquals("The first paragraph of the story, long enough, with commas, and clauses.\n"
        + "The second paragraph follows, again with enough words to count as body text.", a.text());
  }

  @Test
  void readsTheDateFromJsonLdOnlyAndIgnoresDatesInScripts() {
    ExtractedArticle a = extractor.extract("""
        <html><head><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2025-12-26T09:00:00+09:00",
        "author":{"@type":"Person","name":"Jane Roe"}}</script>
        <script>var ad = "2019-01-01";</script></head>
        <body><article><p>Body text that is long enough to be found as the article, with commas, and more.</p></article></body></html>""",
        "https://example.org/a", null);
    assertEquals(OffsetDateTime.parse("2025-12-26T09:00:00+09:00"), a.publishedAt());
    assertEquals(java.util.List.of("Jane Roe"), a.authors());
  }

  @Test
  void tellsJapaneseFromTheScriptWhenMarkupClaimsEnglish() {
    ExtractedArticle a = extractor.extract("<html lang=\"en\"><body><article><p>ミネソタ州は医療機器産業の集積地として知られ、多くの企業が拠点を構えている。</p></article></body></html>",
        "https://example.org/ja", null);
    assertEquals("ja", a.language());
    assertFalse(a.text().isEmpty());
  }

  @ParameterizedTest
  @CsvSource({
      "2025年12月26日,            2025-12-26T00:00+09:00",
      "令和7年1月6日,              2025-01-06T00:00+09:00",
      "令和元年5月1日,              2019-05-01T00:00+09:00",
      "2025-12-26,                2025-12-26T00:00+09:00",
      "'Fri, 26 Dec 2025 10:00:00 GMT', 2025-12-26T10:00Z",
  })
  void readsDatesAsPagesWriteThem(String written, String expected) {
    assertEquals(OffsetDateTime.parse(expected).toInstant(),
        PublicationDates.parse(written, ZoneOffset.ofHours(9)).toInstant());
  }

  @Test
  void takesTheCanonicalUrl() {
    ExtractedArticle a = extractor.extract("<html><head><link rel=canonical href=\"/c\"></head><body><p>x</p></body></html>",
        "https://example.org/a?utm_source=x", null);
    assertTrue(a.canonicalUrl().equals("https://example.org/c"), a.canonicalUrl());
  }
}
