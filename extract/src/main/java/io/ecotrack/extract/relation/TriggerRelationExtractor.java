package io.ecotrack.extract.relation;

import io.ecotrack.extract.relation.RelationTriggers.Trigger;
import io.ecotrack.extract.relation.SentenceSkeleton.Slot;
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
import java.util.regex.Matcher;

/**
 * Relations that a sentence states, found by the triggers of {@code ja-relation-triggers.tsv} and
 * {@code en-relation-triggers.tsv} run over each sentence's {@link SentenceSkeleton}. A trigger whose end is a list
 * ties every member ("A、B、Cなどの企業も…に拠点を構えている", "jointly owned by A, B and C"). In Japanese, 同社
 * ("the said company") stands for the organization an earlier sentence was about, so "同社代表取締役X氏" finds X's employer.
 */
public final class TriggerRelationExtractor implements RelationExtractor {
  /** Words that refer back to the organization a sentence before was about: 同社 and its kin. */
  private static final List<String> JA_BACK_REFERENCES = List.of("同社", "同グループ", "同行", "同大学", "同大");

  private final List<Trigger> japanese;
  private final List<Trigger> english;

  public TriggerRelationExtractor() {
    this(RelationTriggers.load("ja"), RelationTriggers.load("en"));
  }

  TriggerRelationExtractor(List<Trigger> japanese, List<Trigger> english) {
    this.japanese = japanese;
    this.english = english;
  }

  @Override
  public List<Relation> extract(String text, String language, List<Entity> entities) {
    List<Slot> slots = new ArrayList<>();
    for (Entity e : entities) {
      for (Mention m : e.mentions()) {
        slots.add(new Slot(e, m));
      }
    }
    slots.sort(Comparator.comparingInt((Slot s) -> s.mention().start()).thenComparingInt(s -> -s.mention().end()));
    boolean ja = "ja".equals(language);
    List<Trigger> triggers = ja ? japanese : english;
    Map<String, Relation> found = new LinkedHashMap<>();
    int first = 0; // the first slot not before the sentence (slots and sentences are in text order)
    for (int[] sentence : Sentences.of(text, ja)) {
      while (first < slots.size() && slots.get(first).mention().start() < sentence[0]) {
        first++;
      }
      List<Slot> inside = new ArrayList<>();
      for (int k = first; k < slots.size() && slots.get(k).mention().start() < sentence[1]; k++) {
        if (slots.get(k).mention().end() <= sentence[1]) {
          inside.add(slots.get(k));
        }
      }
      if (ja) {
        inside = withBackReferences(text, sentence, inside, slots, first);
      }
      if (inside.size() < 2) {
        continue;
      }
      SentenceSkeleton skeleton = SentenceSkeleton.of(text, sentence[0], sentence[1], inside);
      if (skeleton.size() < 2) {
        continue;
      }
      Evidence evidence = Sentences.evidence(text, sentence);
      for (Trigger t : triggers) {
        apply(t, skeleton, evidence, found);
      }
    }
    return List.copyOf(found.values());
  }

  private static void apply(Trigger t, SentenceSkeleton skeleton, Evidence evidence, Map<String, Relation> found) {
    Matcher m = t.pattern().matcher(skeleton.text());
    int from = 0;
    while (from <= skeleton.text().length() && m.find(from)) {
      String role = t.predicate() == Predicate.WORKS_FOR && hasGroup(m, "role") && m.group("role") != null
          ? skeleton.original(m.start("role"), m.end("role")).strip() : null;
      if (t.pairs()) {
        List<Slot> members = skeleton.slotsIn(m.start("p"), m.end("p"));
        for (int i = 0; i < members.size(); i++) {
          for (int j = i + 1; j < members.size(); j++) {
            add(found, t, members.get(i), members.get(j), evidence, null);
          }
        }
      } else {
        for (Slot s : skeleton.slotsIn(m.start("s"), m.end("s"))) {
          for (Slot o : skeleton.slotsIn(m.start("o"), m.end("o"))) {
            add(found, t, s, o, evidence, role);
          }
        }
      }
      from = m.start() + 1;
    }
  }

  private static boolean hasGroup(Matcher m, String name) {
    return m.pattern().namedGroups().containsKey(name);
  }

  private static void add(Map<String, Relation> found, Trigger t, Slot s, Slot o, Evidence evidence, String role) {
    String subject = s.entity().id();
    String object = o.entity().id();
    if (subject.equals(object)) {
      return;
    }
    if (t.predicate().symmetric() && subject.compareTo(object) > 0) {
      String swap = subject;
      subject = object;
      object = swap;
    }
    double confidence = Math.min(1, t.confidence() * Math.sqrt(s.entity().confidence() * o.entity().confidence()) + 0.1);
    String key = key(subject, t.predicate(), object);
    Relation r = new Relation(subject, t.predicate(), object, evidence, Math.round(confidence * 100) / 100.0, role);
    Relation had = found.get(key);
    if (had == null || had.confidence() < r.confidence() || had.role() == null && role != null) {
      found.put(key, had != null && had.confidence() > r.confidence() ? new Relation(subject, t.predicate(), object,
          evidence, had.confidence(), role) : r);
    }
  }

  static String key(String subject, Predicate p, String object) {
    return subject + "|" + p + "|" + object;
  }

  /**
   * The sentence's mentions with each 同社 (and kin) outside a mention added as a mention of the organization last
   * marked as a topic (by は or が) before it in the article; unchanged when there is none.
   */
  private static List<Slot> withBackReferences(String text, int[] sentence, List<Slot> inside, List<Slot> all, int first) {
    List<Slot> out = null;
    for (String word : JA_BACK_REFERENCES) {
      for (int at = text.indexOf(word, sentence[0]); at >= 0 && at + word.length() <= sentence[1];
          at = text.indexOf(word, at + word.length())) {
        int start = at;
        if (covered(inside, start, start + word.length())) {
          continue;
        }
        // the organization a sentence before was about, marked by は or が; without one, 同社 stays unresolved
        Entity referent = null;
        Entity topic = null;
        for (Slot s : all) {
          if (s.mention().start() >= start) {
            break;
          }
          if (s.entity().type() == EntityType.ORGANIZATION && (!word.startsWith("同大") || "UNIVERSITY".equals(s.entity().subtype()))) {
            int after = s.mention().end();
            if (after < text.length() && (text.charAt(after) == 'は' || text.charAt(after) == 'が')) {
              topic = s.entity();
            }
          }
        }
        referent = topic;
        if (referent != null) {
          if (out == null) {
            out = new ArrayList<>(inside);
          }
          out.add(new Slot(referent, new Mention(word, start, start + word.length())));
        }
      }
    }
    if (out == null) {
      return inside;
    }
    out.sort(Comparator.comparingInt((Slot s) -> s.mention().start()).thenComparingInt(s -> -s.mention().end()));
    return out;
  }

  private static boolean covered(List<Slot> inside, int start, int end) {
    for (Slot s : inside) {
      if (s.mention().start() < end && start < s.mention().end()) {
        return true;
      }
    }
    return false;
  }
}
