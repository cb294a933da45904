package io.ecotrack.extract.relation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ecotrack.extract.relation.RelationTriggers.Trigger;
import io.ecotrack.model.Entity;
import io.ecotrack.model.EntityType;
import io.ecotrack.model.Mention;
import io.ecotrack.model.Relation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Each trigger of the relation trigger files, row by row from {@code ja-relation-triggers.cases} and {@code en-…}. */
class RelationTriggersTest {
  private static final Map<String, List<Trigger>> TRIGGERS = Map.of("ja", RelationTriggers.load("ja"), "en", RelationTriggers.load("en"));
  private static final Pattern RELATION = Pattern.compile("(.+?) (" + java.util.Arrays.stream(io.ecotrack.model.Predicate.values())
      .map(Enum::name).collect(Collectors.joining("|")) + ") (.+)");
  private static final Pattern MARK = Pattern.compile("\\[(ORG|PER|LOC|FAC) ([^\\]]+)]");

  @ParameterizedTest(name = "{0}: {1}")
  @CsvFileSource(resources = "ja-relation-triggers.cases", delimiter = '|', quoteCharacter = '\u0000')
  void japaneseTriggerFindsWhatItIsFor(String trigger, String sentence, String expected) {
    check("ja", trigger, sentence, expected);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvFileSource(resources = "en-relation-triggers.cases", delimiter = '|', quoteCharacter = '\u0000')
  void englishTriggerFindsWhatItIsFor(String trigger, String sentence, String expected) {
    check("en", trigger, sentence, expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ja", "en"})
  void everyTriggerHasACaseRow(String language) throws IOException {
    Set<String> rows;
    try (InputStream in = getClass().getResourceAsStream(language + "-relation-triggers.cases")) {
      rows = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.substring(0, l.indexOf('|')).strip())
          .collect(Collectors.toSet());
    }
    for (Trigger t : TRIGGERS.get(language)) {
      assertTrue(rows.contains(t.name()), "no case row for trigger " + t.name());
    }
  }

  @Test
  void aBadTriggerFileFailsWithItsLine() {
    String header = "@AND\t、";
    assertThrows(IllegalArgumentException.class, () -> RelationTriggers.parse("t", List.of(header,
        "a\tOWNS\tPERSON\tORGANIZATION\t0.8\t{S}の{O}"), false), "unknown predicate");
    assertThrows(IllegalArgumentException.class, () -> RelationTriggers.parse("t", List.of(
        "a\tFUNDS\tROBOT\tORGANIZATION\t0.8\t{S}の{O}"), false), "unknown type");
    assertThrows(IllegalArgumentException.class, () -> RelationTriggers.parse("t", List.of(
        "a\tFUNDS\tORGANIZATION\tORGANIZATION\t0.8\t{S}の{NOPE}{O}"), false), "unknown macro");
    assertThrows(IllegalArgumentException.class, () -> RelationTriggers.parse("t", List.of(
        "a\tFUNDS\tORGANIZATION\tORGANIZATION\t0.8\t{S}の会社"), false), "no object");
    IllegalArgumentException twice = assertThrows(IllegalArgumentException.class, () -> RelationTriggers.parse("t", List.of(
        "a\tFUNDS\tORGANIZATION\tORGANIZATION\t0.8\t{S}の{O}", "a\tFUNDS\tORGANIZATION\tORGANIZATION\t0.8\t{O}の{S}"), false));
    assertTrue(twice.getMessage().startsWith("t:2: "), twice.getMessage());
  }

  private static void check(String language, String name, String row, String expected) {
    String sentence = row.replace("\\n", "\n"); // a case row writes a line break as \n
    Trigger trigger = TRIGGERS.get(language).stream().filter(t -> t.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no trigger named " + name));
    StringBuilder text = new StringBuilder();
    Map<String, Entity> byName = new LinkedHashMap<>();
    Map<String, List<Mention>> mentions = new LinkedHashMap<>();
    Map<String, EntityType> types = new LinkedHashMap<>();
    Matcher m = MARK.matcher(sentence);
    int at = 0;
    while (m.find()) {
      text.append(sentence, at, m.start());
      String written = m.group(2);
      mentions.computeIfAbsent(written, k -> new ArrayList<>()).add(new Mention(written, text.length(), text.length() + written.length()));
      types.put(written, switch (m.group(1)) {
        case "ORG" -> EntityType.ORGANIZATION;
        case "PER" -> EntityType.PERSON;
        case "LOC" -> EntityType.LOCATION;
        default -> EntityType.FACILITY;
      });
      text.append(written);
      at = m.end();
    }
    text.append(sentence.substring(at));
    mentions.forEach((written, ms) -> byName.put(written,
        new Entity("e:" + written, written, types.get(written), null, List.of(written), ms, 0.9)));
    List<Trigger> only = List.of(trigger);
    List<Relation> found = new TriggerRelationExtractor(only, only).extract(text.toString(), language, List.copyOf(byName.values()));
    String got = found.stream().map(r -> r.subject() + " " + r.predicate() + " " + r.object()).collect(Collectors.joining("; "));
    for (String item : expected.split(";")) {
      String e = item.strip();
      boolean negative = e.startsWith("!");
      Matcher parts = RELATION.matcher(negative ? e.substring(1) : e);
      assertTrue(parts.matches(), "not 'subject PREDICATE object': " + e);
      String subject = "e:" + parts.group(1);
      String predicate = parts.group(2);
      String object = "e:" + parts.group(3);
      boolean present = found.stream().anyMatch(r -> r.predicate().name().equals(predicate)
          && (r.subject().equals(subject) && r.object().equals(object)
              || r.predicate().symmetric() && r.subject().equals(object) && r.object().equals(subject)));
      if (negative) {
        assertFalse(present, "found " + e.substring(1) + " in \"" + text + "\": " + got);
      } else {
        assertTrue(present, "no " + e + " in \"" + text + "\": " + got);
      }
    }
  }
}
