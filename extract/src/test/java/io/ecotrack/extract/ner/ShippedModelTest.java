package io.ecotrack.extract.ner;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.junit.jupiter.api.Test;

/**
 * The learned English model shipped with the build loads with the lower-case vocabulary and the word classes it was
 * trained with, and tags sentences of its own kind as it should.
 */
class ShippedModelTest {
  static final Gazetteer PLACES = Gazetteer.places();

  private static List<String> tag(String text) {
    TokenNameFinderModel model = LearnedEntityTagger.shipped("ner-en.bin")
        .orElseThrow(() -> new AssertionError("ner-en.bin is not on the classpath"));
    LearnedEntityTagger tagger = new LearnedEntityTagger(model, LearnedEntityTagger.shippedFeatures("ner-en.bin"),
        new EnglishTokenizer(), new EnglishEntityTagger(PLACES), PLACES, SpanPass.NONE);
    return tagger.tag(text).stream().map(s -> s.text() + "/" + s.type()).toList();
  }

  @Test
  void aCompanyNamedAfterAPersonIsAnOrganization() {
    List<String> spans = tag("Eli Lilly and Co said on Monday it would buy a stake in Exact Sciences, based in Madison, Wisconsin.");
    assertTrue(spans.contains("Eli Lilly and Co/ORGANIZATION"), spans.toString());
    assertTrue(spans.contains("Exact Sciences/ORGANIZATION"), spans.toString());
    assertTrue(spans.contains("Madison/LOCATION") && spans.contains("Wisconsin/LOCATION"), spans.toString());
  }

  @Test
  void namesAPersonByTheirRoleAndNoCommonWord() {
    List<String> spans = tag("Chief executive Laura Brandt said the plant would open next year.");
    assertTrue(spans.contains("Laura Brandt/PERSON"), spans.toString());
    assertTrue(spans.stream().noneMatch(s -> s.startsWith("Chief") || s.startsWith("The")), spans.toString());
  }

  @Test
  void theVocabularyTheModelWasTrainedWithShipsBesideIt() {
    NerFeatures features = LearnedEntityTagger.shippedFeatures("ner-en.bin");
    String[][] f = features.of(List.of(new NerToken("Zorvex", 0, 6, null), new NerToken("said", 7, 11, null)), new SpanCover(List.of()));
    assertTrue(List.of(f[0]).contains("lc=false"), List.of(f[0]).toString()); // a name never written in lower case
    assertTrue(List.of(new NerFeatures(java.util.Set.of("said")).of(List.of(new NerToken("Said", 0, 4, null)),
        new SpanCover(List.of()))[0]).contains("lc=true"));
  }

  @Test
  void theWordClassesTheModelWasTrainedWithShipBesideIt() {
    WordClusters classes = LearnedEntityTagger.shippedFeatures("ner-en.bin").clusters();
    assertTrue(classes.words() > 10_000, "words with a class: " + classes.words());
    // carmakers share a class of the finest size, and two capitals one of the coarsest (learned without labels)
    assertTrue(classes.of("honda")[2] == classes.of("nissan")[2], java.util.Arrays.toString(classes.of("honda")));
    assertTrue(classes.of("tokyo")[0] == classes.of("london")[0], java.util.Arrays.toString(classes.of("tokyo")));
    assertTrue(classes.of("honda")[0] != classes.of("london")[0]);
  }
}
