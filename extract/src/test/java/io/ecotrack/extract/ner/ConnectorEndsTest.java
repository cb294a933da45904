package io.ecotrack.extract.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.stream.Collectors;
import opennlp.tools.util.Span;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** A name of the learned model never ends on "of", "and" or "&", row by row from {@code connector-ends.cases}. */
class ConnectorEndsTest {
  @ParameterizedTest(name = "{0}")
  @CsvFileSource(resources = "connector-ends.cases", delimiter = '|', quoteCharacter = '\u0000')
  void aNameGoesOnThroughTheCapitalizedWordAfterItsConnectorOrDropsIt(String words, String model, String expected) {
    Span[] found = model.strip().equals("-") ? new Span[0] : Arrays.stream(model.strip().split(";")).map(one -> {
      String[] typeRange = one.split(":");
      String[] range = typeRange[1].split("-");
      return new Span(Integer.parseInt(range[0]), Integer.parseInt(range[1]), typeRange[0]);
    }).toArray(Span[]::new);
    Span[] out = LearnedEntityTagger.endNotOnConnector(found, words.strip().split(" "));
    String got = out.length == 0 ? "-"
        : Arrays.stream(out).map(s -> s.getType() + ":" + s.getStart() + "-" + s.getEnd()).collect(Collectors.joining(";"));
    assertEquals(expected.strip(), got, words);
  }
}
