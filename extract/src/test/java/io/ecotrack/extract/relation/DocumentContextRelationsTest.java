package io.ecotrack.extract.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ecotrack.extract.ner.Gazetteer;
import io.ecotrack.model.Entity;
import io.ecotrack.model.EntityType;
import io.ecotrack.model.Evidence;
import io.ecotrack.model.Mention;
import io.ecotrack.model.Predicate;
import io.ecotrack.model.Relation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DocumentContextRelationsTest {
  private static final RelationExtractor NO_PATTERNS = (text, language, entities) -> List.of();

  /** An entity mentioned wherever {@code text} writes one of {@code names}. */
  private static Entity entity(String text, String id, EntityType type, String subtype, String... names) {
    List<Mention> mentions = new ArrayList<>();
    for (String name : names) {
      for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
        mentions.add(new Mention(name, at, at + name.length()));
      }
    }
    return new Entity(id, names[0], type, subtype, List.of(names), mentions, 0.9);
  }

  private static Optional<Relation> find(List<Relation> relations, String subject, Predicate p, String object) {
    return relations.stream()
        .filter(r -> r.subject().equals(subject) && r.predicate() == p && r.object().equals(object)).findFirst();
  }

  @Test
  void placesWhatASentenceNamesInTheCountryNamedBeforeIt() {
    String text = "ドイツのベルリンにはシーメンスの拠点がある。米国のミネソタ州ではメドトロニックが大きい。";
    List<Entity> entities = List.of(
        entity(text, "loc:germany", EntityType.LOCATION, "COUNTRY", "ドイツ"),
        entity(text, "loc:berlin", EntityType.LOCATION, "CITY", "ベルリン"),
        entity(text, "org:siemens", EntityType.ORGANIZATION, "COMPANY", "シーメンス"),
        entity(text, "loc:united-states", EntityType.LOCATION, "COUNTRY", "米国"),
        entity(text, "loc:minnesota", EntityType.LOCATION, "STATE", "ミネソタ州"),
        entity(text, "org:medtronic", EntityType.ORGANIZATION, "COMPANY", "メドトロニック"));
    List<Relation> found = new DocumentContextRelations(NO_PATTERNS, Gazetteer.places()).extract(text, "ja", entities);

    Relation siemens = find(found, "org:siemens", Predicate.LOCATED_IN, "loc:germany").orElseThrow();
    assertEquals(DocumentContextRelations.SAME_SENTENCE, siemens.confidence());
    assertEquals("ドイツのベルリンにはシーメンスの拠点がある。", siemens.evidence().text());
    assertTrue(find(found, "org:medtronic", Predicate.LOCATED_IN, "loc:united-states").isPresent());
    assertFalse(find(found, "org:medtronic", Predicate.LOCATED_IN, "loc:germany").isPresent(),
        "the country of another sentence does not apply: " + found);
    assertTrue(find(found, "loc:berlin", Predicate.LOCATED_IN, "loc:germany").isPresent());
    assertEquals(DocumentContextRelations.NEARBY,
        find(found, "org:siemens", Predicate.LOCATED_IN, "loc:berlin").orElseThrow().confidence(), "the city named before it");
    assertTrue(find(found, "loc:berlin", Predicate.PART_OF, "loc:germany").isPresent(), "a place in a place is part of it");
    assertFalse(find(found, "org:siemens", Predicate.PART_OF, "loc:germany").isPresent(), "a company is not part of a country");
  }

  @Test
  void fallsBackToTheCountryTheArticleMentionsMost() {
    String text = "日本の企業が集まる。日本では投資が増えた。韓国も同様である。大阪のクボタが新工場を建てた。";
    List<Entity> entities = List.of(
        entity(text, "loc:japan", EntityType.LOCATION, "COUNTRY", "日本"),
        entity(text, "loc:south-korea", EntityType.LOCATION, "COUNTRY", "韓国"),
        entity(text, "loc:osaka", EntityType.LOCATION, "PREFECTURE", "大阪"),
        entity(text, "org:kubota", EntityType.ORGANIZATION, null, "クボタ"));
    List<Relation> found = new DocumentContextRelations(NO_PATTERNS, Gazetteer.places()).extract(text, "ja", entities);

    Relation kubota = find(found, "org:kubota", Predicate.LOCATED_IN, "loc:japan").orElseThrow();
    assertEquals(DocumentContextRelations.DOCUMENT, kubota.confidence());
    assertFalse(find(found, "org:kubota", Predicate.LOCATED_IN, "loc:south-korea").isPresent());
  }

  @Test
  void placesACityInTheStateNamedBeforeIt() {
    String text = "Mayo Clinic opened a lab in Minnesota, in Rochester.";
    List<Entity> entities = List.of(
        entity(text, "org:mayo-clinic", EntityType.ORGANIZATION, "HOSPITAL", "Mayo Clinic"),
        entity(text, "loc:minnesota", EntityType.LOCATION, "STATE", "Minnesota"),
        entity(text, "loc:rochester-mn", EntityType.LOCATION, "CITY", "Rochester"));
    List<Relation> found = new DocumentContextRelations(NO_PATTERNS, Gazetteer.places()).extract(text, "en", entities);

    assertTrue(find(found, "loc:rochester-mn", Predicate.LOCATED_IN, "loc:minnesota").isPresent(), found.toString());
    assertFalse(find(found, "org:mayo-clinic", Predicate.LOCATED_IN, "loc:minnesota").isPresent(),
        "an organization is placed by a pattern, not by the state named after it");
  }

  @Test
  void keepsWhatTheSentencePatternsFoundAndTheirConfidence() {
    String text = "メイヨー・クリニックは米国ミネソタ州ロチェスターに本社を置く。";
    Evidence sentence = new Evidence(text, 0, text.length());
    Relation pattern = new Relation("org:mayo-clinic", Predicate.LOCATED_IN, "loc:united-states", sentence, 0.8, null);
    List<Entity> entities = List.of(
        entity(text, "org:mayo-clinic", EntityType.ORGANIZATION, "HOSPITAL", "メイヨー・クリニック"),
        entity(text, "loc:united-states", EntityType.LOCATION, "COUNTRY", "米国"));
    List<Relation> found = new DocumentContextRelations((t, l, e) -> List.of(pattern), Gazetteer.places()).extract(text, "ja", entities);

    assertEquals(List.of(pattern), found);
  }

  @Test
  void theArticlesOpeningPersonBelongsToThePartiesItNames() {
    String text = "山田太郎(1950年-)は、日本の政治家。自由民主党に所属する。";
    List<Entity> entities = List.of(
        entity(text, "person:山田太郎", EntityType.PERSON, null, "山田太郎"),
        entity(text, "loc:japan", EntityType.LOCATION, "COUNTRY", "日本"),
        entity(text, "org:自由民主党", EntityType.ORGANIZATION, "PARTY", "自由民主党"));
    List<Relation> found = new DocumentContextRelations(NO_PATTERNS, Gazetteer.places()).extract(text, "ja", entities);

    assertTrue(find(found, "person:山田太郎", Predicate.PART_OF, "org:自由民主党").isPresent(), found.toString());
  }

  @Test
  void aCityWrittenBeforeItsStateIsPartOfIt() {
    String text = "Promega, based in Madison, Wisconsin, opened a laboratory.";
    List<Entity> entities = List.of(
        entity(text, "org:promega", EntityType.ORGANIZATION, "COMPANY", "Promega"),
        entity(text, "loc:madison", EntityType.LOCATION, "CITY", "Madison"),
        entity(text, "loc:wisconsin", EntityType.LOCATION, "STATE", "Wisconsin"));
    List<Relation> found = new DocumentContextRelations(NO_PATTERNS, Gazetteer.places()).extract(text, "en", entities);

    Relation madison = find(found, "loc:madison", Predicate.PART_OF, "loc:wisconsin").orElseThrow();
    assertEquals(DocumentContextRelations.ADDRESS, madison.confidence());
    assertFalse(madison.inferred(), "the sentence states it");
    Relation twin = find(found, "loc:madison", Predicate.LOCATED_IN, "loc:wisconsin").orElseThrow();
    assertTrue(twin.inferred() && twin.confidence() < Relation.DEFAULT_THRESHOLD, "the LOCATED_IN twin is not shown by default");
  }

  @Test
  void aPlaceIsNeverPutInACountryTheGazetteerPutsItOutside() {
    String text = "The United States and Japan signed a treaty. Officials met in Tokyo and in Osaka City.";
    List<Entity> entities = List.of(
        entity(text, "loc:united-states", EntityType.LOCATION, "COUNTRY", "United States"),
        entity(text, "loc:japan", EntityType.LOCATION, "COUNTRY", "Japan"),
        entity(text, "loc:tokyo", EntityType.LOCATION, "PREFECTURE", "Tokyo"),
        entity(text, "loc:osaka-city", EntityType.LOCATION, "CITY", "Osaka City"));
    List<Relation> found = new DocumentContextRelations(NO_PATTERNS, Gazetteer.places()).extract(text, "en", entities);

    for (Relation r : found) {
      assertFalse(r.object().equals("loc:united-states") && !r.subject().equals("loc:japan"), "placed in the US: " + r);
      assertFalse(r.subject().equals("loc:osaka-city") && r.object().equals("loc:tokyo"), "Osaka City in Tokyo: " + r);
    }
  }

  @Test
  void aStatedPlaceOverrulesAnInferredOne() {
    String text = "Acme Robotics is based in Tokyo. It sells to the United States.";
    List<Entity> entities = List.of(
        entity(text, "org:acme", EntityType.ORGANIZATION, "COMPANY", "Acme Robotics"),
        entity(text, "loc:tokyo", EntityType.LOCATION, "PREFECTURE", "Tokyo"),
        entity(text, "loc:united-states", EntityType.LOCATION, "COUNTRY", "United States"));
    Relation based = new Relation("org:acme", Predicate.LOCATED_IN, "loc:tokyo", new Evidence(text.substring(0, 32), 0, 32), 0.8, null);
    List<Relation> found = new DocumentContextRelations((t, l, e) -> List.of(based), Gazetteer.places()).extract(text, "en", entities);

    assertTrue(find(found, "org:acme", Predicate.LOCATED_IN, "loc:tokyo").isPresent());
    assertTrue(find(found, "org:acme", Predicate.LOCATED_IN, "loc:united-states").isEmpty());
  }

  @Test
  void everyInferenceIsMarkedAndBelowTheDefaultThreshold() {
    String text = "ドイツのベルリンにはシーメンスの拠点がある。ミュンヘンには研究所がある。";
    List<Entity> entities = List.of(
        entity(text, "loc:germany", EntityType.LOCATION, "COUNTRY", "ドイツ"),
        entity(text, "loc:berlin", EntityType.LOCATION, "CITY", "ベルリン"),
        entity(text, "org:siemens", EntityType.ORGANIZATION, "COMPANY", "シーメンス"),
        entity(text, "loc:munich", EntityType.LOCATION, "CITY", "ミュンヘン"));
    List<Relation> found = new DocumentContextRelations(NO_PATTERNS, Gazetteer.places()).extract(text, "ja", entities);

    assertFalse(found.isEmpty());
    for (Relation r : found) {
      assertTrue(r.inferred(), "no pattern ran, so every relation is inferred: " + r);
      assertTrue(r.confidence() < Relation.DEFAULT_THRESHOLD, r.toString());
    }
  }

  @Test
  void aTownLiesInTheLargerDivisionNamedBeforeIt() {
    String text = "エスカンビア郡はフロリダ州の郡である。ペンサコーラ市は郡の中心である。";
    List<Entity> entities = List.of(
        entity(text, "loc:escambia", EntityType.LOCATION, null, "エスカンビア郡"),
        entity(text, "loc:florida", EntityType.LOCATION, "STATE", "フロリダ州"),
        entity(text, "loc:pensacola", EntityType.LOCATION, null, "ペンサコーラ市"));
    List<Relation> found = new DocumentContextRelations(NO_PATTERNS, Gazetteer.places()).extract(text, "ja", entities);

    assertEquals(DocumentContextRelations.DOCUMENT,
        find(found, "loc:pensacola", Predicate.LOCATED_IN, "loc:florida").orElseThrow().confidence(), found.toString());
    assertFalse(find(found, "loc:florida", Predicate.LOCATED_IN, "loc:escambia").isPresent(), "a state is not in its county");
  }

  @Test
  void aCountryLiesInItsWorldRegionAndBelongsToTheUnionsTheArticleNames() {
    String text = "ヨーロッパのスペインは欧州連合に加盟している。日本は日本サッカー連盟を持つ。";
    List<Entity> entities = List.of(
        entity(text, "loc:europe", EntityType.LOCATION, "REGION", "ヨーロッパ"),
        entity(text, "loc:spain", EntityType.LOCATION, "COUNTRY", "スペイン"),
        entity(text, "org:欧州連合", EntityType.ORGANIZATION, "ASSOCIATION", "欧州連合"),
        entity(text, "loc:japan", EntityType.LOCATION, "COUNTRY", "日本"),
        entity(text, "org:日本サッカー連盟", EntityType.ORGANIZATION, "ASSOCIATION", "日本サッカー連盟"));
    List<Relation> found = new DocumentContextRelations(NO_PATTERNS, Gazetteer.places()).extract(text, "ja", entities);

    assertEquals(DocumentContextRelations.SAME_SENTENCE,
        find(found, "loc:spain", Predicate.LOCATED_IN, "loc:europe").orElseThrow().confidence());
    assertEquals(DocumentContextRelations.SAME_SENTENCE,
        find(found, "loc:spain", Predicate.PART_OF, "org:欧州連合").orElseThrow().confidence());
    assertFalse(find(found, "loc:japan", Predicate.PART_OF, "org:日本サッカー連盟").isPresent(), "a national body is not a union");
    assertEquals(DocumentContextRelations.DOCUMENT, find(found, "loc:japan", Predicate.PART_OF, "org:欧州連合").orElseThrow()
        .confidence(), "from another sentence only weakly, below the default --min-confidence");
  }

  @Test
  void theArticlesOpeningPersonWorksWhereAPostIsNamed() {
    String text = "大崎貞和(1963年-)は、日本の研究者。野村総合研究所の主任研究員にして、東京大学客員教授。";
    List<Entity> entities = List.of(
        entity(text, "person:大崎貞和", EntityType.PERSON, null, "大崎貞和"),
        entity(text, "loc:japan", EntityType.LOCATION, "COUNTRY", "日本"),
        entity(text, "org:野村総合研究所", EntityType.ORGANIZATION, "RESEARCH", "野村総合研究所"),
        entity(text, "org:東京大学", EntityType.ORGANIZATION, "UNIVERSITY", "東京大学"));
    List<Relation> found = new DocumentContextRelations(NO_PATTERNS, Gazetteer.places()).extract(text, "ja", entities);

    assertTrue(find(found, "person:大崎貞和", Predicate.WORKS_FOR, "org:野村総合研究所").isPresent(), found.toString());
    assertTrue(find(found, "person:大崎貞和", Predicate.WORKS_FOR, "org:東京大学").isPresent());
  }

  @Test
  void whatTheArticlesOpeningPersonFoundedWasFoundedByThem() {
    String text = "アール・バッケン(1924年-2018年)は、アメリカの技術者。1949年にメドトロニックを設立した。";
    List<Entity> entities = List.of(
        entity(text, "person:earl-bakken", EntityType.PERSON, null, "アール・バッケン"),
        entity(text, "org:medtronic", EntityType.ORGANIZATION, "COMPANY", "メドトロニック"));
    List<Relation> found = new DocumentContextRelations(NO_PATTERNS, Gazetteer.places()).extract(text, "ja", entities);

    assertTrue(find(found, "org:medtronic", Predicate.FOUNDED_BY, "person:earl-bakken").isPresent(), found.toString());
  }

  @Test
  void aCountryTakenForAnOrganizationTakesPartInNoRelation() {
    String text = "Kestrel bought 20 pct of India's Larkspur Brewing.";
    List<Entity> entities = List.of(
        entity(text, "org:kestrel", EntityType.ORGANIZATION, null, "Kestrel"),
        entity(text, "org:india", EntityType.ORGANIZATION, null, "India"),
        entity(text, "org:larkspur", EntityType.ORGANIZATION, null, "Larkspur Brewing"));
    Relation wrong = new Relation("org:larkspur", Predicate.PART_OF, "org:india", new Evidence(text, 0, text.length()), 0.5, null);
    Relation right = new Relation("org:kestrel", Predicate.FUNDS, "org:larkspur", new Evidence(text, 0, text.length()), 0.8, null);
    List<Relation> found = new DocumentContextRelations((t, l, e) -> List.of(wrong, right), Gazetteer.places()).extract(text, "en", entities);

    assertTrue(find(found, "org:larkspur", Predicate.PART_OF, "org:india").isEmpty());
    assertTrue(find(found, "org:kestrel", Predicate.FUNDS, "org:larkspur").isPresent());
  }
}
