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
 * ties every member ("A、B、Cなどの企業も…に拠点を構えている", "jointly owned by A, B and C"). Words that stand for an
 * organization named before (同社, "its", "the company": {@link BackReferences}) are read as that organization, so
 * "同社代表取締役X氏" and "its chairman, X" find X's employer.
 */
public final class TriggerRelationExtractor implements RelationExtractor {
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
    int previous = -1; // where the sentence before starts
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
      inside = BackReferences.resolve(text, sentence[0], sentence[1], previous, inside, slots, ja);
      previous = sentence[0];
      if (inside.size() < 2) {
        continue;
      }
      SentenceSkeleton skeleton = SentenceSkeleton.of(text, sentence[0], sentence[1], inside);
      if (skeleton.size() < 2) {
        continue;
      }
      Evidence evidence = Sentences.evidence(text, sentence);
      for (Trigger t : triggers) {
        if (!t.name().startsWith(PROFILE)) {
          apply(t, skeleton, evidence, found);
        }
      }
    }
    if (ja) {
      profiles(text, slots, triggers, found);
    }
    return List.copyOf(found.values());
  }

  /** Triggers named {@code profile-…} read a company profile: a line naming only a company and the lines below it. */
  static final String PROFILE = "profile-";

  /** The lines of a profile block after the company's own line. */
  private static final int PROFILE_LINES = 4;

  /**
   * Runs the {@code profile-} triggers over each block that opens with a line holding nothing but an organization's
   * name (株式会社ディー・エヌ・エー) and runs {@value #PROFILE_LINES} lines further (所在地 …, 代表取締役 …).
   */
  private static void profiles(String text, List<Slot> slots, List<Trigger> triggers, Map<String, Relation> found) {
    for (int k = 0; k < slots.size(); k++) {
      Slot s = slots.get(k);
      int lineStart = text.lastIndexOf('\n', s.mention().start() - 1) + 1;
      int lineEnd = text.indexOf('\n', s.mention().end());
      if (s.entity().type() != EntityType.ORGANIZATION || lineEnd < 0
          || !text.substring(lineStart, lineEnd).strip().endsWith(s.mention().text())
          || !isLegalFormOrEmpty(text.substring(lineStart, s.mention().start()).strip())) {
        continue;
      }
      int end = lineEnd;
      for (int n = 0; n < PROFILE_LINES && end < text.length(); n++) {
        int next = text.indexOf('\n', end + 1);
        end = next < 0 ? text.length() : next;
      }
      List<Slot> inside = new ArrayList<>();
      for (int j = k; j < slots.size() && slots.get(j).mention().start() < end; j++) {
        if (slots.get(j).mention().end() <= end) {
          inside.add(slots.get(j));
        }
      }
      SentenceSkeleton block = SentenceSkeleton.of(text, lineStart, end, inside);
      Evidence evidence = Sentences.evidence(text, new int[] {lineStart, end});
      for (Trigger t : triggers) {
        if (t.name().startsWith(PROFILE)) {
          apply(t, block, evidence, found);
        }
      }
    }
  }

  private static boolean isLegalFormOrEmpty(String before) {
    return before.isEmpty() || before.equals("株式会社") || before.equals("有限会社") || before.equals("合同会社");
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
    if (had == null || had.confidence() < r.confidence()) {
      found.put(key, r);
    } else if (had.role() == null && role != null) {
      // the same tie again, naming the role: the role and its sentence, at the stronger confidence
      found.put(key, new Relation(subject, t.predicate(), object, evidence, had.confidence(), role));
    }
  }

  static String key(String subject, Predicate p, String object) {
    return subject + "|" + p + "|" + object;
  }
}
