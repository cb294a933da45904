package io.ecotrack.extract.ner;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** Each pass of {@link JapaneseEntityTagger}, row by row from {@code ja-rule-passes.cases}. */
class JapaneseRulePassesTest {
  private static final JapaneseEntityTagger TAGGER = new JapaneseEntityTagger(Gazetteer.places());

  @ParameterizedTest(name = "{2}: {0}")
  @CsvFileSource(resources = "ja-rule-passes.cases", delimiter = '|', quoteCharacter = '\u0000')
  void passFindsWhatItIsFor(String text, String expected, String pass) {
    PassCases.check(TAGGER, text, expected, pass);
  }
}
