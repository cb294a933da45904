package io.ecotrack.extract.ner;

import io.ecotrack.model.EntityType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The pass {@code one-type-per-name}: a name written several times in one article names one thing, so its mentions
 * take one type, the one most of them have (a tie goes to the type a rule pass gave, which read the words around it,
 * over the model's). A tagger that reads one sentence at a time types "DaimlerChrysler" a company where its chairman
 * is named and a person elsewhere, and "S&N" a place once among companies; one article's entity should not split
 * into two. A place of the gazetteer keeps its type; an organization's longer name votes for the
 * word it starts with ("Honeywell Inc" for "Honeywell"), and decides it when it ends in a legal form ("Husky Oil Ltd"
 * makes every "Husky" of the article the company).
 */
final class OneTypePerName implements SpanPass {
  static final String PASS = "one-type-per-name";

  @Override
  public List<EntitySpan> apply(String text, List<EntitySpan> spans) {
    Map<String, Map<EntityType, Integer>> votes = new HashMap<>();
    Map<String, EntityType> byRule = new HashMap<>();
    java.util.Set<String> definedBy = new java.util.HashSet<>();
    for (EntitySpan s : spans) {
      votes.computeIfAbsent(s.text(), k -> new EnumMap<>(EntityType.class)).merge(s.type(), 1, Integer::sum);
      if (s.pass() != null && !s.pass().startsWith("model")) {
        byRule.putIfAbsent(s.text(), s.type());
      }
    }
    for (EntitySpan s : spans) {
      int space = s.text().indexOf(' ');
      if (s.type() == EntityType.ORGANIZATION && space > 0 && votes.containsKey(s.text().substring(0, space))) {
        String head = s.text().substring(0, space);
        votes.get(head).merge(EntityType.ORGANIZATION, 1, Integer::sum);
        if (legalForm(s.text())) {
          byRule.put(head, EntityType.ORGANIZATION); // "Husky Oil Ltd" defines what "Husky" is in this article
          definedBy.add(head);
        }
      }
    }
    List<EntitySpan> out = null;
    for (int k = 0; k < spans.size(); k++) {
      EntitySpan s = spans.get(k);
      Map<EntityType, Integer> v = votes.get(s.text());
      if (v.size() < 2 || s.placeId() != null) {
        continue;
      }
      EntityType best = definedBy.contains(s.text()) ? EntityType.ORGANIZATION : winner(v, byRule.get(s.text()));
      if (best != null && best != s.type()) {
        if (out == null) {
          out = new ArrayList<>(spans);
        }
        out.set(k, new EntitySpan(s.start(), s.end(), s.text(), best, null, null, s.confidence(), PASS));
      }
    }
    return out == null ? spans : out;
  }

  private static final java.util.regex.Pattern LEGAL_FORM =
      java.util.regex.Pattern.compile(" (?:" + EnglishNameShapes.CLOSING_FORMS + ")\\.?$");

  /** Whether an organization's name ends in a legal form (Husky Oil Ltd, Siemens AG): it names a company. */
  private static boolean legalForm(String name) {
    return LEGAL_FORM.matcher(name).find();
  }

  /** The type with the most votes; on a tie the one a rule gave, else none. */
  private static EntityType winner(Map<EntityType, Integer> votes, EntityType ruled) {
    int top = votes.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    List<EntityType> tops = votes.entrySet().stream().filter(e -> e.getValue() == top).map(Map.Entry::getKey).toList();
    if (tops.size() == 1) {
      return tops.get(0);
    }
    return ruled != null && tops.contains(ruled) ? ruled : null;
  }
}
