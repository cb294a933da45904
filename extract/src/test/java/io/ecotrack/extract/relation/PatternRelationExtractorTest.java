package io.ecotrack.extract.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.ecotrack.model.Entity;
import io.ecotrack.model.EntityType;
import io.ecotrack.model.Mention;
import io.ecotrack.model.Predicate;
import io.ecotrack.model.Relation;
import java.util.List;
import org.junit.jupiter.api.Test;

class PatternRelationExtractorTest {
  private static Entity entity(String text, String id, EntityType type, String name) {
    int at = text.indexOf(name);
    return new Entity(id, name, type, null, List.of(name), List.of(new Mention(name, at, at + name.length())), 0.9);
  }

  private static List<String> facts(List<Relation> relations) {
    return relations.stream().map(r -> r.subject() + " " + r.predicate() + " " + r.object()).toList();
  }

  @Test
  void aUnitWrittenRightAfterItsOrganizationIsPartOfIt() {
    String text = "東京大学医科学研究所は新しい研究を始めた。";
    List<Entity> entities = List.of(
        entity(text, "org:東京大学", EntityType.ORGANIZATION, "東京大学"),
        entity(text, "org:医科学研究所", EntityType.ORGANIZATION, "医科学研究所"));
    assertEquals(List.of("org:医科学研究所 " + Predicate.PART_OF + " org:東京大学"),
        facts(new PatternRelationExtractor().extract(text, "ja", entities)));
  }

  @Test
  void anOrganizationBasedInACityIsLocatedThere() {
    String text = "Medtronic, based in Minneapolis, makes devices.";
    List<Entity> entities = List.of(
        entity(text, "org:medtronic", EntityType.ORGANIZATION, "Medtronic"),
        entity(text, "loc:minneapolis", EntityType.LOCATION, "Minneapolis"));
    assertEquals(List.of("org:medtronic " + Predicate.LOCATED_IN + " loc:minneapolis"),
        facts(new PatternRelationExtractor().extract(text, "en", entities)));
  }

  @Test
  void aPersonWrittenAsTheOrganizationsIsItsOwn() {
    String text = "メドトロニックのジェフ・マーサ氏が語った。";
    List<Entity> entities = List.of(
        entity(text, "org:medtronic", EntityType.ORGANIZATION, "メドトロニック"),
        entity(text, "person:geoff-martha", EntityType.PERSON, "ジェフ・マーサ"));
    assertEquals(List.of("person:geoff-martha " + Predicate.WORKS_FOR + " org:medtronic"),
        facts(new PatternRelationExtractor().extract(text, "ja", entities)));
  }

  @Test
  void aTriggersCueGroupListsTheWordsEveryMatchHolds() {
    assertEquals(List.of("本社", "本部"), PatternRelationExtractor.cues("に(?<cue>本社|本部)を(?:置|構え)"));
    assertEquals(null, PatternRelationExtractor.cues(" (?:acquired|bought)"));
    assertThrows(IllegalArgumentException.class, () -> PatternRelationExtractor.cues("(?<cue>chair(?:man)?)"));
  }
}
