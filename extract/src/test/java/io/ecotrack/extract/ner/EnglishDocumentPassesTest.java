package io.ecotrack.extract.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ecotrack.model.EntityType;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** The passes {@link EnglishEntityTagger#DOCUMENT_PASSES} runs after the model, row by row from {@code en-document-passes.cases}. */
class EnglishDocumentPassesTest {
  @ParameterizedTest(name = "{3}: {0}")
  @CsvFileSource(resources = "en-document-passes.cases", delimiter = '|', quoteCharacter = '\u0000')
  void passMendsTheSpanItIsFor(String text, String in, String expected, String pass) {
    String name = in.substring(in.indexOf(':') + 1);
    int start = text.indexOf(name);
    EntitySpan span = new EntitySpan(start, start + name.length(), name, EntityType.valueOf(in.substring(0, in.indexOf(':'))),
        null, null, 0.8, "model:ner-en");
    List<EntitySpan> out = EnglishEntityTagger.DOCUMENT_PASSES.apply(text, List.of(span));
    assertEquals(1, out.size(), out.toString());
    assertEquals(expected, out.get(0).type() + ":" + out.get(0).text());
    assertEquals(pass.equals("-") ? "model:ner-en" : pass, out.get(0).pass());
  }
}
