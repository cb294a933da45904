package io.ecotrack.index.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The passage a search hit shows, from Lucene's UnifiedHighlighter: phrases whole, in both languages, no title. */
class ArticleHighlightsTest {
  @TempDir static Path dir;

  private static ArticleEnriched article(String id, String language, String title, String text, Entity... entities) {
    return ArticleEnriched.of(new ArticleFetched(1, id, "https://example.org/" + id, null, "test", title, text, language,
        null, OffsetDateTime.parse("2026-11-01T00:00:00Z"), List.of(), null), List.of(entities), List.of(), "test");
  }

  private static Entity halloway(String name, int at) {
    return new Entity("org:halloway-instruments", "Halloway Instruments", EntityType.ORGANIZATION, null, List.of(name),
        List.of(new Mention(name, at, at + name.length())), 0.9);
  }

  @BeforeAll
  static void anIndexOfOneEnglishAndOneJapaneseArticle() throws Exception {
    String en = "Halloway Instruments opens a plant\nHalloway Instruments opened a plant in Fargo on Monday. "
        + "The instruments it makes measure flow. Orrin Devices supplies the pumps.";
    String ja = "ファーゴの新工場が稼働\nハロウェイ・インスツルメンツはファーゴに工場を開いた。同社はポンプを作る。";
    try (EcosystemIndex index = EcosystemIndex.open(dir)) {
      index.upsert(article("en", "en", "Halloway Instruments opens a plant", en, halloway("Halloway Instruments", 35)));
      index.upsert(article("ja", "ja", "ファーゴの新工場が稼働", ja, halloway("ハロウェイ・インスツルメンツ", 12)));
      index.commit(Map.of());
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      two words of a name, marked as one      | Halloway Instruments   | en | [Halloway Instruments] opened a plant in Fargo on Monday.
      a quoted phrase                         | "Orrin Devices"        | en | [Orrin Devices] supplies the pumps.
      a word the English analyzer stems       | measures               | en | The instruments it makes [measure] flow.
      the name in Japanese, found by English  | Halloway Instruments   | ja | [ハロウェイ・インスツルメンツ]はファーゴに工場を開いた。
      a Japanese word                         | 工場                   | ja | ハロウェイ・インスツルメンツはファーゴに[工場]を開いた。
      a match only in the title shows the opening line | 稼働           | ja | ハロウェイ・インスツルメンツはファーゴに工場を開いた。同社はポンプを作る。
      """)
  void showsTheSentenceOfTheMatchWithTheMatchInBrackets(String what, String query, String id, String passage) throws Exception {
    try (EcosystemSearch search = EcosystemSearch.open(dir)) {
      var hit = search.search(query, Filters.none(10)).hits().stream().filter(h -> h.id().equals(id)).findFirst().orElseThrow();
      assertEquals(passage, hit.snippet(), what);
    }
  }
}
