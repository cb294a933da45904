package io.ecotrack.extract.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One row of a {@code .cases} file: a text, the spans a tagger must and must not find in it, and the pass that must
 * produce the first one (null: any pass). Expected spans are {@code TYPE:name} joined by {@code ;}; {@code !TYPE:name} says no span of
 * that type may be that name, {@code !*:name} that no span may be.
 */
final class PassCases {
  private PassCases() {}

  static void check(EntityTagger tagger, String text, String expected, String pass) {
    List<EntitySpan> spans = tagger.tag(text);
    String found = spans.stream().map(s -> s.type() + ":" + s.text() + " (" + s.pass() + ")").collect(Collectors.joining("; "));
    boolean first = true;
    for (String item : expected.split(";")) {
      String e = item.strip();
      boolean negative = e.startsWith("!");
      String body = negative ? e.substring(1) : e;
      int colon = body.indexOf(':');
      String type = body.substring(0, colon);
      String name = body.substring(colon + 1);
      List<EntitySpan> same = spans.stream()
          .filter(s -> s.text().equals(name) && (type.equals("*") || s.type().name().equals(type))).toList();
      if (negative) {
        assertTrue(same.isEmpty(), "found " + e.substring(1) + " in \"" + text + "\": " + found);
      } else {
        assertTrue(!same.isEmpty(), "no " + e + " in \"" + text + "\": " + found);
        if (first && pass != null) {
          assertNotNull(same.get(0).pass(), "no pass named " + e + ": " + found);
          assertEquals(pass, same.get(0).pass(), "the pass that found " + e + " in \"" + text + "\"");
        }
      }
      first = false;
    }
  }
}
