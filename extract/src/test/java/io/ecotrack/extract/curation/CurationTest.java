package io.ecotrack.extract.curation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ecotrack.extract.ArticleEnricher;
import io.ecotrack.extract.resolve.AliasTable;
import io.ecotrack.model.ArticleEnriched;
import io.ecotrack.model.ArticleFetched;
import io.ecotrack.model.Correction;
import io.ecotrack.model.Correction.Kind;
import io.ecotrack.model.Entity;
import io.ecotrack.model.Relation;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The corrections applied by the standard extractor to sentences written for this test. */
class CurationTest {
  static final OffsetDateTime AT = OffsetDateTime.parse("2026-11-30T09:00:00Z");

  final Curation curation = new Curation();
  final ArticleEnricher enricher = ArticleEnricher.standard(new AliasTable(), curation);

  private void correct(Kind kind, String name, String entity, String entityName, int minutesLater) {
    Correction c = new Correction(1, kind, name, entity, entityName, AT.plusMinutes(minutesLater));
    curation.record(Curation.keyOf(c), c);
  }

  private ArticleEnriched extract(String text) {
    return enricher.enrich(new ArticleFetched(1, "t", "https://example.org/t", null, "test", "", text, "en", null, AT,
        List.of(), null));
  }

  private static Optional<Entity> named(ArticleEnriched a, String name) {
    return a.entities().stream().filter(e -> e.name().equals(name) || e.aliases().contains(name)).findFirst();
  }

  static final String TEXT = "Corvane Robotics opened an office in Fargo. Corvane Robotics partnered with Pellridge Labs.";

  @Test
  void withoutCorrectionsTheSentencesHoldTheirNames() {
    ArticleEnriched a = extract(TEXT);
    assertTrue(named(a, "Corvane Robotics").isPresent(), a.entities().toString());
    assertTrue(named(a, "Pellridge Labs").isPresent(), a.entities().toString());
  }

  @Test
  void aSuppressedNameIsNoEntityAndTakesNoPartInARelation() {
    correct(Kind.SUPPRESS, "pellridge labs", null, null, 0); // any case or width
    ArticleEnriched a = extract(TEXT);
    assertTrue(named(a, "Pellridge Labs").isEmpty(), a.entities().toString());
    assertTrue(named(a, "Corvane Robotics").isPresent(), a.entities().toString());
    assertTrue(a.relations().stream().noneMatch(r -> r.object().contains("pellridge") || r.subject().contains("pellridge")),
        a.relations().toString());
  }

  @Test
  void anAddedAliasMakesTheNameThatEntityWithItsRelations() {
    correct(Kind.ALIAS_ADD, "Pellridge Labs", "org:corvane-robotics", "Corvane Robotics", 0);
    ArticleEnriched a = extract("Pellridge Labs opened an office in Fargo.");
    Entity e = named(a, "Pellridge Labs").orElseThrow();
    assertEquals("org:corvane-robotics", e.id());
    assertEquals("Corvane Robotics", e.name());
    assertTrue(a.relations().stream().map(Relation::subject).allMatch("org:corvane-robotics"::equals), a.relations().toString());
  }

  @Test
  void twoNamesOfOneArticleThatBecomeOneEntityAreOne() {
    correct(Kind.ALIAS_ADD, "Pellridge Labs", "org:corvane-robotics", "Corvane Robotics", 0);
    ArticleEnriched a = extract(TEXT);
    List<Entity> corvane = a.entities().stream().filter(e -> e.id().equals("org:corvane-robotics")).toList();
    assertEquals(1, corvane.size(), a.entities().toString());
    assertTrue(corvane.get(0).aliases().containsAll(List.of("Corvane Robotics", "Pellridge Labs")), corvane.toString());
    assertTrue(a.relations().stream().noneMatch(r -> r.subject().equals(r.object())), "no entity partners itself: " + a.relations());
  }

  @Test
  void anAddedAliasIsFoundWhereTheTaggerFindsNothing() {
    correct(Kind.ALIAS_ADD, "the lab on Birch Street", "org:corvane-robotics", "Corvane Robotics", 0);
    ArticleEnriched a = extract("Visitors toured the lab on Birch Street on Monday.");
    Entity e = a.entities().stream().filter(x -> x.id().equals("org:corvane-robotics")).findFirst().orElseThrow();
    assertEquals("the lab on Birch Street", e.mentions().get(0).text());
  }

  @Test
  void aRemovedAliasSplitsTheNameOffIntoAnEntityOfItsOwn() {
    correct(Kind.ALIAS_ADD, "Pellridge Labs", "org:corvane-robotics", "Corvane Robotics", 0);
    correct(Kind.ALIAS_REMOVE, "Pellridge Labs", "org:corvane-robotics", "Corvane Robotics", 1);
    ArticleEnriched a = extract(TEXT);
    assertEquals("org:pellridge-labs", named(a, "Pellridge Labs").orElseThrow().id());
    assertEquals("org:corvane-robotics", named(a, "Corvane Robotics").orElseThrow().id());
  }

  @Test
  void aRemovedAliasSplitsOffWhateverMergedIt() {
    AliasTable learned = new AliasTable();
    learned.learn("Pellridge Labs", "org:corvane-robotics"); // a wrong merge learned from an earlier article
    ArticleEnricher withLearned = ArticleEnricher.standard(learned, curation);
    ArticleFetched article = new ArticleFetched(1, "t", "https://example.org/t", null, "test", "", TEXT, "en", null, AT,
        List.of(), null);
    assertTrue(withLearned.enrich(article).entities().stream().noneMatch(e -> e.id().equals("org:pellridge-labs")));
    correct(Kind.ALIAS_REMOVE, "Pellridge Labs", "org:corvane-robotics", "Corvane Robotics", 0);
    ArticleEnriched a = withLearned.enrich(article);
    assertEquals("org:pellridge-labs", named(a, "Pellridge Labs").orElseThrow().id(), a.entities().toString());
    assertTrue(named(a, "Corvane Robotics").orElseThrow().aliases().stream().noneMatch(n -> n.startsWith("Pellridge")));
  }

  @Test
  void theLatestAliasOfANameWins() {
    correct(Kind.ALIAS_ADD, "Pellridge Labs", "org:corvane-robotics", "Corvane Robotics", 0);
    correct(Kind.ALIAS_ADD, "Pellridge Labs", "org:ostrander-group", "Ostrander Group", 5);
    assertEquals("org:ostrander-group", named(extract(TEXT), "Pellridge Labs").orElseThrow().id());
    assertEquals(2, curation.corrections().size());
  }

  @Test
  void aTombstoneTakesTheCorrectionBack() {
    correct(Kind.SUPPRESS, "Pellridge Labs", null, null, 0);
    curation.record("suppress:pellridge labs", null);
    assertTrue(curation.isEmpty());
    assertTrue(named(extract(TEXT), "Pellridge Labs").isPresent());
  }
}
