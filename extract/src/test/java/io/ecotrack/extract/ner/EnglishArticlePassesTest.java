package io.ecotrack.extract.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * The English passes after the learned model over a whole article, with the shipped model's features, row by row from
 * {@code en-article-passes.cases}: the spans a model might give in, the spans the passes leave out.
 */
class EnglishArticlePassesTest {
  private static final SpanPass PASSES =
      EnglishEntityTagger.documentPasses(LearnedEntityTagger.shippedFeatures("ner-en.bin"), Gazetteer.places());

  @ParameterizedTest(name = "{3}: {0}")
  @CsvFileSource(resources = "en-article-passes.cases", delimiter = '|', quoteCharacter = '\u0000')
  void passesMendTheModelsSpans(String text, String in, String expected, String pass) {
    List<EntitySpan> spans = new ArrayList<>();
    if (!in.equals("-")) {
      for (String s : in.split(";")) {
        spans.add(PassCases.modelSpan(text, s.strip()));
      }
    }
    List<EntitySpan> out = PASSES.apply(text, spans);
    String got = out.stream().map(s -> PassCases.written(text, s)).collect(Collectors.joining(";"));
    assertEquals(expected, got.isEmpty() ? "-" : got);
    if (pass.equals("-")) {
      out.forEach(s -> assertEquals("model:ner-en", s.pass(), s.toString()));
    } else {
      assertTrue(out.stream().anyMatch(s -> s.pass().equals(pass)), out.toString());
    }
  }


}
