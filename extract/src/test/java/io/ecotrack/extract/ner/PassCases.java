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

  /**
   * The span a model might give for {@code item}, written {@code TYPE:name#k}: the k-th time (from 0) {@code text}
   * writes the name.
   */
  static EntitySpan modelSpan(String text, String item) {
    String type = item.substring(0, item.indexOf(':'));
    String name = item.substring(item.indexOf(':') + 1, item.lastIndexOf('#'));
    int k = Integer.parseInt(item.substring(item.lastIndexOf('#') + 1));
    int at = -1;
    for (int i = 0; i <= k; i++) {
      at = text.indexOf(name, at + 1);
    }
    return new EntitySpan(at, at + name.length(), name, io.ecotrack.model.EntityType.valueOf(type), null, null, 0.8,
        "model:ner-en");
  }

  /** {@code s} written {@code TYPE:name#k}, as {@link #modelSpan} reads it. */
  static String written(String text, EntitySpan s) {
    int k = 0;
    for (int at = text.indexOf(s.text()); at >= 0 && at < s.start(); at = text.indexOf(s.text(), at + 1)) {
      k++;
    }
    return s.type() + ":" + s.text() + "#" + k;
  }
}
