package io.ecotrack.extract.resolve;

import io.ecotrack.extract.ner.Acronyms;
import io.ecotrack.extract.ner.EnglishGloss;
import io.ecotrack.extract.ner.EntitySpan;
import io.ecotrack.extract.ner.Gazetteer;
import io.ecotrack.extract.ner.JapaneseEntityTagger;
import io.ecotrack.extract.ner.Nfkc;
import io.ecotrack.model.Entity;
import io.ecotrack.model.EntityType;
import io.ecotrack.model.Mention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the names found in one article into canonical entities: one id per real-world entity, the same in
 * every article and language. Ids come from the place gazetteer, from the {@link AliasTable}, or from the
 * normalized name (NFKC, width, case). A parenthetical gloss (メイヨー・クリニック(Mayo Clinic)) joins both
 * names under the English one and teaches the alias table; in-document references (同社, 同大学, 同州) become
 * mentions of the entity of that kind named last.
 */
public final class EntityResolver {
  private static final Pattern SAME_AS = Pattern.compile("同(社|大学|大|クリニック|病院|州|県|市|国|財団|協会|機構|研究所|センター|グループ|氏)");

  private final AliasTable aliases;

  public EntityResolver(AliasTable aliases) {
    this.aliases = aliases;
  }

  /** A span resolved: its canonical id, plus the gloss name when the text gave one. */
  public record Resolved(EntitySpan span, String id, String gloss) {}

  public List<Entity> resolve(String text, List<EntitySpan> tagged) {
    // a reference such as 同クリニック wins over a name the tagger found inside it (クリニック)
    List<EntitySpan> spans = new ArrayList<>();
    List<int[]> refs = new ArrayList<>();
    boolean mayRefer = text.indexOf('同') >= 0;
    Matcher r = SAME_AS.matcher(mayRefer ? text : "");
    while (r.find()) {
      refs.add(new int[] {r.start(), r.end()});
    }
    for (EntitySpan s : tagged) {
      if (refs.stream().noneMatch(x -> s.start() < x[1] && x[0] < s.end())) {
        spans.add(s);
      }
    }
    List<Resolved> resolved = new ArrayList<>();
    Map<String, String> personBySurname = new java.util.HashMap<>();
    for (EntitySpan span : spans) {
      String gloss = null;
      Matcher g = EnglishGloss.at(text, span.end());
      if (g != null && !isLatin(span.text())) {
        gloss = g.group(1).trim();
      }
      String id = idOf(span, gloss);
      if (span.type() == EntityType.PERSON && isLatin(span.text())) {
        String[] parts = span.text().split(" ");
        if (parts.length >= 2) {
          personBySurname.putIfAbsent(parts[parts.length - 1], id);
        } else if (personBySurname.containsKey(span.text())) {
          id = personBySurname.get(span.text()); // "Martha" after "Geoff Martha" is the same person
        }
      }
      resolved.add(new Resolved(span, id, gloss));
    }
    // 同社 → the company named last before it
    Matcher m = SAME_AS.matcher(mayRefer ? text : "");
    List<Resolved> references = new ArrayList<>();
    while (m.find()) {
      Resolved antecedent = antecedent(resolved, m.start(), m.group(1));
      if (antecedent != null && !covered(spans, m.start(), m.end())) {
        references.add(new Resolved(new EntitySpan(m.start(), m.end(), m.group(), antecedent.span().type(),
            antecedent.span().subtype(), antecedent.span().placeId(), antecedent.span().confidence()), antecedent.id(), null));
      }
    }
    resolved.addAll(references);
    return group(withAcronymsResolved(resolved));
  }

  /**
   * An organization written as the acronym of another named in the same text is that organization: UW–Madison after
   * University of Wisconsin–Madison, MIT after Massachusetts Institute of Technology. The acronym's letters are the
   * initials of the other's words, small words left out, and what follows a dash must end both names.
   */
  private static List<Resolved> withAcronymsResolved(List<Resolved> resolved) {
    List<Resolved> out = null;
    for (int k = 0; k < resolved.size(); k++) {
      Resolved r = resolved.get(k);
      if (r.span().type() != EntityType.ORGANIZATION || !Acronyms.isAcronym(r.span().text())) {
        continue;
      }
      for (Resolved o : resolved) {
        if (o.span().type() == EntityType.ORGANIZATION && !o.id().equals(r.id()) && Acronyms.spells(r.span().text(), o.span().text())) {
          if (out == null) {
            out = new ArrayList<>(resolved);
          }
          out.set(k, new Resolved(r.span(), o.id(), r.gloss()));
          break;
        }
      }
    }
    return out == null ? resolved : out;
  }

  private String idOf(EntitySpan span, String gloss) {
    Matcher abbreviation = JapaneseEntityTagger.ABBREVIATED_PLACE.matcher(span.text());
    if (abbreviation.matches()) {
      // ウィスコンシン(WI)州 defines WI州 as another name of ウィスコンシン州
      String id = span.placeId() != null ? span.placeId()
          : aliases.idFor(abbreviation.group(1) + abbreviation.group(3))
              .orElse(span.type().idPrefix() + ":" + slug(abbreviation.group(1) + abbreviation.group(3)));
      aliases.learn(abbreviation.group(1) + abbreviation.group(3), id);
      aliases.learn(abbreviation.group(2) + abbreviation.group(3), id);
      return id;
    }
    if (span.placeId() != null) {
      return span.placeId();
    }
    String known = aliases.idFor(span.text()).orElse(null);
    if (known != null) {
      return known;
    }
    if (gloss != null) {
      String id = aliases.idFor(gloss).orElse(span.type().idPrefix() + ":" + slug(gloss));
      aliases.learn(span.text(), id);
      aliases.learn(gloss, id);
      return id;
    }
    return soundsLike(span);
  }

  /** Where a katakana or Latin name's sound key is learned: a name meets only names of the other script. */
  private static final String KANA_KEY = "\u2248kana:";
  private static final String LATIN_KEY = "\u2248latin:";

  /**
   * The id of an organization or person: the id of a name in the other script that sounds like it, learned from an
   * earlier article (ジェネレーター and Generator), or else its own; its sound key is learned either way, so a later
   * article in the other script finds it.
   */
  private String soundsLike(EntitySpan span) {
    String own = span.type().idPrefix() + ":" + slug(span.text());
    if (span.type() != EntityType.ORGANIZATION && span.type() != EntityType.PERSON) {
      return own;
    }
    Optional<String> key = CrossScriptNames.key(span.text(), span.type().idPrefix());
    if (key.isEmpty()) {
      return own;
    }
    boolean kana = !isLatin(span.text());
    String mine = kana ? KANA_KEY : LATIN_KEY;
    String theirs = kana ? LATIN_KEY : KANA_KEY;
    Optional<String> loose = CrossScriptNames.looseKey(key.get());
    String id = aliases.idFor(theirs + key.get())
        .or(() -> loose.flatMap(k -> aliases.idFor(theirs + k)))
        .filter(found -> found.startsWith(span.type().idPrefix() + ":"))
        .orElse(null);
    if (id != null) {
      aliases.learn(span.text(), id);
    } else {
      id = own;
    }
    aliases.learn(mine + key.get(), id);
    String learned = id;
    loose.ifPresent(k -> aliases.learn(mine + k, learned));
    return id;
  }

  private static Resolved antecedent(List<Resolved> resolved, int before, String kind) {
    Resolved best = null;
    boolean bestNamed = false;
    for (Resolved r : resolved) {
      if (r.span().end() > before) {
        continue;
      }
      EntitySpan s = r.span();
      boolean fits = switch (kind) {
        case "社", "グループ" -> s.type() == EntityType.ORGANIZATION && !"UNIVERSITY".equals(s.subtype()) && !"HOSPITAL".equals(s.subtype());
        case "大学", "大" -> "UNIVERSITY".equals(s.subtype());
        case "クリニック", "病院" -> "HOSPITAL".equals(s.subtype());
        case "州", "県", "市", "国" -> s.type() == EntityType.LOCATION && s.text().endsWith(kind) || s.type() == EntityType.LOCATION
            && switch (kind) {
              case "州" -> "STATE".equals(s.subtype());
              case "国" -> "COUNTRY".equals(s.subtype());
              case "県" -> "PREFECTURE".equals(s.subtype());
              default -> "CITY".equals(s.subtype());
            };
        case "氏" -> s.type() == EntityType.PERSON;
        default -> s.type() == EntityType.ORGANIZATION && s.text().endsWith(kind);
      };
      // a name written with the very word (同クリニック → メイヨー・クリニック) beats one that only has its kind (総合病院)
      boolean named = s.text().endsWith(kind);
      if (fits && (best == null || named && !bestNamed || named == bestNamed && s.end() > best.span().end())) {
        best = r;
        bestNamed = named;
      }
    }
    return best;
  }

  private static boolean covered(List<EntitySpan> spans, int start, int end) {
    for (EntitySpan s : spans) {
      if (s.start() < end && start < s.end()) {
        return true;
      }
    }
    return false;
  }

  private static List<Entity> group(List<Resolved> resolved) {
    Map<String, List<Resolved>> byId = new LinkedHashMap<>();
    resolved.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
    for (Resolved r : resolved) {
      byId.computeIfAbsent(r.id(), k -> new ArrayList<>()).add(r);
    }
    List<Entity> entities = new ArrayList<>();
    for (Map.Entry<String, List<Resolved>> e : byId.entrySet()) {
      Set<String> names = new LinkedHashSet<>();
      String gloss = null;
      String subtype = null;
      double confidence = 0;
      List<Mention> mentions = new ArrayList<>();
      for (Resolved r : e.getValue()) {
        if (!SAME_AS.matcher(r.span().text()).matches()) { // 同社 is no name of its own, but 同志社大学 is
          names.add(r.span().text());
        }
        if (r.gloss() != null) {
          gloss = r.gloss();
          names.add(gloss);
        }
        subtype = subtype == null ? r.span().subtype() : subtype;
        confidence = Math.max(confidence, r.span().confidence());
        mentions.add(new Mention(r.span().text(), r.span().start(), r.span().end()));
      }
      if (names.isEmpty()) {
        continue;
      }
      // a known place goes by its gazetteer name (Minneapolis, not ミネアポリス), so every language shows one name
      String name = Gazetteer.places().byId(e.getKey()).map(Gazetteer.Place::name)
          .orElse(gloss != null ? gloss : names.stream().filter(EntityResolver::isLatin)
              .min(Comparator.comparing(Acronyms::isAcronym)) // a name written out, before its acronym
              .orElse(names.iterator().next()));
      EntityType type = e.getValue().get(0).span().type();
      entities.add(new Entity(e.getKey(), name, type, subtype, List.copyOf(names), mentions,
          Math.min(1.0, confidence + 0.05 * (mentions.size() - 1))));
    }
    return entities;
  }

  /** NFKC (full-width to half-width), lower case, one space: the key under which names are compared. */
  public static String normalize(String name) {
    String n = Nfkc.of(name).toLowerCase(Locale.ROOT).trim();
    // one space for each run of spaces; middle dots do not count (they do not end a run of spaces)
    StringBuilder b = new StringBuilder(n.length());
    boolean space = false;
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      boolean isSpace = c == ' ' || c == '\u3000' || (c >= '\t' && c <= '\r');
      if (isSpace && !space) {
        b.append(' ');
      } else if (!isSpace && c != '・' && c != '･' && c != '·') {
        b.append(c);
      }
      space = isSpace;
    }
    for (String prefix : IGNORED_PREFIXES) {
      if (b.length() > prefix.length() && b.substring(0, prefix.length()).equals(prefix)) {
        return b.substring(prefix.length());
      }
    }
    // a country's initial before a foreign name (米メドトロニック, 独SAP) is no part of it; before kanji it
    // is the name's own first character (仏教大学, 米子市, 英語)
    if (b.length() > 1 && COUNTRY_INITIALS.indexOf(b.charAt(0)) >= 0 && foreignNameStart(b.charAt(1))) {
      return b.substring(1);
    }
    return b.toString();
  }

  private static final List<String> IGNORED_PREFIXES = List.of("the ", "中国の", "米国の");
  private static final String COUNTRY_INITIALS = "米独英仏";

  private static boolean foreignNameStart(char c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.KATAKANA || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  }
  private static final Pattern COMPANY_FORM = Pattern.compile("[,.]? (inc|corp|co|ltd|llc|plc)\\.?$");

  /** The id part after the type prefix: lower-case Latin words joined by '-', other scripts kept as they are. */
  public static String slug(String name) {
    String n = normalize(name);
    if (n.indexOf(' ') >= 0) {
      n = COMPANY_FORM.matcher(n).replaceAll("");
    }
    if (n.indexOf('株') >= 0) {
      n = n.replace("株式会社", "").replace("(株)", "").replace("（株）", "");
    }
    // letters and digits kept, each run of anything else one '-', none at either end
    StringBuilder s = new StringBuilder(n.length());
    boolean dash = false;
    for (int i = 0; i < n.length(); ) {
      int c = n.codePointAt(i);
      i += Character.charCount(c);
      if (letterOrNumber(c)) {
        if (dash && !s.isEmpty()) {
          s.append('-');
        }
        s.appendCodePoint(c);
        dash = false;
      } else {
        dash = true;
      }
    }
    return s.isEmpty() ? "unnamed" : s.toString();
  }

  private static boolean letterOrNumber(int c) {
    if (Character.isLetter(c)) {
      return true;
    }
    int type = Character.getType(c);
    return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
  }

  static boolean isLatin(String s) {
    return s.chars().filter(Character::isLetter).allMatch(c -> c < 0x0250);
  }
}
