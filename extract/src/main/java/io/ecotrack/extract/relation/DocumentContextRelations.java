package io.ecotrack.extract.relation;

import static io.ecotrack.extract.relation.Sentences.evidence;
import static io.ecotrack.extract.relation.TriggerRelationExtractor.key;

import io.ecotrack.extract.ner.Gazetteer;
import io.ecotrack.model.Entity;
import io.ecotrack.model.EntityType;
import io.ecotrack.model.Evidence;
import io.ecotrack.model.Mention;
import io.ecotrack.model.Predicate;
import io.ecotrack.model.Relation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Relations that a document implies without a trigger phrase, added to those of a sentence-level extractor.
 * An article about a region places what it names in that region: a city, company or site is located in the
 * country named before it in the same sentence, or else in the country the article is mostly about, and a
 * city in the state or prefecture named before it. A place located in another place is also part of it (as
 * Wikidata records both P131 and P361), and the person an article opens with is a member of the associations,
 * teams and parties it names. No sentence states these, so each is marked {@link Relation#inferred()} and stays
 * below {@link Relation#DEFAULT_THRESHOLD}: the index keeps them, the CLI hides them unless asked.
 *
 * <p>Last, what the gazetteer knows about the world overrules the text's layout: a place never lies in a place
 * the gazetteer puts elsewhere (Tokyo is in Japan, not in the United States), whichever pass proposed it; and
 * since a place is part of a larger one rather than located in it, a stated place-in-place relation shows as
 * {@code PART_OF}, its {@code LOCATED_IN} twin kept as inferred.
 */
public final class DocumentContextRelations implements RelationExtractor {
  /** Confidence of a place taken from the same sentence. */
  static final double SAME_SENTENCE = 0.35;
  /** Confidence of an organization or site placed by the place named before it in the sentence. */
  static final double NEARBY = 0.3;
  /** Confidence of a city placed by the state written after it ("Madison, Wisconsin"): the sentence states it. */
  static final double ADDRESS = 0.6;
  /** Confidence of a place taken from the article as a whole, or of a membership of the article's subject. */
  static final double DOCUMENT = 0.25;

  private final Gazetteer places;

  private static final Set<EntityType> PLACED = Set.of(EntityType.LOCATION, EntityType.ORGANIZATION, EntityType.FACILITY);
  private static final Set<String> DIVISIONS = Set.of("STATE", "PREFECTURE");
  private static final Set<String> MEMBERSHIPS = Set.of("ASSOCIATION", "TEAM", "PARTY", "AGENCY");

  private final RelationExtractor sentences;

  public DocumentContextRelations(RelationExtractor sentences, Gazetteer places) {
    this.sentences = sentences;
    this.places = places;
  }

  record Slot(Entity entity, Mention mention, int sentence) {}

  @Override
  public List<Relation> extract(String text, String language, List<Entity> entities) {
    Map<String, Relation> found = new LinkedHashMap<>();
    for (Relation r : sentences.extract(text, language, entities)) {
      found.put(key(r.subject(), r.predicate(), r.object()), r);
    }
    List<int[]> bounds = Sentences.of(text, "ja".equals(language));
    if (bounds.isEmpty()) {
      return List.copyOf(found.values());
    }
    List<Slot> slots = slots(entities, bounds);
    addresses(text, slots, bounds, found);
    Entity mainCountry = mainCountry(slots);
    for (int k = 0; k < slots.size(); k++) {
      Slot s = slots.get(k);
      Entity e = s.entity();
      if (isCountry(e)) {
        Evidence evidence = evidence(text, bounds.get(s.sentence()));
        // ヨーロッパのスペイン, "Spain and other European countries": a country in the world region named before it
        Slot region = before(slots, k, true, x -> isWorldRegion(x.entity()));
        Slot earlier = region != null ? region : before(slots, k, false, x -> isWorldRegion(x.entity()));
        Entity world = earlier != null ? earlier.entity() : firstWorldRegion(slots);
        if (world != null) {
          infer(found, e, Predicate.LOCATED_IN, world, evidence, region != null ? SAME_SENTENCE : DOCUMENT);
        }
        for (Slot union : slots) {
          if (international(union) && !namesCountry(union.mention().text(), e)) {
            // 欧州連合, NATO's 北大西洋同盟: a country in an article about a union of countries is one of its members
            infer(found, e, Predicate.PART_OF, union.entity(), evidence, union.sentence() == s.sentence() ? SAME_SENTENCE : DOCUMENT);
          }
        }
        continue;
      }
      if (!PLACED.contains(e.type()) || !placeable(e)) {
        continue;
      }
      Evidence evidence = evidence(text, bounds.get(s.sentence()));
      Slot country = before(slots, k, true, x -> isCountry(x.entity()));
      if (country != null) {
        infer(found, e, Predicate.LOCATED_IN, country.entity(), evidence, SAME_SENTENCE);
      } else if (mainCountry != null) {
        infer(found, e, Predicate.LOCATED_IN, mainCountry, evidence, DOCUMENT);
      }
      if (e.type() != EntityType.LOCATION) {
        // 東京の出版社X, "a Rochester clinic": an organization or site in the place named before it in the sentence
        Slot place = before(slots, k, true, x -> x.entity().type() == EntityType.LOCATION && !isCountry(x.entity()));
        if (place != null) {
          infer(found, e, Predicate.LOCATED_IN, place.entity(), evidence, NEARBY);
        }
      }
      if (e.type() == EntityType.LOCATION) {
        // the nearest larger division named before: a city in its state or county, a county in its state
        int rank = rank(e, s.mention());
        java.util.function.Predicate<Slot> largerDivision = x -> x.entity().type() == EntityType.LOCATION
            && !isCountry(x.entity()) && rank(x.entity(), x.mention()) > rank;
        Slot larger = before(slots, k, true, largerDivision);
        if (larger != null) {
          infer(found, e, Predicate.LOCATED_IN, larger.entity(), evidence, SAME_SENTENCE);
        } else {
          Slot earlier = before(slots, k, false, largerDivision);
          if (earlier != null) {
            infer(found, e, Predicate.LOCATED_IN, earlier.entity(), evidence, DOCUMENT);
          }
        }
      }
    }
    memberships(text, slots, bounds, found);
    return placeHierarchy(entities, found);
  }

  /** "Madison, Wisconsin", "Rochester, Minn.": a city written before its state or country, after a comma. */
  private static void addresses(String text, List<Slot> slots, List<int[]> bounds, Map<String, Relation> found) {
    for (int k = 0; k + 1 < slots.size(); k++) {
      Slot city = slots.get(k);
      Slot region = slots.get(k + 1);
      String between = text.substring(Math.min(city.mention().end(), region.mention().start()), region.mention().start());
      if (city.entity().type() == EntityType.LOCATION && !isDivision(city.entity()) && !isCountry(city.entity())
          && (isDivision(region.entity()) || isCountry(region.entity())) && between.equals(", ")
          && city.sentence() == region.sentence()) {
        stated(found, city.entity(), Predicate.PART_OF, region.entity(), evidence(text, bounds.get(city.sentence())), ADDRESS);
      }
    }
  }

  /** The person an article opens with ("X(…)は、…の政治家。") belongs to the parties, teams and associations it names. */
  private static void memberships(String text, List<Slot> slots, List<int[]> bounds, Map<String, Relation> found) {
    if (slots.isEmpty() || slots.get(0).mention().start() > 2 || slots.get(0).entity().type() != EntityType.PERSON) {
      return;
    }
    Entity subject = slots.get(0).entity();
    for (Slot s : slots) {
      if (s.entity().type() != EntityType.ORGANIZATION) {
        continue;
      }
      Evidence evidence = evidence(text, bounds.get(s.sentence()));
      if (FOUNDED_AFTER.matcher(text).region(s.mention().end(), text.length()).lookingAt()) {
        // "…とともにドラムカンを創刊", "トリトンを設立": the article's subject founded it
        infer(found, s.entity(), Predicate.FOUNDED_BY, subject, evidence, SAME_SENTENCE);
      }
      if (ROLE_AFTER.matcher(text).region(s.mention().end(), text.length()).lookingAt()) {
        // "東京大学教授", "野村総合研究所の主任研究員": the article's subject holds a post at the organization
        infer(found, subject, Predicate.WORKS_FOR, s.entity(), evidence, SAME_SENTENCE);
      }
      if (s.entity().subtype() != null && MEMBERSHIPS.contains(s.entity().subtype())) {
        infer(found, subject, Predicate.PART_OF, s.entity(), evidence, DOCUMENT);
      }
    }
  }

  /** An organization being founded: Xを設立, Xを共同で創設, Xを結成. */
  private static final java.util.regex.Pattern FOUNDED_AFTER = java.util.regex.Pattern.compile(
      "(?:を|も)(?:共同で|共に|ともに)?(?:設立|創設|創立|結成|創業|創刊|旗揚げ|立ち上げ|起業)");

  /** A post written right after an organization (東京大学教授, 野村総合研究所の主任研究員, ○○社に就職). */
  private static final java.util.regex.Pattern ROLE_AFTER = java.util.regex.Pattern.compile(
      "の?(?:名誉|客員|特任|主任|上席|副|総|元)?(?:教授|准教授|助教授|講師|助教|研究員|社長|会長|理事長|理事|代表|監督|所長|院長|学長"
          + "|取締役|社員|職員|顧問|支配人|助手|局長|部長|議長|委員長|総裁|頭取|専務|常務|コーチ|学芸員|記者|アナウンサー|CEO)"
          + "|(?:に|へ)(?:就職|入社|勤務|入庁|入省)|で(?:働|勤務)");

  /**
   * The relations as found, with the places put right: one the gazetteer contradicts is dropped, a stated place
   * located in a place shows as part of it, and its LOCATED_IN twin stays as inferred.
   */
  private List<Relation> placeHierarchy(List<Entity> entities, Map<String, Relation> found) {
    Map<String, Entity> byId = new HashMap<>();
    entities.forEach(e -> byId.put(e.id(), e));
    Map<String, List<String>> statedPlaces = new HashMap<>();
    for (Relation r : found.values()) {
      if (!r.inferred() && r.predicate() == Predicate.LOCATED_IN) {
        statedPlaces.computeIfAbsent(r.subject(), k -> new ArrayList<>()).add(r.object());
      }
    }
    Map<String, Relation> out = new LinkedHashMap<>();
    for (Relation r : found.values()) {
      Entity s = byId.get(r.subject());
      Entity o = byId.get(r.object());
      if (countryAsOrganization(s) || countryAsOrganization(o)) {
        continue; // "India's United Breweries" with India taken for a company: no tie to or from such a company
      }
      boolean placeInPlace = s != null && o != null && s.type() == EntityType.LOCATION && o.type() == EntityType.LOCATION;
      if (placeInPlace && (r.predicate() == Predicate.LOCATED_IN || r.predicate() == Predicate.PART_OF)
          && places.contradictsContainment(r.subject(), r.object())) {
        continue;
      }
      if (placeInPlace && r.predicate() == Predicate.LOCATED_IN) {
        out.putIfAbsent(key(r.subject(), Predicate.PART_OF, r.object()), r.inferred()
            ? inferred(r.subject(), Predicate.PART_OF, r.object(), r.evidence(), r.confidence())
            : new Relation(r.subject(), Predicate.PART_OF, r.object(), r.evidence(), r.confidence(), null));
        r = r.inferred() ? r : inferred(r.subject(), Predicate.LOCATED_IN, r.object(), r.evidence(), r.confidence());
      } else if (placeInPlace && r.predicate() == Predicate.PART_OF && !found.containsKey(key(r.subject(), Predicate.LOCATED_IN, r.object()))) {
        // Wikidata records both P131 and P361 for a place in a place: the twin, never shown by default
        out.putIfAbsent(key(r.subject(), Predicate.LOCATED_IN, r.object()),
            inferred(r.subject(), Predicate.LOCATED_IN, r.object(), r.evidence(), r.confidence()));
      }
      if (r.inferred() && contradictedByStatedPlace(r, statedPlaces)) {
        continue;
      }
      out.putIfAbsent(key(r.subject(), r.predicate(), r.object()), r);
    }
    return List.copyOf(out.values());
  }

  /** An organization named exactly as a country of the gazetteer: a place the tagger mistyped. */
  private boolean countryAsOrganization(Entity e) {
    return e != null && e.type() == EntityType.ORGANIZATION
        && places.lookup(e.name()).map(p -> "COUNTRY".equals(p.subtype())).orElse(false);
  }

  /** An inferred place of an organization that a stated one rules out: based in Tokyo, so not in the United States. */
  private boolean contradictedByStatedPlace(Relation inferred, Map<String, List<String>> statedPlaces) {
    if (inferred.predicate() != Predicate.LOCATED_IN) {
      return false;
    }
    for (String place : statedPlaces.getOrDefault(inferred.subject(), List.of())) {
      if (places.contradictsContainment(place, inferred.object())) {
        return true;
      }
    }
    return false;
  }

  /** Adds an inferred relation, below the default threshold, unless one with the same ends and predicate is there. */
  private static void infer(Map<String, Relation> found, Entity subject, Predicate p, Entity object, Evidence evidence,
      double confidence) {
    if (!subject.id().equals(object.id())) {
      found.putIfAbsent(key(subject.id(), p, object.id()), inferred(subject.id(), p, object.id(), evidence, confidence));
    }
  }

  private static Relation inferred(String subject, Predicate p, String object, Evidence evidence, double confidence) {
    return new Relation(subject, p, object, evidence, Math.min(confidence, INFERRED_CEILING), null, true);
  }

  /** The highest confidence an inferred relation gets. */
  static final double INFERRED_CEILING = 0.35;

  /** Adds a relation a sentence states, unless one with the same ends and predicate is there. */
  private static void stated(Map<String, Relation> found, Entity subject, Predicate p, Entity object, Evidence evidence,
      double confidence) {
    if (!subject.id().equals(object.id())) {
      found.putIfAbsent(key(subject.id(), p, object.id()), new Relation(subject.id(), p, object.id(), evidence, confidence, null));
    }
  }

  /** The administrative level of a place: 3 a state or prefecture, 2 a county or district, 1 a city or town, 0 other. */
  private static int rank(Entity e, Mention m) {
    if (isDivision(e)) {
      return 3;
    }
    if ("CITY".equals(e.subtype())) {
      return 1;
    }
    String name = m.text();
    char last = name.isEmpty() ? ' ' : name.charAt(name.length() - 1);
    return switch (last) {
      case '州', '省', '県', '府' -> 3;
      case '郡' -> 2;
      case '市', '町', '村', '区' -> 1;
      default -> name.endsWith("County") ? 2 : 0;
    };
  }

  /**
   * The nearest slot of another entity before {@code k} that {@code wanted} accepts, in the same sentence or anywhere
   * before in the article; null when there is none.
   */
  private static Slot before(List<Slot> slots, int k, boolean sameSentence, java.util.function.Predicate<Slot> wanted) {
    Slot at = slots.get(k);
    for (int j = k - 1; j >= 0 && (!sameSentence || slots.get(j).sentence() == at.sentence()); j--) {
      Slot x = slots.get(j);
      if (x.mention().end() <= at.mention().start() && x.entity() != at.entity() && wanted.test(x)) {
        return x;
      }
    }
    return null;
  }

  /** The country mentioned most often, the first one on a tie; null when the article names none. */
  private static Entity mainCountry(List<Slot> slots) {
    Map<String, Integer> counts = new HashMap<>();
    Entity best = null;
    for (Slot s : slots) {
      if (isCountry(s.entity())) {
        int n = counts.merge(s.entity().id(), 1, Integer::sum);
        if (best == null || n > counts.get(best.id())) {
          best = s.entity();
        }
      }
    }
    return best;
  }

  private static List<Slot> slots(List<Entity> entities, List<int[]> bounds) {
    List<Slot> out = new ArrayList<>();
    for (Entity e : entities) {
      for (Mention m : e.mentions()) {
        out.add(new Slot(e, m, sentenceOf(bounds, m.start())));
      }
    }
    out.sort(Comparator.comparingInt(s -> s.mention().start()));
    return out;
  }

  private static int sentenceOf(List<int[]> bounds, int offset) {
    int lo = 0;
    int hi = bounds.size() - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (bounds.get(mid)[0] <= offset) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  /**
   * Whether a country can hold this entity: not a region wider than a country (Europe), nor a state of its
   * own (ソヴィエト連邦, ドイツ帝国), nor a sea or an ocean.
   */
  private static boolean placeable(Entity e) {
    if (e.type() != EntityType.LOCATION) {
      return true;
    }
    if ("REGION".equals(e.subtype())) {
      return false;
    }
    String name = e.mentions().isEmpty() ? e.name() : e.mentions().get(0).text();
    return !NOT_IN_A_COUNTRY.matcher(name).find();
  }

  private static final java.util.regex.Pattern NOT_IN_A_COUNTRY =
      java.util.regex.Pattern.compile("(?:連邦|共和国|王国|帝国|[洋海]|Ocean|Sea|Republic|Kingdom|Empire)$");

  private static final java.util.regex.Pattern UNION_OF_COUNTRIES =
      java.util.regex.Pattern.compile("(?:連合|同盟|共同体|連盟|Union|Alliance|Community|League)$");

  /** An organization named as a union of countries (欧州連合, 東南アジア諸国連合, African Union). */
  private static boolean international(Slot s) {
    return s.entity().type() == EntityType.ORGANIZATION && UNION_OF_COUNTRIES.matcher(s.mention().text()).find();
  }

  /** Whether an organization's name holds the country's own name (日本サッカー連盟): a national body, not a union. */
  private static boolean namesCountry(String organization, Entity country) {
    for (String alias : country.aliases()) {
      if (!alias.isEmpty() && organization.contains(alias)) {
        return true;
      }
    }
    return country.mentions().stream().anyMatch(m -> organization.contains(m.text()));
  }

  private static boolean isWorldRegion(Entity e) {
    return e.type() == EntityType.LOCATION && "REGION".equals(e.subtype());
  }

  private static Entity firstWorldRegion(List<Slot> slots) {
    for (Slot s : slots) {
      if (isWorldRegion(s.entity())) {
        return s.entity();
      }
    }
    return null;
  }

  private static boolean isDivision(Entity e) {
    return e.type() == EntityType.LOCATION && e.subtype() != null && DIVISIONS.contains(e.subtype());
  }

  private static boolean isCountry(Entity e) {
    return e.type() == EntityType.LOCATION && "COUNTRY".equals(e.subtype());
  }

}
