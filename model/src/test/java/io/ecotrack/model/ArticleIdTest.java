package io.ecotrack.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ArticleIdTest {
  @ParameterizedTest
  @CsvSource({
      "HTTPS://Example.ORG/news/1,                         https://example.org/news/1",
      "https://example.org/news/1#comments,                https://example.org/news/1",
      "https://example.org:443/news/1,                     https://example.org/news/1",
      "http://example.org:8080/news/1,                     http://example.org:8080/news/1",
      "https://example.org/news/1?utm_source=rss&id=7,     https://example.org/news/1?id=7",
      "https://example.org/news/1?fbclid=abc,              https://example.org/news/1",
      "https://example.org,                                https://example.org/",
      "file:///tmp/page.html,                              file:///tmp/page.html",
  })
  void normalizesCaseFragmentsPortsAndTrackingParameters(String url, String normalized) {
    assertEquals(normalized, ArticleId.normalize(url));
  }

  @Test
  void givesOneIdToTheSameArticleReachedThroughTwoUrls() {
    assertEquals(ArticleId.of("https://example.org/a?utm_medium=feed"), ArticleId.of("https://EXAMPLE.org/a#top"));
    assertNotEquals(ArticleId.of("https://example.org/a"), ArticleId.of("https://example.org/b"));
    assertEquals(32, ArticleId.of("https://example.org/a").length());
  }
}
