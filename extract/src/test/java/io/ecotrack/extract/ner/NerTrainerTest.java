package io.ecotrack.extract.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.junit.jupiter.api.Test;

/** The trainer learns from a tiny fixture of made-up sentences, and does so the same way every time. */
class NerTrainerTest {
  static final EntityTagger NO_RULES = text -> List.of();
  static final String[] COMPANIES = {"Zorblat", "Quuxwell", "Frindle", "Vantorq", "Brelmic", "Oskova", "Tamrix", "Welgor"};
  static final String[] PEOPLE = {"Anna Kerrow", "Boris Tull", "Celia Marn", "Dev Osei", "Elin Vask", "Femi Adu", "Gus Holt",
      "Hana Ruiz"};

  /** "X Corp hired Y as chief engineer ." with X an organization and Y a person. */
  static NerTrainer.Example hiring(String company, String person) {
    String text = company + " Corp hired " + person + " as chief engineer .";
    int c = company.length() + " Corp".length();
    int p = text.indexOf(person);
    return new NerTrainer.Example(text, List.of(new NerTrainer.GoldName(0, c, "ORGANIZATION"),
        new NerTrainer.GoldName(p, p + person.length(), "PERSON")));
  }

  static List<NerTrainer.Example> fixture() {
    List<NerTrainer.Example> examples = new ArrayList<>();
    for (int i = 0; i < COMPANIES.length; i++) {
      for (int j = 0; j < PEOPLE.length; j += 3) {
        examples.add(hiring(COMPANIES[i], PEOPLE[(i + j) % PEOPLE.length]));
      }
    }
    return examples;
  }

  @Test
  void learnsToNameAnOrganizationAndAPersonItHasNeverSeen() {
    TokenNameFinderModel model = new NerTrainer(new EnglishTokenizer(), NO_RULES).train("en", fixture(), 50, 0);
    LearnedEntityTagger tagger = new LearnedEntityTagger(model, new EnglishTokenizer(), NO_RULES, Gazetteer.places());

    List<EntitySpan> spans = tagger.tag("Plonkett Corp hired Ivo Sarn as chief engineer .");

    assertEquals(List.of("Plonkett Corp/ORGANIZATION", "Ivo Sarn/PERSON"),
        spans.stream().map(s -> s.text() + "/" + s.type()).toList());
  }

  @Test
  void theSameDataGivesTheSameModel() throws Exception {
    byte[] first = bytes(new NerTrainer(new EnglishTokenizer(), NO_RULES).train("en", fixture(), 20, 0));
    byte[] second = bytes(new NerTrainer(new EnglishTokenizer(), NO_RULES).train("en", fixture(), 20, 0));
    TokenNameFinderModel a = new TokenNameFinderModel(new ByteArrayInputStream(first));
    TokenNameFinderModel b = new TokenNameFinderModel(new ByteArrayInputStream(second));
    LearnedEntityTagger ta = new LearnedEntityTagger(a, new EnglishTokenizer(), NO_RULES, Gazetteer.places());
    LearnedEntityTagger tb = new LearnedEntityTagger(b, new EnglishTokenizer(), NO_RULES, Gazetteer.places());
    String probe = "Welgor Corp hired Dev Osei as chief engineer , and Tamrix Corp hired Hana Ruiz .";
    assertEquals(ta.tag(probe), tb.tag(probe));
  }

  @Test
  void aNameWhoseEdgeFallsInsideATokenIsCountedAsLost() {
    NerTrainer trainer = new NerTrainer(new EnglishTokenizer(), NO_RULES);
    // "Zorb" ends inside the token "Zorblat"
    trainer.samples(List.of(new NerTrainer.Example("Zorblat Corp hired Anna Kerrow .",
        List.of(new NerTrainer.GoldName(0, 4, "ORGANIZATION")))));
    assertEquals(new NerTrainer.Report(1, 0, 1), trainer.report());
  }

  private static byte[] bytes(TokenNameFinderModel model) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    model.serialize(out);
    return out.toByteArray();
  }
}
