package io.ecotrack.extract.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GazetteerTest {
  private final Gazetteer places = Gazetteer.places();

  @ParameterizedTest(name = "{0} in {1}: contradicted {2}")
  @CsvSource({
      "loc:tokyo, loc:united-states, true",
      "loc:tokyo, loc:japan, false",
      "loc:osaka-city, loc:tokyo, true",
      "loc:osaka-city, loc:osaka, false",
      "loc:japan, loc:tokyo, true",
      "loc:rochester-mn, loc:minnesota, false",
      "loc:rochester-mn, loc:wisconsin, true",
      "loc:madison, loc:united-states, false",
      "loc:texas, loc:houston, true",
      "loc:kansai, loc:japan, false",
      "loc:hong-kong, loc:china, false",
      "loc:london, loc:kansai, true",
      // what the gazetteer cannot tell is not a contradiction
      "loc:japan, loc:asia, false",
      "loc:jerusalem, loc:israel, false",
      "loc:nowhere-known, loc:japan, false",
  })
  void containmentContradictsWhatTheGazetteerRecords(String inner, String outer, boolean contradicted) {
    assertEquals(contradicted, places.contradictsContainment(inner, outer));
  }
}
