package io.ecotrack.extract.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Word classes are learned from the company a word keeps, the same way every run, and read back as written. */
class WordClustersTest {
  /** Towns come after "in" and before a comma; verbs come after a person's name and before "the". */
  private static List<List<String>> fixture() {
    String[] towns = {"Fargo", "Duluth", "Rochester", "Madison", "Eau"};
    String[] people = {"Olsen", "Berg", "Lind", "Haug", "Moe"};
    String[] verbs = {"bought", "sold", "opened", "closed", "built"};
    String[] things = {"plant", "store", "mill", "office", "depot"};
    List<List<String>> out = new ArrayList<>();
    for (String town : towns) {
      for (String person : people) {
        for (String verb : verbs) {
          for (String thing : things) {
            out.add(Arrays.asList(person, verb, "the", thing, "in", town, ",", "officials", "said", "."));
          }
        }
      }
    }
    return out;
  }

  private static WordClusters learn() {
    return new WordClusterLearner(2, 50, 20, 7).learn(fixture(), 4, 8);
  }

  @Test
  void wordsThatKeepTheSameCompanyShareAClass() {
    WordClusters c = learn();
    assertEquals(c.at("Fargo", 0), c.at("Duluth", 0));
    assertEquals(c.at("Fargo", 0), c.at("Madison", 0));
    assertEquals(c.at("bought", 0), c.at("built", 0));
    assertNotEquals(c.at("Fargo", 0), c.at("bought", 0));
    assertNotEquals(c.at("Olsen", 0), c.at("plant", 0));
  }

  @Test
  void aClassIsFoundWhateverTheCaseOfTheWord() {
    WordClusters c = learn();
    assertArrayEquals(c.of("fargo"), c.of("FARGO"));
    assertNull(c.of("Minneapolis"));
  }

  @Test
  void theSameSentencesAndSeedGiveTheSameClasses() throws Exception {
    StringWriter a = new StringWriter();
    StringWriter b = new StringWriter();
    learn().write(a);
    learn().write(b);
    assertEquals(a.toString(), b.toString());
  }

  @Test
  void classesReadBackAsTheyWereWritten() throws Exception {
    WordClusters c = learn();
    StringWriter w = new StringWriter();
    c.write(w);
    WordClusters back = WordClusters.read(new BufferedReader(new StringReader(w.toString())));
    assertEquals(c.words(), back.words());
    assertArrayEquals(c.of("Rochester"), back.of("Rochester"));
    assertArrayEquals(new int[] {4, 8}, back.sizes());
  }

  @Test
  void aMalformedLineStopsTheLoadWithItsNumber() {
    String text = "# sizes 4 8\nfargo\t1 2\nduluth\t1 9\n";
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> WordClusters.read(new BufferedReader(new StringReader(text))));
    assertTrue(e.getMessage().startsWith("line 3:"), e.getMessage());
  }

  @Test
  void theFeaturesOfAWordNameItsClassAtEverySize() {
    WordClusters c = learn();
    List<String> f = new ArrayList<>();
    c.features("cl", "Fargo", f);
    c.features("cl", "Minneapolis", f);
    assertEquals(List.of("cl4=" + c.at("fargo", 0), "cl8=" + c.at("fargo", 1), "cl=none"), f);
  }

  @Test
  void aTaggerGivenClassesSeesTheClassOfEveryToken() {
    WordClusters c = learn();
    String[][] f = new NerFeatures(java.util.Set.of(), c).of(
        List.of(new NerToken("Olsen", 0, 5, null), new NerToken("Minneapolis", 6, 17, null)), new SpanCover(List.of()));
    assertTrue(Arrays.asList(f[0]).contains("cl4=" + c.at("olsen", 0)), Arrays.toString(f[0]));
    assertTrue(Arrays.asList(f[1]).contains("cl=none"), Arrays.toString(f[1]));
    assertTrue(Arrays.stream(NerFeatures.NO_VOCABULARY.of(List.of(new NerToken("Olsen", 0, 5, null)), new SpanCover(List.of()))[0])
        .noneMatch(x -> x.startsWith("cl")));
  }
}
