package io.ecotrack.extract.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The article-wide passes {@code one-type-per-name} and {@code named-again}: spans in are written
 * {@code TYPE:name#k}, the k-th time (from 0) the text writes the name, as a model would give them; spans out are the
 * whole result, in text order.
 */
class DocumentConsistencyTest {
  @ParameterizedTest(name = "{3}: {0}")
  @CsvSource(delimiter = '|', textBlock = """
      Kestrel Labs grew. Kestrel hired. Kestrel opened a plant. Kestrel Labs's chief left. | ORGANIZATION:Kestrel Labs#0; PERSON:Kestrel#1; ORGANIZATION:Kestrel#2; ORGANIZATION:Kestrel#3 | ORGANIZATION:Kestrel Labs#0; ORGANIZATION:Kestrel#1; ORGANIZATION:Kestrel#2; ORGANIZATION:Kestrel Labs#1 | one-type-per-name
      Husky Oil Ltd said so. Husky rose. Husky fell. | ORGANIZATION:Husky Oil Ltd#0; LOCATION:Husky#1; LOCATION:Husky#2 | ORGANIZATION:Husky Oil Ltd#0; ORGANIZATION:Husky#1; ORGANIZATION:Husky#2 | one-type-per-name
      Tom Reyes spoke. Later Tom Reyes left the board. | PERSON:Tom Reyes#0 | PERSON:Tom Reyes#0; PERSON:Tom Reyes#1 | named-again
      Larkspur's chairman spoke. Larkspur last week agreed a deal. | ORGANIZATION:Larkspur#0 | ORGANIZATION:Larkspur#0; ORGANIZATION:Larkspur#1 | named-again
      Apple pie sold well. Apple rose. People ate an apple daily. | ORGANIZATION:Apple#1 | ORGANIZATION:Apple#1 | named-again
      """)
  void articleWidePassMendsTheSpans(String text, String in, String expected, String pass) {
    List<EntitySpan> spans = new ArrayList<>();
    for (String s : in.split(";")) {
      spans.add(PassCases.modelSpan(text, s.strip()));
    }
    SpanPass passes = new OneTypePerName();
    SpanPass again = new NamedAgain();
    List<EntitySpan> out = again.apply(text, passes.apply(text, spans));
    assertEquals(expected, out.stream().map(s -> PassCases.written(text, s)).collect(Collectors.joining("; ")));
  }



  @ParameterizedTest(name = "{3}: {0}")
  @CsvSource(delimiter = '|', textBlock = """
      The Dayton-based Kestrel Labs grew. | ORGANIZATION:Dayton-based Kestrel Labs#0 | LOCATION:Dayton#0; ORGANIZATION:Kestrel Labs#0 | place-based
      A bid by the New Haven-based Larkspur Inc failed. | PERSON:Haven-based Larkspur Inc#0 | LOCATION:New Haven#0; PERSON:Larkspur Inc#0 | place-based
      The Swedish group sold shares. | ORGANIZATION:Swedish#0 |  | nationality-word
      Kestrel Holdings Ltd and Larkspur Mining Ltd will buy it. | ORGANIZATION:Kestrel Holdings Ltd and Larkspur Mining Ltd#0 | ORGANIZATION:Kestrel Holdings Ltd#0; ORGANIZATION:Larkspur Mining Ltd#0 | two-companies
      Norway's largest lender grew. | LOCATION:Norway's#0 | LOCATION:Norway#0 | possessive
      Talvik Motor Corp of South Korea opened a plant. | ORGANIZATION:Talvik Motor Corp of South Korea#0 | ORGANIZATION:Talvik Motor Corp#0; LOCATION:South Korea#0 | company-of-place
      Orlen Tool S.A. of France grew. | ORGANIZATION:Orlen Tool S.A. of France#0 | ORGANIZATION:Orlen Tool S.A.#0; LOCATION:France#0 | company-of-place
      The Tarrow Bank of Kerrowdale Ltd grew. | ORGANIZATION:Tarrow Bank of Kerrowdale Ltd#0 | ORGANIZATION:Tarrow Bank of Kerrowdale Ltd#0 | model:ner-en
      Kestrel Corp <KSTL> said it grew. | ORGANIZATION:Kestrel Corp#0; ORGANIZATION:KSTL#0 | ORGANIZATION:Kestrel Corp#0 | model:ner-en
      Shares of Kestrel (KST.L) rose, said Ltd. | ORGANIZATION:KST.L#0; ORGANIZATION:Ltd#0 |  | -
      """)
  void shapePassMendsTheSpan(String text, String in, String expected, String pass) {
    List<EntitySpan> spans = new ArrayList<>();
    for (String s : in.split(";")) {
      spans.add(PassCases.modelSpan(text, s.strip()));
    }
    SpanPass passes = (t, s) -> new EnglishNameShapes(EnglishEntityTagger.DEMONYMS, Gazetteer.places())
        .apply(t, new PlaceBasedNames(Gazetteer.places()).apply(t, s));
    List<EntitySpan> out = passes.apply(text, spans);
    assertEquals(expected == null ? "" : expected,
        out.stream().map(s -> PassCases.written(text, s)).collect(Collectors.joining("; ")));
    out.forEach(s -> assertEquals(pass, s.pass().split("/")[0], s.toString())); // "-": nothing is left
  }
}
