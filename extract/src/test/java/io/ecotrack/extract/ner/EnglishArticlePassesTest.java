package io.ecotrack.extract.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ecotrack.model.EntityType;
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
        spans.add(span(text, s.strip()));
      }
    }
    List<EntitySpan> out = PASSES.apply(text, spans);
    String got = out.stream().map(s -> s.type() + ":" + s.text() + "#" + occurrence(text, s)).collect(Collectors.joining(";"));
    assertEquals(expected, got.isEmpty() ? "-" : got);
    if (pass.equals("-")) {
      out.forEach(s -> assertEquals("model:ner-en", s.pass(), s.toString()));
    } else {
      assertTrue(out.stream().anyMatch(s -> s.pass().equals(pass)), out.toString());
    }
  }

  private static EntitySpan span(String text, String item) {
    String type = item.substring(0, item.indexOf(':'));
    String name = item.substring(item.indexOf(':') + 1, item.lastIndexOf('#'));
    int k = Integer.parseInt(item.substring(item.lastIndexOf('#') + 1));
    int at = -1;
    for (int i = 0; i <= k; i++) {
      at = text.indexOf(name, at + 1);
    }
    return new EntitySpan(at, at + name.length(), name, EntityType.valueOf(type), null, null, 0.8, "model:ner-en");
  }

  private static int occurrence(String text, EntitySpan s) {
    int k = 0;
    for (int at = text.indexOf(s.text()); at >= 0 && at < s.start(); at = text.indexOf(s.text(), at + 1)) {
      k++;
    }
    return k;
  }
}
