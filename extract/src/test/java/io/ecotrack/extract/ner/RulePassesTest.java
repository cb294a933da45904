package io.ecotrack.extract.ner;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** Each pass of the rule taggers, row by row from {@code ja-rule-passes.cases} and {@code en-rule-passes.cases}. */
class RulePassesTest {
  private static final JapaneseEntityTagger JAPANESE = new JapaneseEntityTagger(Gazetteer.places());
  private static final EnglishEntityTagger ENGLISH = new EnglishEntityTagger(Gazetteer.places());

  @ParameterizedTest(name = "{2}: {0}")
  @CsvFileSource(resources = "ja-rule-passes.cases", delimiter = '|', quoteCharacter = '\u0000')
  void japanesePassFindsWhatItIsFor(String text, String expected, String pass) {
    PassCases.check(JAPANESE, text.replace("\\n", "\n"), expected, pass); // a row writes a line break as \n
  }

  @ParameterizedTest(name = "{2}: {0}")
  @CsvFileSource(resources = "en-rule-passes.cases", delimiter = '|', quoteCharacter = '\u0000')
  void englishPassFindsWhatItIsFor(String text, String expected, String pass) {
    PassCases.check(ENGLISH, text, expected, pass);
  }
}
