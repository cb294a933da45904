package io.ecotrack.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ecotrack.index.search.BadQueryException;
import io.ecotrack.index.search.EcosystemSearch;
import io.ecotrack.index.search.Filters;
import io.ecotrack.index.search.RelationFacts;
import io.ecotrack.index.search.SearchArguments;
import io.ecotrack.index.store.EcosystemIndex;
import io.ecotrack.index.store.IndexUnavailableException;
import io.ecotrack.model.ArticleEnriched;
import io.ecotrack.model.ArticleFetched;
import io.ecotrack.model.Entity;
import io.ecotrack.model.EntityType;
import io.ecotrack.model.Evidence;
import io.ecotrack.model.Mention;
import io.ecotrack.model.Predicate;
import io.ecotrack.model.Relation;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EcosystemIndexTest {
  @TempDir Path dir;

  static ArticleEnriched article(String id, String title, String text, Entity... entities) {
    ArticleFetched a = new ArticleFetched(1, id, "https://example.org/" + id, null, "test", title, text, "ja", null,
        OffsetDateTime.parse("2025-12-01T00:00:00Z"), List.of(), null);
    return ArticleEnriched.of(a, List.of(entities), List.of(), "test");
  }

  static Entity mayo(String name) {
    return new Entity("org:mayo-clinic", "Mayo Clinic", EntityType.ORGANIZATION, "HOSPITAL", List.of(name),
        List.of(new Mention(name, 0, name.length())), 0.9);
  }

  @Test
  void reindexingAnArticleReplacesItAndNeverDoubleCounts() throws Exception {
    try (EcosystemIndex index = EcosystemIndex.open(dir)) {
      index.upsert(article("a1", "病院の記事", "メイヨー・クリニックの記事", mayo("メイヨー・クリニック")));
      index.upsert(article("a1", "病院の記事", "メイヨー・クリニックの記事、改訂版", mayo("メイヨー・クリニック")));
      index.upsert(article("a2", "Hospital news", "Mayo Clinic news", mayo("Mayo Clinic")));
      index.commit(Map.of(new TopicPartition("ecotrack.enriched", 0), 3L));
    }
    try (EcosystemSearch search = EcosystemSearch.open(dir)) {
      assertEquals(2, search.stats().articles());
      var players = search.ecosystem(Filters.none(10));
      assertEquals(1, players.size());
      assertEquals(2, players.get(0).articles(), "a1 counted once though indexed twice");
      // either name finds both articles
      assertEquals(2, search.search("Mayo Clinic", Filters.none(10)).total());
      assertEquals(2, search.search("メイヨー・クリニック", Filters.none(10)).total());
    }
  }

  @Test
  void filtersByEntityTypeAndCountsFacets() throws Exception {
    Entity minnesota = new Entity("loc:minnesota", "Minnesota", EntityType.LOCATION, "STATE", List.of("Minnesota"),
        List.of(new Mention("Minnesota", 0, 9)), 0.9);
    try (EcosystemIndex index = EcosystemIndex.open(dir)) {
      index.upsert(article("a1", "Clinic news", "Mayo Clinic clinic news", mayo("Mayo Clinic")));
      index.upsert(article("a2", "State news", "Minnesota clinic news", minnesota));
      index.commit(Map.of());
    }
    try (EcosystemSearch search = EcosystemSearch.open(dir)) {
      var all = search.search("clinic", Filters.none(10));
      assertEquals(2, all.total());
      assertEquals(Map.of("LOCATION", 1, "ORGANIZATION", 1), all.facets().get("type"));
      assertEquals(Map.of("Minnesota", 1), all.facets().get("region"));
      assertEquals(Map.of("2025-12", 2), all.facets().get("month"));
      var orgsOnly = search.search("clinic", new Filters(EntityType.ORGANIZATION, null, null, 10));
      assertEquals(1, orgsOnly.total());
      assertEquals("a1", orgsOnly.hits().get(0).id());
      var inMinnesota = search.search("clinic", new Filters(null, "Minnesota", null, 10));
      assertEquals(List.of("a2"), inMinnesota.hits().stream().map(h -> h.id()).toList());
    }
  }

  @Test
  void weakRelationsAreHiddenBelowTheMinimumConfidence() throws Exception {
    String text = "Mayo Clinic in Rochester, Minnesota.";
    Entity mayo = new Entity("org:mayo-clinic", "Mayo Clinic", EntityType.ORGANIZATION, "HOSPITAL", List.of("Mayo Clinic"),
        List.of(new Mention("Mayo Clinic", 0, 11)), 0.9);
    Entity rochester = new Entity("loc:rochester-mn", "Rochester", EntityType.LOCATION, "CITY", List.of("Rochester"),
        List.of(new Mention("Rochester", 15, 24)), 0.9);
    Entity minnesota = new Entity("loc:minnesota", "Minnesota", EntityType.LOCATION, "STATE", List.of("Minnesota"),
        List.of(new Mention("Minnesota", 26, 35)), 0.9);
    Evidence sentence = new Evidence(text, 0, text.length());
    ArticleEnriched a = ArticleEnriched.of(new ArticleFetched(1, "a1", "https://example.org/a1", null, "test",
        "Clinic", text, "en", null, OffsetDateTime.parse("2025-12-01T00:00:00Z"), List.of(), null), List.of(mayo, rochester, minnesota),
        List.of(new Relation("org:mayo-clinic", Predicate.LOCATED_IN, "loc:rochester-mn", sentence, 0.8, null),
            new Relation("org:mayo-clinic", Predicate.LOCATED_IN, "loc:minnesota", sentence, 0.3, null, true)), "test");
    try (EcosystemIndex index = EcosystemIndex.open(dir)) {
      index.upsert(a);
      index.commit(Map.of());
    }
    try (EcosystemSearch search = EcosystemSearch.open(dir)) {
      assertEquals(2, search.relations(null, null, Filters.none(10)).size());
      assertEquals(List.of(false, true), search.relations(null, null, Filters.none(10)).stream().map(r -> r.inferred()).toList(),
          "the index keeps which relation was inferred");
      var strong = search.relations(null, null, Filters.none(10).withMinConfidence(0.4));
      assertEquals(List.of("loc:rochester-mn"), strong.stream().map(r -> r.object()).toList());
      var profile = search.entity("Mayo Clinic", Filters.none(10).withMinConfidence(0.4));
      assertEquals(List.of("Rochester"), profile.regions());
      assertThrows(BadQueryException.class, () -> Filters.none(10).withMinConfidence(1.5));
    }
  }

  @Test
  void aRelationStatedByTwoArticlesIsOneFactWithBothPiecesOfEvidence() throws Exception {
    try (EcosystemIndex index = EcosystemIndex.open(dir)) {
      for (int i = 1; i <= 2; i++) {
        String text = i == 1 ? "Kestrel Labs partnered with Larkspur." : "Kestrel Labs and Larkspur extended their partnership.";
        Entity kestrel = new Entity("org:kestrel-labs", "Kestrel Labs", EntityType.ORGANIZATION, null, List.of("Kestrel Labs"),
            List.of(new Mention("Kestrel Labs", 0, 12)), 0.9);
        int at = text.indexOf("Larkspur");
        Entity larkspur = new Entity("org:larkspur", "Larkspur", EntityType.ORGANIZATION, null, List.of("Larkspur"),
            List.of(new Mention("Larkspur", at, at + 8)), 0.9);
        Relation tie = new Relation("org:kestrel-labs", Predicate.PARTNERS_WITH, "org:larkspur", new Evidence(text, 0, text.length()),
            i == 1 ? 0.7 : 0.8, null);
        index.upsert(ArticleEnriched.of(new ArticleFetched(1, "k" + i, "https://example.org/k" + i, null, "test", "Tie", text, "en",
            null, OffsetDateTime.parse("2025-12-0" + i + "T00:00:00Z"), List.of(), null), List.of(kestrel, larkspur), List.of(tie), "test"));
      }
      index.commit(Map.of());
    }
    try (EcosystemSearch search = EcosystemSearch.open(dir)) {
      var pieces = search.relations(null, null, Filters.none(RelationFacts.MAX_EVIDENCE));
      assertEquals(2, pieces.size(), "the index keeps every piece of evidence");
      var facts = RelationFacts.of(pieces, 10, false);
      assertEquals(1, facts.size());
      assertEquals(2, facts.get(0).articles());
      assertEquals(0.8, facts.get(0).confidence());
      assertEquals(List.of("k2"), facts.get(0).evidence().stream().map(r -> r.articleId()).toList(), "the strongest only");
      assertEquals(List.of("k2", "k1"), RelationFacts.of(pieces, 10, true).get(0).evidence().stream().map(r -> r.articleId()).toList());
      var profile = search.entity("Larkspur", Filters.none(10));
      assertEquals(2, profile.relations().get(0).articles());
    }
  }

  @Test
  void changesListWhatWasFirstSeenAndFirstEvidencedInThePeriod() throws Exception {
    try (EcosystemIndex index = EcosystemIndex.open(dir)) {
      String old = "Kestrel Labs partnered with Larkspur.";
      String fresh = "Kestrel Labs and Tamarack Bio extended a partnership with Larkspur.";
      index.upsert(article("c1", "2025-11-01", old, List.of("org:kestrel-labs|Kestrel Labs", "org:larkspur|Larkspur"),
          new Relation("org:kestrel-labs", Predicate.PARTNERS_WITH, "org:larkspur", new Evidence(old, 0, old.length()), 0.8, null)));
      index.upsert(article("c2", "2025-12-05", fresh,
          List.of("org:kestrel-labs|Kestrel Labs", "org:tamarack-bio|Tamarack Bio", "org:larkspur|Larkspur"),
          new Relation("org:kestrel-labs", Predicate.PARTNERS_WITH, "org:larkspur", new Evidence(fresh, 0, fresh.length()), 0.9, null),
          new Relation("org:larkspur", Predicate.PARTNERS_WITH, "org:tamarack-bio", new Evidence(fresh, 0, fresh.length()), 0.7, null)));
      index.commit(Map.of());
    }
    try (EcosystemSearch search = EcosystemSearch.open(dir)) {
      var changes = search.changes(SearchArguments.parseSince("2025-12-01"), null, Filters.none(10).withMinConfidence(0.4));
      assertEquals(List.of("Tamarack Bio"), changes.entities().stream().map(e -> e.name()).toList(), "Kestrel Labs was seen before");
      assertEquals("2025-12-05", changes.entities().get(0).firstSeen());
      assertEquals(List.of("org:larkspur|org:tamarack-bio"),
          changes.relations().stream().map(r -> r.subject() + "|" + r.object()).toList(), "the Kestrel tie was evidenced before");
      assertEquals("Tie c2", changes.relations().get(0).title());
      var everything = search.changes(SearchArguments.parseSince("2025-10-01"), "Kestrel Labs", Filters.none(10));
      assertEquals(List.of("Kestrel Labs"), everything.entities().stream().map(e -> e.name()).toList());
      assertThrows(BadQueryException.class, () -> SearchArguments.parseSince("last week"));
      var lately = search.entity("Kestrel Labs", new Filters(null, null, SearchArguments.parseSince("2025-12-01"), 10));
      assertEquals(1, lately.articles(), "entity --since counts the articles of the period");
      assertThrows(BadQueryException.class,
          () -> search.entity("Kestrel Labs", new Filters(null, null, SearchArguments.parseSince("2999-01-01"), 10)));
      assertEquals(java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(7).toString(),
          SearchArguments.parseSince("7d").toString().substring(0, 10));
    }
  }

  private static ArticleEnriched article(String id, String day, String text, List<String> entities, Relation... relations) {
    List<Entity> es = new ArrayList<>();
    for (String e : entities) {
      String eid = e.substring(0, e.indexOf('|'));
      String name = e.substring(e.indexOf('|') + 1);
      int at = text.indexOf(name);
      es.add(new Entity(eid, name, EntityType.ORGANIZATION, null, List.of(name), List.of(new Mention(name, at, at + name.length())), 0.9));
    }
    return ArticleEnriched.of(new ArticleFetched(1, id, "https://example.org/" + id, null, "test", "Tie " + id, text, "en", null,
        OffsetDateTime.parse(day + "T00:00:00Z"), List.of(), null), es, List.of(relations), "test");
  }

  @Test
  void offsetsLiveInTheCommitAndSurviveReopening() throws Exception {
    TopicPartition p0 = new TopicPartition("ecotrack.enriched", 0);
    TopicPartition p1 = new TopicPartition("ecotrack.enriched", 1);
    try (EcosystemIndex index = EcosystemIndex.open(dir)) {
      index.upsert(article("a1", "t", "x"));
      index.commit(Map.of(p0, 5L));
      index.commit(Map.of(p1, 7L));
    }
    assertEquals(Map.of(p0, 5L, p1, 7L), EcosystemIndex.committedOffsets(dir));
    try (EcosystemIndex reopened = EcosystemIndex.open(dir)) {
      assertEquals(Map.of(p0, 5L, p1, 7L), reopened.committedOffsets());
    }
  }

  @Test
  void aSecondWriterGetsAPlainMessage() {
    try (EcosystemIndex index = EcosystemIndex.open(dir)) {
      var e = assertThrows(IndexUnavailableException.class, () -> EcosystemIndex.open(dir));
      assertTrue(e.getMessage().contains("in use by another ecotrack process"), e.getMessage());
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void aMalformedQuerySaysWhereItIsWrong() throws Exception {
    try (EcosystemIndex index = EcosystemIndex.open(dir)) {
      index.upsert(article("a1", "t", "x"));
      index.commit(Map.of());
    }
    try (EcosystemSearch search = EcosystemSearch.open(dir)) {
      var e = assertThrows(BadQueryException.class, () -> search.search("\"unbalanced AND (", Filters.none(5)));
      assertTrue(e.getMessage().startsWith("cannot parse query"), e.getMessage());
      assertEquals(1, e.getMessage().lines().count());
      assertThrows(BadQueryException.class, () -> SearchArguments.parseType("COMPANY"));
    }
  }
}
