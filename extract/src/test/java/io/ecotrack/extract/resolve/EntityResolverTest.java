package io.ecotrack.extract.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ecotrack.extract.ner.EntitySpan;
import io.ecotrack.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Names compare and ids form as they always have: ids already in users' indexes must not change. */
class EntityResolverTest {

  @Test
  void namesCompareWithoutWidthCaseSpacesOrMiddleDots() {
    assertEquals("mayo clinic", EntityResolver.normalize("The  Mayo\tClinic"));
    assertEquals("メイヨークリニック", EntityResolver.normalize("メイヨー・クリニック"));
    assertEquals("東京 大学", EntityResolver.normalize(" 　東京　大学 "));
    assertEquals("uw–madison", EntityResolver.normalize("ＵＷ–Madison"));
    assertEquals("a  b", EntityResolver.normalize("A ・ B"), "a dot between spaces leaves both spaces");
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', textBlock = """
      米メドトロニック | メドトロニック
      独ＳＡＰ         | sap
      英BBC            | bbc
      中国の工場       | 工場
      米国のファンド   | ファンド
      仏教大学         | 仏教大学
      米子市           | 米子市
      英語             | 英語
      独協医科大学     | 独協医科大学
      米               | 米
      """)
  void aCountryWrittenBeforeAForeignNameIsNotPartOfItButTheFirstKanjiOfANameIs(String name, String normalized) {
    assertEquals(normalized, EntityResolver.normalize(name));
  }

  @Test
  void idsDropCompanyFormsAndJoinWordsWithDashes() {
    assertEquals("mayo-clinic", EntityResolver.slug("Mayo Clinic"));
    assertEquals("medtronic", EntityResolver.slug("Medtronic, Inc."));
    assertEquals("exact-sciences", EntityResolver.slug("Exact Sciences Corp"));
    assertEquals("タミヤ", EntityResolver.slug("株式会社タミヤ"));
    assertEquals("ソニー", EntityResolver.slug("㈱ソニー"));
    assertEquals("xii世紀-2", EntityResolver.slug("Ⅻ世紀 ②"));
    assertEquals("dr-müller-lüdenscheidt", EntityResolver.slug("Dr. Müller-Lüdenscheidt"));
    assertEquals("unnamed", EntityResolver.slug("・・"));
  }

  @ParameterizedTest(name = "{0} is {1}: {2}")
  @CsvSource(delimiter = '|', textBlock = """
      UW–Madison | University of Wisconsin–Madison       | true
      MIT        | Massachusetts Institute of Technology | true
      UMN        | University of Minnesota               | false
      UW–Stout   | University of Wisconsin–Madison       | false
      """)
  void anAcronymInTheSameTextIsTheNameItSpells(String acronym, String name, boolean same) {
    String text = name + " and " + acronym + " signed.";
    int at = text.indexOf(acronym, name.length());
    var entities = new EntityResolver(new AliasTable()).resolve(text, List.of(
        new EntitySpan(0, name.length(), name, EntityType.ORGANIZATION, null, null, 0.8),
        new EntitySpan(at, at + acronym.length(), acronym, EntityType.ORGANIZATION,
            null, null, 0.8)));
    assertEquals(same ? 1 : 2, entities.size(), entities.toString());
    assertEquals(name, entities.get(0).name());
  }
}
