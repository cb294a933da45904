package io.ecotrack.extract.curation;

import io.ecotrack.extract.ner.EntitySpan;
import io.ecotrack.extract.resolve.AliasTable;
import io.ecotrack.extract.resolve.EntityResolver;
import io.ecotrack.model.Correction;
import io.ecotrack.model.Entity;
import io.ecotrack.model.EntityType;
import io.ecotrack.model.Mention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The analysts' corrections in force ({@link Correction}: the latest per key of the {@code ecotrack.curation} topic) and
 * the two passes that apply them to an article, one before the resolver and one after it:
 * <ul>
 *   <li>{@link #spans}: a suppressed name is no span; a name an alias was added for is a span even where the tagger
 *       did not find it;</li>
 *   <li>{@link #entities}: a mention whose name was removed from an entity leaves it for an entity of its own name;
 *       an entity one of whose names was added to another entity becomes that entity (two entities of one article
 *       that both become it are one).</li>
 * </ul>
 * This one lives in memory (offline {@code ecotrack extract} has none); the workers use {@link KafkaCuration}, which
 * follows the topic. Thread-safe: the passes read a snapshot that a new correction replaces whole.
 */
public class Curation {
  /** The confidence of a span found only because an analyst named it. */
  static final double CURATED_CONFIDENCE = 0.9;
  /** The pass name a span found by a correction records ({@code ecotrack extract --explain}). */
  public static final String PASS = "curation";

  /** What the passes read, derived from the corrections at once. */
  private record Rules(Set<String> suppressed, Map<String, Correction> addedTo, Set<String> removed, AliasTable names) {
    static final Rules NONE = new Rules(Set.of(), Map.of(), Set.of(), new AliasTable());
  }

  private final Map<String, Correction> byKey = new ConcurrentHashMap<>();
  private volatile Rules rules = Rules.NONE;

  /** No corrections at all. */
  public static Curation none() {
    return new Curation();
  }

  /** The key {@code correction} is kept under in the topic. */
  public static String keyOf(Correction correction) {
    return correction.key(EntityResolver.normalize(correction.name()));
  }

  /** Takes {@code correction} in, replacing the one of the same key; a null correction (a tombstone) removes {@code key}. */
  public synchronized void record(String key, Correction correction) {
    if (correction == null) {
      byKey.remove(key);
    } else {
      byKey.put(key, correction);
    }
    rules = derive(byKey.values());
  }

  /** The corrections in force, oldest first. */
  public List<Correction> corrections() {
    return byKey.values().stream().sorted(Comparator.comparing(Correction::at).thenComparing(Correction::name)).toList();
  }

  public boolean isEmpty() {
    return byKey.isEmpty();
  }

  private static Rules derive(Iterable<Correction> corrections) {
    Set<String> suppressed = new HashSet<>();
    Map<String, Correction> addedTo = new HashMap<>();
    Set<String> removed = new HashSet<>();
    for (Correction c : corrections) {
      String name = EntityResolver.normalize(c.name());
      switch (c.kind()) {
        case SUPPRESS -> suppressed.add(name);
        case ALIAS_REMOVE -> removed.add(name + "|" + c.entity());
        case ALIAS_ADD -> addedTo.merge(name, c, (a, b) -> a.at().isAfter(b.at()) ? a : b); // the latest word wins
      }
    }
    AliasTable names = new AliasTable();
    addedTo.values().stream().sorted(Comparator.comparing(Correction::at)).forEach(c -> names.learn(c.name(), c.entity()));
    return new Rules(Set.copyOf(suppressed), Map.copyOf(addedTo), Set.copyOf(removed), names);
  }

  /**
   * The spans of {@code text} as the corrections have them: those of a suppressed name dropped, and a span of each name
   * an alias was added for wherever it stands clear of the spans found. Sorted by start.
   */
  public List<EntitySpan> spans(String text, List<EntitySpan> spans) {
    Rules r = rules;
    if (r == Rules.NONE) {
      return spans;
    }
    List<EntitySpan> kept = new ArrayList<>(spans.size());
    for (EntitySpan s : spans) {
      if (!r.suppressed().contains(EntityResolver.normalize(s.text()))) {
        kept.add(s);
      }
    }
    for (AliasTable.Match m : r.names().find(text)) {
      EntityType type = EntityType.fromId(m.id());
      // the analyst's name outranks the names found inside it (Birch Street in "the lab on Birch Street"), not one
      // that crosses its edge
      boolean crossed = kept.stream().anyMatch(s -> s.start() < m.end() && m.start() < s.end()
          && (s.start() < m.start() || s.end() > m.end()));
      if (type != null && !crossed) {
        kept.removeIf(s -> s.start() >= m.start() && s.end() <= m.end());
        kept.add(new EntitySpan(m.start(), m.end(), text.substring(m.start(), m.end()), type, null, null, CURATED_CONFIDENCE,
            PASS));
      }
    }
    kept.sort(Comparator.comparingInt(EntitySpan::start));
    return kept;
  }

  /** The entities of an article as the corrections have them: names removed from an entity split off, added ones merged. */
  public List<Entity> entities(List<Entity> entities) {
    Rules r = rules;
    if (r == Rules.NONE) {
      return entities;
    }
    Map<String, Entity> byId = new LinkedHashMap<>();
    for (Entity e : split(entities, r)) {
      Entity target = mergedInto(e, r);
      byId.merge(target.id(), target, Curation::union);
    }
    return List.copyOf(byId.values());
  }

  /** Each entity without the mentions whose name was removed from it, and those mentions as entities of their own. */
  private static List<Entity> split(List<Entity> entities, Rules r) {
    if (r.removed().isEmpty()) {
      return entities;
    }
    List<Entity> out = new ArrayList<>();
    for (Entity e : entities) {
      Map<String, List<Mention>> away = new LinkedHashMap<>();
      List<Mention> stay = new ArrayList<>();
      for (Mention m : e.mentions()) {
        String own = ownId(e.type(), m.text());
        if (r.removed().contains(EntityResolver.normalize(m.text()) + "|" + e.id()) && !own.equals(e.id())) {
          away.computeIfAbsent(own, k -> new ArrayList<>()).add(m);
        } else {
          stay.add(m);
        }
      }
      if (away.isEmpty()) {
        out.add(e);
        continue;
      }
      Set<String> gone = new HashSet<>();
      away.forEach((id, mentions) -> {
        String name = mentions.get(0).text();
        gone.add(EntityResolver.normalize(name));
        out.add(new Entity(id, name, e.type(), e.subtype(), List.of(name), mentions, e.confidence()));
      });
      List<String> names = e.aliases().stream().filter(a -> !gone.contains(EntityResolver.normalize(a))).toList();
      if (!stay.isEmpty()) {
        String name = gone.contains(EntityResolver.normalize(e.name())) ? stay.get(0).text() : e.name();
        out.add(new Entity(e.id(), name, e.type(), e.subtype(), names.isEmpty() ? List.of(name) : names, stay, e.confidence()));
      }
    }
    return out;
  }

  /** {@code e} under the entity one of its names was added to, or {@code e} itself. */
  private static Entity mergedInto(Entity e, Rules r) {
    if (r.addedTo().isEmpty()) {
      return e;
    }
    Set<String> names = new LinkedHashSet<>();
    names.add(e.name());
    names.addAll(e.aliases());
    e.mentions().forEach(m -> names.add(m.text()));
    for (String name : names) {
      String key = EntityResolver.normalize(name);
      Correction c = r.addedTo().get(key);
      if (c != null && !c.entity().equals(e.id()) && !r.removed().contains(key + "|" + c.entity())) {
        EntityType type = EntityType.fromId(c.entity());
        Set<String> aliases = new LinkedHashSet<>(e.aliases());
        aliases.add(name);
        return new Entity(c.entity(), c.entityName(), type, type == e.type() ? e.subtype() : null, List.copyOf(aliases),
            e.mentions(), Math.max(e.confidence(), CURATED_CONFIDENCE));
      }
    }
    return e;
  }

  /** Two entities of one article under one id: their names and mentions together. */
  private static Entity union(Entity a, Entity b) {
    Set<String> aliases = new LinkedHashSet<>(a.aliases());
    aliases.addAll(b.aliases());
    List<Mention> mentions = new ArrayList<>(a.mentions());
    mentions.addAll(b.mentions());
    mentions.sort(Comparator.comparingInt(Mention::start));
    return new Entity(a.id(), a.name(), a.type(), a.subtype() != null ? a.subtype() : b.subtype(), List.copyOf(aliases),
        mentions, Math.max(a.confidence(), b.confidence()));
  }

  /** The id a name of {@code type} has by itself: what an entity the name was removed from leaves it with. */
  public static String ownId(EntityType type, String name) {
    return type.idPrefix() + ":" + EntityResolver.slug(name);
  }
}
