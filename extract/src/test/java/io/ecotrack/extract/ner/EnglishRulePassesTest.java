package io.ecotrack.extract.ner;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** Each pass of {@link EnglishEntityTagger}, row by row from {@code en-rule-passes.cases}. */
class EnglishRulePassesTest {
  private static final EnglishEntityTagger TAGGER = new EnglishEntityTagger(Gazetteer.places());

  @ParameterizedTest(name = "{2}: {0}")
  @CsvFileSource(resources = "en-rule-passes.cases", delimiter = '|', quoteCharacter = '\u0000')
  void passFindsWhatItIsFor(String text, String expected, String pass) {
    PassCases.check(TAGGER, text, expected, pass);
  }
}
