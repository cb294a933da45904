package io.ecotrack.extract.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The label mapping of ner-labels.tsv, one row per kind of label. */
class NerLabelsTest {
  @ParameterizedTest(name = "{0} {1} → {2}")
  @CsvSource(delimiter = '|', textBlock = """
      conll     | PER          | PERSON
      conll     | MISC         | X
      stockmark | 政治的組織名 | ORGANIZATION
      stockmark | 施設名       | FACILITY
      stockmark | 製品名       | X
      gsd       | GPE          | LOCATION
      gsd       | LOC          | LOCATION
      gsd       | FAC          | FACILITY
      gsd       | DATE         | none
      gsd       | QUANTITY     | none
      """)
  void mapsEachSourcesLabelToAnEcotrackType(String source, String label, String type) {
    assertEquals(type, NerLabels.standard().typeOf(source, label).orElse("none"));
  }
}
