package io.ecotrack.extract.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ecotrack.model.EntityType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** The rules' passes over the learned model's spans, row by row from {@code model-rule-passes.cases}. */
class ModelRulePassesTest {
  @ParameterizedTest(name = "{0}")
  @CsvFileSource(resources = "model-rule-passes.cases", delimiter = '|', quoteCharacter = '\u0000')
  void theRulesCorrectTheModelWhereTheyKnowBetter(String text, String model, String rules, String expected, String pass) {
    List<EntitySpan> modelSpans = spans(text, model, "model");
    LearnedEntityTagger.NoType noType = LearnedEntityTagger.NoType.none(); // written X:name
    modelSpans.removeIf(s -> {
      boolean x = s.pass().equals("model:X");
      if (x) {
        noType.add(text, s.start(), s.end());
      }
      return x;
    });
    List<EntitySpan> out = LearnedEntityTagger.withRulePasses(modelSpans, noType, spans(text, rules, null),
        new NerFeatures(java.util.Set.of("division", "total", "economist", "clinic")));
    assertEquals(expected.strip(), out.isEmpty() ? "-" : String.join(";", out.stream().map(s -> s.type() + ":" + s.text()).toList()),
        text);
    List<String> passes = out.stream().map(EntitySpan::pass).filter(p -> p != null && !p.equals("model")).toList();
    assertEquals(pass.strip(), passes.isEmpty() ? "-" : passes.get(0).replaceFirst("/.*", ""), text);
  }

  private static List<EntitySpan> spans(String text, String list, String pass) {
    List<EntitySpan> spans = new ArrayList<>();
    if (list.strip().equals("-")) {
      return spans;
    }
    for (String one : list.strip().split(";")) {
      String[] typeName = one.split(":", 2);
      String name = typeName[1];
      String place = null;
      if (name.contains("@")) {
        place = name.substring(name.indexOf('@') + 1);
        name = name.substring(0, name.indexOf('@'));
      }
      int at = text.indexOf(name);
      if (typeName[0].equals("X")) { // a name of no ecotrack type, kept apart by the caller
        spans.add(new EntitySpan(at, at + name.length(), name, EntityType.ORGANIZATION, null, null, 0.8, "model:X"));
        continue;
      }
      spans.add(new EntitySpan(at, at + name.length(), name, EntityType.valueOf(typeName[0]), null, place, 0.8, pass));
      if (text.indexOf(name, at + 1) >= 0 && pass == null) { // a name the rules find twice
        int again = text.indexOf(name, at + 1);
        spans.add(new EntitySpan(again, again + name.length(), name, EntityType.valueOf(typeName[0]), null, place, 0.8, pass));
      }
    }
    spans.sort(Comparator.comparingInt(EntitySpan::start));
    return spans;
  }
}
