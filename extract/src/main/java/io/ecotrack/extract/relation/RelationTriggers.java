package io.ecotrack.extract.relation;

import io.ecotrack.model.EntityType;
import io.ecotrack.model.Predicate;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The relation triggers of one language, loaded from {@code <lang>-relation-triggers.tsv}. A row names a trigger,
 * its predicate, the entity types its subject and object may have, its confidence and its pattern, a regex over
 * the sentence's {@link SentenceSkeleton}: {@code {S}} and {@code {O}} stand for the subject's and the object's
 * mention, {@code {S+}} and {@code {O+}} for a list of them (A、B、C / A, B and C: the tie holds for every member),
 * {@code {P+}} for a list whose members are all tied to one another; {@code {ORG}}, {@code {PER}}, {@code {LOC}},
 * {@code {FAC}} and {@code {ENT}} for a mention that takes no part, and {@code {NAME}} for a macro defined in the
 * file by a row {@code @NAME <TAB> regex}. Where {@code {S}} stands relative to {@code {O}} is which side the
 * subject is on. The file is checked at start: an unknown predicate, type or macro, a duplicate name or a pattern
 * without both ends fails with its line.
 */
final class RelationTriggers {
  /** One trigger: named, so a test row and a relation's origin can point at it. */
  record Trigger(String name, Predicate predicate, Set<EntityType> subjectTypes, Set<EntityType> objectTypes,
      double confidence, Pattern pattern, boolean pairs) {}

  private static final Pattern MACRO = Pattern.compile("\\{([A-Z_]+\\+?)}");

  private RelationTriggers() {}

  static List<Trigger> load(String language) {
    String file = language + "-relation-triggers.tsv";
    try (InputStream in = RelationTriggers.class.getResourceAsStream(file)) {
      if (in == null) {
        throw new IllegalStateException("no relation triggers for language " + language + " (" + file + ")");
      }
      return parse(file, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList(),
          "en".equals(language));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  static List<Trigger> parse(String file, List<String> lines, boolean ignoreCase) {
    Map<String, String> macros = new LinkedHashMap<>();
    List<Trigger> out = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (int n = 0; n < lines.size(); n++) {
      String line = lines.get(n);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String where = file + ":" + (n + 1) + ": ";
      String[] cols = line.split("\t");
      if (line.startsWith("@")) {
        if (cols.length != 2) {
          throw new IllegalArgumentException(where + "a macro row is @NAME <TAB> regex");
        }
        macros.put(cols[0].substring(1), expand(cols[1], macros, null, null, where));
        continue;
      }
      if (cols.length != 6) {
        throw new IllegalArgumentException(where + "want 6 columns (name, predicate, subject types, object types, confidence, pattern), got " + cols.length);
      }
      if (!names.add(cols[0])) {
        throw new IllegalArgumentException(where + "trigger " + cols[0] + " is named twice");
      }
      Predicate predicate;
      try {
        predicate = Predicate.valueOf(cols[1]);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(where + "unknown predicate " + cols[1]);
      }
      Set<EntityType> subjectTypes = types(cols[2], where);
      Set<EntityType> objectTypes = types(cols[3], where);
      double confidence = Double.parseDouble(cols[4]);
      if (confidence <= 0 || confidence > 1) {
        throw new IllegalArgumentException(where + "confidence must be in (0, 1]: " + cols[4]);
      }
      String pattern = cols[5];
      boolean pairs = pattern.contains("{P+}");
      if (!pairs && (!(pattern.contains("{S}") || pattern.contains("{S+}")) || !(pattern.contains("{O}") || pattern.contains("{O+}")))) {
        throw new IllegalArgumentException(where + "a pattern names its subject ({S} or {S+}) and object ({O} or {O+}), or a list {P+}");
      }
      String regex = expand(pattern, macros, subjectTypes, objectTypes, where);
      try {
        out.add(new Trigger(cols[0], predicate, subjectTypes, objectTypes, confidence,
            Pattern.compile(regex, ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0), pairs));
      } catch (PatternSyntaxException e) {
        throw new IllegalArgumentException(where + "bad pattern: " + e.getDescription());
      }
    }
    return List.copyOf(out);
  }

  private static Set<EntityType> types(String col, String where) {
    Set<EntityType> out = EnumSet.noneOf(EntityType.class);
    for (String t : col.split(",")) {
      try {
        out.add(EntityType.valueOf(t.strip()));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(where + "unknown entity type " + t);
      }
    }
    return out;
  }

  private static String expand(String pattern, Map<String, String> macros, Set<EntityType> subject, Set<EntityType> object,
      String where) {
    Matcher m = MACRO.matcher(pattern);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String name = m.group(1);
      String with = switch (name) {
        case "S" -> "(?<s>" + symbols(subject, where) + ")" + ALIAS;
        case "O" -> "(?<o>" + symbols(object, where) + ")" + ALIAS;
        case "S+" -> "(?<s>" + list(symbols(subject, where), macros) + ")";
        case "O+" -> "(?<o>" + list(symbols(object, where), macros) + ")";
        case "P+" -> "(?<p>" + list(symbols(subject, where), macros) + ")";
        case "ORG" -> String.valueOf(SentenceSkeleton.symbol(EntityType.ORGANIZATION));
        case "PER" -> String.valueOf(SentenceSkeleton.symbol(EntityType.PERSON));
        case "LOC" -> String.valueOf(SentenceSkeleton.symbol(EntityType.LOCATION));
        case "FAC" -> String.valueOf(SentenceSkeleton.symbol(EntityType.FACILITY));
        case "ENT" -> "[" + SentenceSkeleton.SYMBOLS + "]";
        case "TEXT" -> "[^" + SentenceSkeleton.SYMBOLS + "]";
        default -> {
          String macro = macros.get(name);
          if (macro == null) {
            throw new IllegalArgumentException(where + "unknown macro {" + name + "}");
          }
          yield "(?:" + macro + ")";
        }
      };
      m.appendReplacement(out, Matcher.quoteReplacement(with));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String symbols(Set<EntityType> types, String where) {
    if (types == null) {
      throw new IllegalArgumentException(where + "a macro cannot hold {S} or {O}");
    }
    StringBuilder out = new StringBuilder("[");
    types.forEach(t -> out.append(SentenceSkeleton.symbol(t)));
    return out.append(']').toString();
  }

  /**
   * What may follow a name without changing what it is: its other name or a note in parentheses, as in
   * "全日本空輸（ANA）は" or "Scottish and Newcastle (S&N) is".
   */
  static final String ALIAS = "(?: ?[（(][^（）()]{1,30}[）)])?";

  /** A list of one or more mentions of {@code symbol}, joined by the file's {@code AND} macro. */
  private static String list(String symbol, Map<String, String> macros) {
    String and = macros.getOrDefault("AND", "、|,|と");
    return symbol + ALIAS + "(?:(?:" + and + ")" + symbol + ALIAS + ")*";
  }
}
