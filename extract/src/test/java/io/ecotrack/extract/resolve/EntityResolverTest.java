package io.ecotrack.extract.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

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

  @org.junit.jupiter.params.ParameterizedTest(name = "{0} → {1}")
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
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
}
