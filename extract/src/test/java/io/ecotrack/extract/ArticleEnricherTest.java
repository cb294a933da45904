package io.ecotrack.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ecotrack.extract.resolve.AliasTable;
import io.ecotrack.model.ArticleEnriched;
import io.ecotrack.model.ArticleFetched;
import io.ecotrack.model.Entity;
import io.ecotrack.model.EntityType;
import io.ecotrack.model.Predicate;
import io.ecotrack.model.Relation;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleEnricherTest {
  final AliasTable aliases = new AliasTable();
  final ArticleEnricher enricher = ArticleEnricher.standard(aliases);

  static ArticleFetched article(String id, String language, String text) {
    return new ArticleFetched(1, id, "https://example.org/" + id, null, "test", "", text, language, null,
        OffsetDateTime.parse("2026-01-01T00:00:00Z"), List.of(), null);
  }

  private static Entity entity(ArticleEnriched e, String id) {
    return e.entities().stream().filter(x -> x.id().equals(id)).findFirst()
        .orElseThrow(() -> new AssertionError(id + " not in " + e.entities()));
  }

  @Test
  void aGlossJoinsBothNamesAndTeachesTheAliasToLaterArticles() {
    String text = "メイヨー・クリニック(Mayo Clinic)はロチェスターに本社を置く総合病院である。同クリニックは研究にも力を入れる。";
    ArticleEnriched first = enricher.enrich(article("a1", "ja", text));
    Entity mayo = entity(first, "org:mayo-clinic");
    assertTrue(mayo.aliases().containsAll(List.of("メイヨー・クリニック", "Mayo Clinic")), mayo.aliases().toString());
    assertEquals(2, mayo.mentions().size(), "同クリニック refers back to it: " + mayo.mentions());
    assertEquals("メイヨー・クリニック", text.substring(mayo.mentions().get(0).start(), mayo.mentions().get(0).end()));
    Relation located = first.relations().stream().filter(r -> r.predicate() == Predicate.LOCATED_IN).findFirst().orElseThrow();
    assertEquals("org:mayo-clinic", located.subject());
    assertEquals("loc:rochester-mn", located.object());

    ArticleEnriched later = enricher.enrich(article("a2", "ja", "メイヨー・クリニックは新しい拠点を開いた。"));
    entity(later, "org:mayo-clinic");
  }

  @Test
  void aNameLearnedWholeReplacesThePieceOfItTheTaggerFound() {
    // a tagger that sees only the first word, and takes it for a place
    io.ecotrack.extract.ner.EntityTagger firstWordOnly = text -> List.of(new io.ecotrack.extract.ner.EntitySpan(
        text.indexOf("Quillmoor"), text.indexOf("Quillmoor") + 9, "Quillmoor", EntityType.LOCATION, null, null, 0.6, "test"));
    aliases.learn("Quillmoor Sensorworks", "org:quillmoor-sensorworks");
    ArticleEnricher learned = new ArticleEnricher(aliases, firstWordOnly, firstWordOnly,
        new io.ecotrack.extract.resolve.EntityResolver(aliases), (t, l, e) -> List.of());
    ArticleEnriched a = learned.enrich(article("q1", "en", "Buyers toured Quillmoor Sensorworks on Friday."));
    assertEquals(List.of("org:quillmoor-sensorworks"), a.entities().stream().map(Entity::id).toList());
    assertEquals("Quillmoor Sensorworks", a.entities().get(0).mentions().get(0).text());
  }

  @Test
  void aReferenceGoesToTheNameWrittenWithItsWordBeforeAnotherOfItsKind() {
    String text = "メイヨー・クリニックはセントメアリーズ病院と提携した。同クリニックは研究にも力を入れる。";
    ArticleEnriched e = enricher.enrich(article("ref", "ja", text));
    assertEquals(List.of("メイヨー・クリニック", "同クリニック"), e.entities().stream()
        .filter(x -> x.mentions().stream().anyMatch(m -> m.text().equals("同クリニック")))
        .findFirst().orElseThrow().mentions().stream().map(m -> m.text()).toList());
  }

  @Test
  void aNameThatStartsLikeAReferenceIsStillAName() {
    ArticleEnriched e = enricher.enrich(article("doshisha", "ja", "関西学院大学と同志社大学に合格した。"));
    assertEquals(List.of("関西学院大学", "同志社大学"), e.entities().stream().map(Entity::name).toList());
  }

  @Test
  void anAbbreviationDefinedInTheTextBecomesAnAlias() {
    String text = "ウィスコンシン(WI)州には多くの企業がある。WI州の州都はマディソンである。";
    ArticleEnriched e = enricher.enrich(article("abbr", "ja", text));
    Entity wisconsin = entity(e, "loc:wisconsin");
    assertEquals(List.of("ウィスコンシン(WI)州", "WI州"), wisconsin.mentions().stream().map(m -> m.text()).toList());
    assertEquals("loc:wisconsin", aliases.idFor("WI州").orElseThrow());
  }

  @Test
  void aTextOfKanjiWithoutKanaOrALanguageIsReadAsJapanese() {
    // no kana to say it is Japanese, and no language given: the kanji say it
    ArticleEnriched e = enricher.enrich(article("kanji", null, "長野県出身。"));
    assertEquals(List.of("loc:nagano"), e.entities().stream().map(Entity::id).toList());
    ArticleEnriched en = enricher.enrich(article("latin", null, "Born in Nagano, 長野県."));
    assertEquals(List.of("loc:nagano"), en.entities().stream().map(Entity::id).toList());
  }

  @Test
  void japaneseAndEnglishPlacesShareOneId() {
    ArticleEnriched ja = enricher.enrich(article("j", "ja", "ウィスコンシン州の企業が増えている。"));
    ArticleEnriched en = enricher.enrich(article("e", "en", "Companies are moving to Wisconsin this year."));
    assertEquals(EntityType.LOCATION, entity(ja, "loc:wisconsin").type());
    assertEquals(EntityType.LOCATION, entity(en, "loc:wisconsin").type());
  }

  @Test
  void findsEnglishOrganizationsPeopleAndTheirRelations() {
    String text = "Medtronic, based in Minneapolis, has partnered with the University of Minnesota. "
        + "Geoff Martha, CEO of Medtronic, said the work would speed up trials.";
    ArticleEnriched e = enricher.enrich(article("en1", "en", text));
    assertEquals("UNIVERSITY", entity(e, "org:university-of-minnesota").subtype());
    assertEquals(EntityType.PERSON, entity(e, "person:geoff-martha").type());
    List<String> facts = e.relations().stream().map(r -> r.subject() + " " + r.predicate() + " " + r.object()).toList();
    assertTrue(facts.contains("org:medtronic LOCATED_IN loc:minneapolis"), facts.toString());
    assertTrue(facts.contains("org:medtronic PARTNERS_WITH org:university-of-minnesota"), facts.toString());
    assertTrue(facts.contains("person:geoff-martha WORKS_FOR org:medtronic"), facts.toString());
  }

  @Test
  void japaneseOrganizationSuffixesMakeWholeNames() {
    ArticleEnriched e = enricher.enrich(article("j2", "ja", "東京工業大学と富士フイルムは共同研究を始めた。"));
    List<String> names = e.entities().stream().map(Entity::name).toList();
    assertTrue(names.contains("東京工業大学"), names.toString());
    assertTrue(names.contains("富士フイルム"), names.toString());
  }
}
