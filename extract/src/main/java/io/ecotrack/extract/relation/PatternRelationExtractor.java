package io.ecotrack.extract.relation;

import io.ecotrack.model.Entity;
import io.ecotrack.model.EntityType;
import io.ecotrack.model.Evidence;
import io.ecotrack.model.Mention;
import io.ecotrack.model.Predicate;
import io.ecotrack.model.Relation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Relations from trigger phrases, in Japanese and English, sentence by sentence. Each rule names a
 * trigger and where its two arguments stand: the nearest entity of the right type to the left or right of
 * the trigger, or the sentence's topic (the entity marked by は/が, or the first one). This finds
 * "Bに本社を置くA", "Aの創設者であるB", "AとBの共同開発", "A, based in B", "founded by", "B, CEO of A" and
 * their kin.
 */
public final class PatternRelationExtractor implements RelationExtractor {
  private static final Pattern EN_SENTENCE_END = Pattern.compile("(?<=[a-z0-9)\"”][.!?])\\s+(?=[A-Z\"“])");

  enum Side { LEFT, RIGHT, TOPIC }

  record Rule(Pattern trigger, List<String> cues, Predicate predicate, Side subjectSide, Set<EntityType> subjectTypes, Side objectSide,
      Set<EntityType> objectTypes, double confidence, String role) {}

  private static final Set<EntityType> ORG = Set.of(EntityType.ORGANIZATION);
  private static final Set<EntityType> ORG_FAC = Set.of(EntityType.ORGANIZATION, EntityType.FACILITY);
  private static final Set<EntityType> LOC = Set.of(EntityType.LOCATION);
  private static final Set<EntityType> PERSON = Set.of(EntityType.PERSON);
  private static final Set<EntityType> ORG_PERSON = Set.of(EntityType.ORGANIZATION, EntityType.PERSON);

  private static final List<Rule> JA = List.of(
      rule("に(?<cue>本社|本部|拠点|本拠|工場|事務所|オフィス|研究所|キャンパス|支社|支店)を(?:置|構え|持|有|設|開)", Predicate.LOCATED_IN, Side.RIGHT, ORG_FAC, Side.LEFT, LOC, 0.8),
      rule("に(?<cue>本社|本部|拠点|本拠)(?:を置く|がある)", Predicate.LOCATED_IN, Side.TOPIC, ORG_FAC, Side.LEFT, LOC, 0.7),
      rule("(?<cue>に位置する|に所在する|に立地する|にある)", Predicate.LOCATED_IN, Side.RIGHT, ORG_FAC, Side.LEFT, LOC, 0.6),
      rule("(?:の|が)(?<cue>創設者|創業者|設立者|創立者)(?:である|で|の)?", Predicate.FOUNDED_BY, Side.LEFT, ORG, Side.RIGHT, PERSON, 0.8),
      rule("によって(?<cue>設立|創設|創業|創立)", Predicate.FOUNDED_BY, Side.TOPIC, ORG, Side.LEFT, PERSON, 0.8),
      rule("が(?<cue>設立|創設|創業|創立)した", Predicate.FOUNDED_BY, Side.RIGHT, ORG, Side.LEFT, PERSON, 0.7),
      rule("の(?:[^、。]{0,12}?)(?<cue>社長|会長|部長|所長|院長|学長|理事長|代表|CEO|ＣＥＯ|最高経営責任者|教授|研究員|副社長|取締役|担当者|ディレクター)", Predicate.WORKS_FOR, Side.RIGHT, PERSON, Side.LEFT, ORG, 0.7),
      rule("(?:と|及び|および)(?:[^、。]{0,20}?)(?<cue>共同開発|共同研究|提携|協業|連携|パートナーシップ|協力|共催|協定)", Predicate.PARTNERS_WITH, Side.LEFT, ORG, Side.LEFT, ORG, 0.7),
      rule("との(?:[^、。]{0,12}?)(?<cue>共同開発|共同研究|提携|協業|連携|パートナーシップ|協力|共催|協定)", Predicate.PARTNERS_WITH, Side.TOPIC, ORG, Side.LEFT, ORG, 0.7),
      rule("から(?:[^、。]{0,20}?)(?<cue>支援|出資|投資|資金|助成|融資)を(?:受け|獲得|調達)", Predicate.FUNDS, Side.LEFT, ORG, Side.TOPIC, ORG, 0.7),
      rule("(?:に|へ)(?:[^、。]{0,12}?)(?<cue>出資|投資|資金提供|助成)", Predicate.FUNDS, Side.TOPIC, ORG, Side.LEFT, ORG, 0.6),
      rule("を(?<cue>買収|吸収合併|傘下に)", Predicate.ACQUIRED, Side.TOPIC, ORG, Side.LEFT, ORG, 0.75),
      rule("(?<cue>の傘下|の子会社|の一部門|の一部|の関連会社|に属する|の附属|の付属)", Predicate.PART_OF, Side.RIGHT, ORG_FAC, Side.LEFT, ORG, 0.7));

  private static final List<Rule> EN = List.of(
      rule(",? (?<cue>based|headquartered|located) in", Predicate.LOCATED_IN, Side.LEFT, ORG_FAC, Side.RIGHT, LOC, 0.8),
      rule("(?<cue>-based)", Predicate.LOCATED_IN, Side.RIGHT, ORG_FAC, Side.LEFT, LOC, 0.75),
      rule(" (?:has|have|opened|opens|built|builds) (?:its |a |an )?(?<cue>headquarters|campus|office|plant|facility|site) in", Predicate.LOCATED_IN, Side.LEFT, ORG_FAC, Side.RIGHT, LOC, 0.7),
      rule(",? (?:which was |was )?(?:co-)?(?<cue>founded) (?:in \\d{4} )?by", Predicate.FOUNDED_BY, Side.LEFT, ORG, Side.RIGHT, PERSON, 0.8),
      rule(" (?:co-)?(?<cue>founded)", Predicate.FOUNDED_BY, Side.RIGHT, ORG, Side.LEFT, PERSON, 0.6),
      rule(",? (?:the )?(?:chief executive|CEO|president|founder|chair(?:man|woman)?|director|professor|chief \\w+ officer|head|vice president)(?: and \\w+)? (?:of|at)", Predicate.WORKS_FOR, Side.LEFT, PERSON, Side.RIGHT, ORG, 0.8),
      rule(" (?<cue>CEO|chief executive|president|chairman|founder|director)", Predicate.WORKS_FOR, Side.RIGHT, PERSON, Side.LEFT, ORG, 0.6),
      rule(" (?<cue>partnered|partners|teamed up|collaborates|collaborated|is collaborating|signed an agreement) with", Predicate.PARTNERS_WITH, Side.LEFT, ORG, Side.RIGHT, ORG, 0.75),
      rule(" (?<cue>partnership|collaboration|alliance|joint venture) (?:with|between)", Predicate.PARTNERS_WITH, Side.TOPIC, ORG, Side.RIGHT, ORG, 0.65),
      rule(" (?<cue>invested|invests|invest) (?:[$€¥£][\\d.,]+\\s*\\w*illion )?in", Predicate.FUNDS, Side.LEFT, ORG_PERSON, Side.RIGHT, ORG, 0.75),
      rule(" (?<cue>funding|investment|grant|support) from", Predicate.FUNDS, Side.RIGHT, ORG, Side.TOPIC, ORG, 0.7),
      rule(" (?<cue>led|funded|backed) by", Predicate.FUNDS, Side.RIGHT, ORG, Side.LEFT, ORG, 0.55),
      rule(" (?:acquired|acquires|bought|buys|to acquire|to buy|completed (?:its|the) acquisition of)", Predicate.ACQUIRED, Side.LEFT, ORG, Side.RIGHT, ORG, 0.75),
      rule(",? (?:a |an )?(?<cue>subsidiary|unit|division|part|member|program|affiliate) of", Predicate.PART_OF, Side.LEFT, ORG_FAC, Side.RIGHT, ORG, 0.75));

  private static Rule rule(String trigger, Predicate p, Side s, Set<EntityType> st, Side o, Set<EntityType> ot, double c) {
    return new Rule(Pattern.compile(trigger), cues(trigger), p, s, st, o, ot, c, null);
  }

  /**
   * The words of a trigger's group named {@code cue}, one of which every match holds: a sentence without
   * any of them is skipped without running the regex (most sentences hold no trigger at all). Null for a
   * trigger without such a group, which is always run.
   */
  static List<String> cues(String trigger) {
    int open = trigger.indexOf("(?<cue>");
    if (open < 0) {
      return null;
    }
    String group = trigger.substring(open + "(?<cue>".length(), trigger.indexOf(')', open));
    if (!group.matches("[^\\\\()\\[\\]{}?*+.^$]+")) {
      throw new IllegalArgumentException("a cue group holds plain words only: " + trigger);
    }
    return List.of(group.split("\\|"));
  }

  /** One entity mention inside a sentence. */
  record Slot(Entity entity, Mention mention) {}

  @Override
  public List<Relation> extract(String text, String language, List<Entity> entities) {
    List<Slot> slots = new ArrayList<>();
    for (Entity e : entities) {
      for (Mention m : e.mentions()) {
        slots.add(new Slot(e, m));
      }
    }
    slots.sort(Comparator.comparingInt(s -> s.mention().start()));
    boolean japanese = "ja".equals(language);
    List<Rule> rules = japanese ? JA : EN;
    Map<String, Relation> found = new LinkedHashMap<>();
    int first = 0; // the first slot not before the sentence (slots and sentences are in text order)
    List<Slot> inside = new ArrayList<>();
    for (int[] sentence : sentences(text, japanese)) {
      while (first < slots.size() && slots.get(first).mention().start() < sentence[0]) {
        first++;
      }
      inside.clear();
      for (int k = first; k < slots.size() && slots.get(k).mention().start() < sentence[1]; k++) {
        if (slots.get(k).mention().end() <= sentence[1]) {
          inside.add(slots.get(k));
        }
      }
      if (inside.size() < 2) {
        continue;
      }
      String s = text.substring(sentence[0], sentence[1]);
      Evidence evidence = evidence(text, sentence);
      if (japanese) {
        adjacency(text, inside, evidence, found);
      }
      for (Rule rule : rules) {
        if (rule.cues() != null && !containsAny(s, rule.cues())) {
          continue;
        }
        Matcher m = rule.trigger().matcher(s);
        while (m.find()) {
          int triggerStart = sentence[0] + m.start();
          int triggerEnd = sentence[0] + m.end();
          Slot subject = pick(inside, rule.subjectSide(), rule.subjectTypes(), triggerStart, triggerEnd, text);
          Slot object = pick(inside, rule.objectSide(), rule.objectTypes(), triggerStart, triggerEnd, text);
          if (rule.predicate() == Predicate.PARTNERS_WITH && rule.subjectSide() == Side.LEFT && rule.objectSide() == Side.LEFT) {
            // "AとBの共同開発": the two nearest organizations on the left
            List<Slot> left = inside.stream().filter(x -> x.mention().end() <= triggerStart + 1
                && rule.subjectTypes().contains(x.entity().type())).toList();
            object = left.isEmpty() ? null : left.get(left.size() - 1);
            Slot objectSlot = object;
            subject = inside.stream().filter(x -> x.mention().end() <= triggerStart + 1 && objectSlot != null
                && x.entity() != objectSlot.entity() && rule.subjectTypes().contains(x.entity().type()))
                .reduce((a, b) -> b).orElse(null);
            if (subject == null) {
              subject = pick(inside, Side.RIGHT, rule.subjectTypes(), triggerStart, triggerEnd, text);
            }
          }
          if (subject == null || object == null || subject.entity().id().equals(object.entity().id())) {
            continue;
          }
          String subjectId = subject.entity().id();
          String objectId = object.entity().id();
          if (rule.predicate().symmetric() && subjectId.compareTo(objectId) > 0) {
            String t = subjectId;
            subjectId = objectId;
            objectId = t;
          }
          String key = key(subjectId, rule.predicate(), objectId);
          double confidence = Math.min(1, rule.confidence() * Math.sqrt(subject.entity().confidence() * object.entity().confidence()) + 0.1);
          found.putIfAbsent(key, new Relation(subjectId, rule.predicate(), objectId, evidence, round(confidence),
              rule.predicate() == Predicate.WORKS_FOR ? role(m.group()) : null));
        }
      }
    }
    return List.copyOf(found.values());
  }

  /**
   * Japanese noun phrases that nest places: "イギリスのブラックバーン", "パリのパスツール研究所", a place written
   * right before a smaller one, and the topic of a sentence placed by "Xは、Yの…" or "XはY州…".
   */
  private static void adjacency(String text, List<Slot> inside, Evidence evidence, Map<String, Relation> found) {
    for (int k = 0; k + 1 < inside.size(); k++) {
      Slot a = inside.get(k);
      Slot b = inside.get(k + 1);
      String between = text.substring(Math.min(a.mention().end(), b.mention().start()), b.mention().start());
      boolean aPlace = a.entity().type() == EntityType.LOCATION;
      boolean countryInCountry = "COUNTRY".equals(b.entity().subtype()) && !"REGION".equals(a.entity().subtype());
      if (aPlace && (between.isEmpty() || between.equals("の")) && b.entity().type() != EntityType.PERSON && !countryInCountry) {
        add(found, b.entity(), Predicate.LOCATED_IN, a.entity(), evidence, between.isEmpty() ? 0.65 : 0.55);
      } else if (a.entity().type() == EntityType.ORGANIZATION && b.entity().type() == EntityType.ORGANIZATION
          && (between.equals("の") || between.equals("傘下の")) || a.entity().type() == EntityType.ORGANIZATION
          && (b.entity().type() == EntityType.ORGANIZATION || b.entity().type() == EntityType.FACILITY) && between.isEmpty()) {
        // 東京大学医科学研究所, 日本製紙釧路工場: a unit or site written right after its organization
        add(found, b.entity(), Predicate.PART_OF, a.entity(), evidence, 0.5);
      } else if (a.entity().type() == EntityType.ORGANIZATION && b.entity().type() == EntityType.PERSON && between.equals("の")) {
        // メドトロニックのジェフ・マーサCEO, アリゾナ大学のカール・ハーゲンローザー: the organization's person
        add(found, b.entity(), Predicate.WORKS_FOR, a.entity(), evidence, 0.5);
      } else if (b.entity().type() == EntityType.LOCATION && a.entity().type() != EntityType.PERSON
          && (between.equals("は、") || between.equals("は")) && followedByPlaceContext(text, b.mention().end())) {
        add(found, a.entity(), Predicate.LOCATED_IN, b.entity(), evidence, 0.55);
      }
    }
  }

  private static boolean followedByPlaceContext(String text, int at) {
    String next = text.substring(at, Math.min(text.length(), at + 6));
    return next.startsWith("の") || next.startsWith("に") || next.startsWith("、") || next.startsWith("中部")
        || next.startsWith("北部") || next.startsWith("南部") || next.startsWith("東部") || next.startsWith("西部");
  }

  /** Adds a relation unless one with the same subject, predicate and object is there already; none of a thing to itself. */
  static void add(Map<String, Relation> found, Entity subject, Predicate p, Entity object, Evidence evidence,
      double confidence) {
    if (!subject.id().equals(object.id())) {
      found.putIfAbsent(key(subject.id(), p, object.id()), new Relation(subject.id(), p, object.id(), evidence, confidence, null));
    }
  }

  static String key(String subject, Predicate p, String object) {
    return subject + "|" + p + "|" + object;
  }

  /** The sentence [start, end) of {@code text} as evidence, without its surrounding white space. */
  static Evidence evidence(String text, int[] sentence) {
    String s = text.substring(sentence[0], sentence[1]);
    return new Evidence(s.strip(), sentence[0] + (s.length() - s.stripLeading().length()), sentence[0] + s.stripTrailing().length());
  }

  private static Slot pick(List<Slot> inside, Side side, Set<EntityType> types, int triggerStart, int triggerEnd, String text) {
    return switch (side) {
      case LEFT -> inside.stream().filter(s -> s.mention().end() <= triggerStart + 1 && types.contains(s.entity().type()))
          .reduce((a, b) -> b).orElse(null);
      case RIGHT -> inside.stream().filter(s -> s.mention().start() >= triggerEnd - 1 && types.contains(s.entity().type()))
          .findFirst().orElse(null);
      case TOPIC -> {
        for (Slot s : inside) {
          int e = s.mention().end();
          if (types.contains(s.entity().type()) && e < text.length() && (text.charAt(e) == 'は' || text.charAt(e) == 'が')) {
            yield s;
          }
        }
        yield inside.stream().filter(s -> types.contains(s.entity().type()) && s.mention().end() <= triggerStart)
            .findFirst().orElse(null);
      }
    };
  }

  private static final Pattern ROLE = Pattern.compile("(社長|会長|部長|所長|院長|学長|理事長|代表|CEO|ＣＥＯ|最高経営責任者|教授|研究員|副社長|取締役|ディレクター|chief executive|president|founder|chair(?:man|woman)?|director|professor|chief \\w+ officer|head|vice president)");

  private static String role(String trigger) {
    Matcher m = ROLE.matcher(trigger);
    return m.find() ? m.group(1) : null;
  }

  private static boolean containsAny(String s, List<String> words) {
    for (String w : words) {
      if (s.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private static double round(double d) {
    return Math.round(d * 100) / 100.0;
  }

  /**
   * The longest sentence, in characters. Longer runs without a sentence end (a table, a list, junk) are cut
   * into pieces of at most this length, at a space or comma where there is one: a relation's evidence is a
   * sentence, and the trigger patterns run on one, so neither grows with the article.
   */
  static final int MAX_SENTENCE_CHARS = 1_000;

  static List<int[]> sentences(String text, boolean japanese) {
    List<int[]> out = new ArrayList<>();
    for (int[] s : unboundedSentences(text, japanese)) {
      int start = s[0];
      while (s[1] - start > MAX_SENTENCE_CHARS) {
        int cut = start + MAX_SENTENCE_CHARS;
        for (int i = cut; i > start + MAX_SENTENCE_CHARS / 2; i--) {
          char c = text.charAt(i - 1);
          if (c == ' ' || c == '、' || c == ',' || c == '，' || c == '　') {
            cut = i;
            break;
          }
        }
        if (Character.isLowSurrogate(text.charAt(cut))) {
          cut--;
        }
        out.add(new int[] {start, cut});
        start = cut;
      }
      out.add(new int[] {start, s[1]});
    }
    return out;
  }

  private static List<int[]> unboundedSentences(String text, boolean japanese) {
    List<int[]> out = new ArrayList<>();
    if (japanese) {
      // a sentence runs to its closing 。！？!? (kept) or to a line break (dropped)
      int start = 0;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '\n') {
          if (i > start) {
            out.add(new int[] {start, i});
          }
          start = i + 1;
        } else if (c == '。' || c == '！' || c == '？' || c == '!' || c == '?') {
          out.add(new int[] {start, i + 1});
          start = i + 1;
        }
      }
      if (start < text.length()) {
        out.add(new int[] {start, text.length()});
      }
      return out;
    }
    int start = 0;
    for (String line : text.split("\n", -1)) {
      int lineStart = start;
      Matcher m = EN_SENTENCE_END.matcher(line);
      int from = 0;
      while (m.find()) {
        out.add(new int[] {lineStart + from, lineStart + m.start()});
        from = m.end();
      }
      if (from < line.length()) {
        out.add(new int[] {lineStart + from, lineStart + line.length()});
      }
      start += line.length() + 1;
    }
    return out;
  }
}
