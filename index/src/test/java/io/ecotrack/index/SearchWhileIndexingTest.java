package io.ecotrack.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ecotrack.index.search.EcosystemSearch;
import io.ecotrack.index.search.Filters;
import io.ecotrack.index.store.EcosystemIndex;
import io.ecotrack.model.ArticleEnriched;
import io.ecotrack.model.ArticleFetched;
import io.ecotrack.model.Entity;
import io.ecotrack.model.EntityType;
import io.ecotrack.model.Mention;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Searches that run while the index worker writes see one commit at a time: counts agree and never go back. */
class SearchWhileIndexingTest {
  @TempDir Path dir;

  @Test
  @Timeout(120)
  void everySearchSeesOneConsistentCommit() throws Exception {
    int total = 400;
    try (EcosystemIndex index = EcosystemIndex.open(dir)) {
      index.commit(Map.of()); // an empty first commit, so readers can open at once
      AtomicReference<Throwable> failure = new AtomicReference<>();
      Thread writer = new Thread(() -> {
        try {
          for (int i = 0; i < total; i++) {
            String text = "zebra report " + i;
            ArticleFetched a = new ArticleFetched(1, "z" + i, "https://example.org/z" + i, null, "test", "t", text, "en",
                null, OffsetDateTime.parse("2026-01-01T00:00:00Z"), List.of(), null);
            Entity zebra = new Entity("org:zebra", "Zebra", EntityType.ORGANIZATION, null, List.of("Zebra"),
                List.of(new Mention("zebra", 0, 5)), 0.9);
            index.upsert(ArticleEnriched.of(a, List.of(zebra), List.of(), "t"));
            if (i % 25 == 24) {
              index.commit(Map.of());
            }
          }
        } catch (Throwable e) {
          failure.set(e);
        }
      });
      writer.start();
      int last = 0;
      int reads = 0;
      while (writer.isAlive() || last < total) {
        try (EcosystemSearch search = EcosystemSearch.open(dir)) {
          int articles = search.stats().articles();
          long hits = search.search("zebra", Filters.none(1)).total();
          var players = search.ecosystem(Filters.none(5));
          int zebraArticles = players.isEmpty() ? 0 : players.get(0).articles();
          assertEquals(articles, hits, "search and stats read the same commit");
          assertEquals(articles, zebraArticles, "entity counts read the same commit");
          assertTrue(articles >= last, "never goes back: " + articles + " after " + last);
          assertEquals(0, articles % 25, "only whole commits are visible");
          last = articles;
          reads++;
        }
      }
      writer.join();
      assertEquals(null, failure.get());
      assertEquals(total, last);
      assertTrue(reads > 1);
    }
  }
}
