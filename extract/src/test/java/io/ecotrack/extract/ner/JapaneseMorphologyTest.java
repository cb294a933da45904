package io.ecotrack.extract.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class JapaneseMorphologyTest {
  private final JapaneseMorphology morphology = new JapaneseMorphology();

  /** "surface/part of speech" for each token. */
  private List<String> read(String text) {
    return morphology.tokens(text).stream().map(t -> t.surface() + "/" + t.pos()).toList();
  }

  @Test
  void keepsWholeNamesThatNeologdKnowsAndTypes() {
    assertEquals(List.of("セガトイズ/名詞-固有名詞-組織", "は/助詞-係助詞", "玩具/名詞-一般", "を/助詞-格助詞-一般", "作る/動詞-自立", "。/記号-句点"),
        read("セガトイズは玩具を作る。"));
    assertTrue(read("MF野崎陽介が移籍した。").contains("野崎陽介/名詞-固有名詞-人名-一般"), read("MF野崎陽介が移籍した。").toString());
  }

  @Test
  void readsNeologdCompoundsInIpadicPiecesForTheRules() {
    // NEologd files 航空会社 as a proper noun; IPADIC's pieces are common words
    assertEquals(List.of("インド/名詞-固有名詞-地域-国", "の/助詞-連体化", "航空/名詞-一般", "会社/名詞-一般", "です/助動詞", "。/記号-句点"),
        read("インドの航空会社です。"));
    // with what follows, IPADIC reads an unknown word before 州 as a place
    assertTrue(read("タルラック州に入る。").contains("タルラック/名詞-固有名詞-地域-一般"), read("タルラック州に入る。").toString());
  }

  @Test
  void aRoleOrAKindOfBodyWrittenInCommonWordsIsNotAName() {
    assertEquals(List.of("歌手/名詞-一般", "、/記号-読点", "作詞/名詞-サ変接続", "家/名詞-接尾-一般", "。/記号-句点"), read("歌手、作詞家。"));
    assertEquals(List.of("総合/名詞-サ変接続", "病院/名詞-一般", "で/助動詞", "ある/助動詞", "。/記号-句点"), read("総合病院である。"));
  }

  @Test
  void countriesAndTheirPeopleThatNeologdFilesAsPersonsAreReadAsPlaces() {
    assertEquals(List.of("米/名詞-固有名詞-地域-国", "中/名詞-固有名詞-地域-国", "が/助詞-格助詞-一般"), read("米中が").subList(0, 3));
    assertEquals(List.of("イギリス/名詞-固有名詞-地域-国", "人/名詞-接尾-一般"), read("イギリス人以外は入れない。").subList(0, 2));
    assertEquals(List.of("経済/名詞-一般", "学者/名詞-一般"), read("経済学者のミーゼス。").subList(0, 2));
  }

  @Test
  void aConjunctionNeologdFilesAsANounIsReadInItsContext() {
    assertTrue(read("山之内製薬および藤沢薬品工業が合併した。").contains("および/接続詞"), read("山之内製薬および藤沢薬品工業が合併した。").toString());
  }

  @Test
  void tokensCoverTheTextInOrderWithOffsetsIntoIt() {
    String text = "メイヨー・クリニック(Mayo Clinic)はミネソタ州ロチェスターに本社を置く。1975年に東宝東和が配給し、同社は独女通信とも提携した。";
    int at = 0;
    for (JapaneseToken t : morphology.tokens(text)) {
      assertTrue(t.start() >= at, t + " starts before the token ahead of it ends");
      assertEquals(t.surface(), text.substring(t.start(), t.end()));
      at = t.end();
    }
    assertEquals(text.length(), at);
  }
}
