package io.ecotrack.extract.ner;

import io.ecotrack.extract.ArticleEnricher;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * The kinds of error an analyst saw at once on real reports and news, through the tagger the extractor uses for each
 * language (the shipped model where there is one, the rules and their passes), row by row from
 * {@code failure-kinds.cases}.
 */
class FailureKindsTest {
  private static final Map<String, EntityTagger> TAGGERS =
      Map.of("ja", ArticleEnricher.standardTagger("ja"), "en", ArticleEnricher.standardTagger("en"));

  @ParameterizedTest(name = "{3}: {1}")
  @CsvFileSource(resources = "failure-kinds.cases", delimiter = '|', quoteCharacter = '\u0000')
  void kindIsFixed(String language, String text, String expected, String kind) {
    PassCases.check(TAGGERS.get(language), text, expected, null);
  }
}
