package io.ecotrack.extract.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ecotrack.extract.ner.EntitySpan;
import io.ecotrack.model.Entity;
import io.ecotrack.model.EntityType;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CrossScriptNamesTest {
  @ParameterizedTest(name = "{0} ≈ {1}")
  @CsvSource({
      "ジェネレーター, generator",
      "イグザクト・サイエンシズ, Exact Sciences",
      "ファイザー, Pfizer",
      "メドトロニック, Medtronic Inc",
      "プロメガ, Promega Corporation",
      "ミネソタ大学, University of Minnesota",
      "ボストン大学, Boston University",
      "カリフォルニア工科大学, California Institute of Technology",
      "モーガン・フリーマン, Morgan Freeman",
      "ロバーツ・ヘルス, Roberts Health",
      "ビル・ゲイツ財団, Bill Gates Foundation",
      "マサチューセッツ・ヘルス, Massachusetts Health",
  })
  void namesThatSoundAlikeShareAKey(String japanese, String latin) {
    Optional<String> ja = CrossScriptNames.key(japanese, "org");
    Optional<String> en = CrossScriptNames.key(latin, "org");
    assertTrue(ja.isPresent(), japanese + " has no key");
    boolean same = ja.equals(en) || CrossScriptNames.looseKey(ja.get()).isPresent()
        && CrossScriptNames.looseKey(ja.get()).equals(en.flatMap(CrossScriptNames::looseKey));
    assertTrue(same, ja + " vs " + en);
  }

  @ParameterizedTest(name = "{0} ≠ {1}")
  @CsvSource({
      "トヨタ, Tesla",
      "ミネソタ大学, Minnesota State",
      "ハーバード大学, Harvard Medical School",
      "メドトロニック, Medline",
  })
  void namesThatDoNotSoundAlikeDoNotShareAKey(String japanese, String latin) {
    assertNotEquals(CrossScriptNames.key(japanese, "org"), CrossScriptNames.key(latin, "org"));
  }

  @ParameterizedTest(name = "{0}: no key")
  @CsvSource({"ソニー", "Sony", "アップル", "東京電機", "株式会社ミナト"})
  void shortNamesAndUnknownKanjiGetNoKey(String name) {
    assertEquals(Optional.empty(), CrossScriptNames.key(name, "org"));
  }

  @Test
  void theTypeIsPartOfTheKey() {
    assertNotEquals(CrossScriptNames.key("ファイザー", "org"), CrossScriptNames.key("Pfizer", "person"));
  }

  @Test
  void aKatakanaNameAndALatinOneSeenInDifferentArticlesAreOneEntityInEitherOrder() {
    for (boolean japaneseFirst : new boolean[] {false, true}) {
      AliasTable aliases = new AliasTable();
      EntityResolver resolver = new EntityResolver(aliases);
      String en = "Exact Sciences opened a laboratory.";
      String ja = "イグザクト・サイエンシズは研究所を開いた。";
      String[] order = japaneseFirst ? new String[] {ja, en} : new String[] {en, ja};
      String first = only(resolver, order[0]).id();
      String second = only(resolver, order[1]).id();
      assertEquals(first, second, "japanese first: " + japaneseFirst);
      // the join is learned like a gloss: the later name is now an alias of the entity, as the aliases topic keeps it
      String later = japaneseFirst ? "Exact Sciences" : "イグザクト・サイエンシズ";
      assertEquals(Optional.of(first), aliases.idFor(later));
    }
  }

  @Test
  void namesOfDifferentTypesAreNeverJoined() {
    EntityResolver resolver = new EntityResolver(new AliasTable());
    String person = resolver.resolve("Exact Sciences spoke.", List.of(span("Exact Sciences", 0, EntityType.PERSON))).get(0).id();
    String org = only(resolver, "イグザクト・サイエンシズは研究所を開いた。").id();
    assertNotEquals(person, org);
  }

  private static Entity only(EntityResolver resolver, String text) {
    String name = text.startsWith("Exact") ? "Exact Sciences" : "イグザクト・サイエンシズ";
    List<Entity> out = resolver.resolve(text, List.of(span(name, 0, EntityType.ORGANIZATION)));
    assertEquals(1, out.size());
    return out.get(0);
  }

  private static EntitySpan span(String name, int at, EntityType type) {
    return new EntitySpan(at, at + name.length(), name, type, null, null, 0.8);
  }
}
