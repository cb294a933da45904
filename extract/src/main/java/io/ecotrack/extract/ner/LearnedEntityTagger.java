package io.ecotrack.extract.ner;

import io.ecotrack.model.EntityType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/**
 * Names found by a trained sequence tagger ({@link NerTrainer}), with the hand rules' own spans among its
 * features. Products, events and works the model recognises are dropped: they are not entities of ecotrack's.
 * A span the rules found at the very same place lends the model's span its subtype and place; a place the
 * rules did not name is looked up in the gazetteer. Small passes of the rules follow the model (see
 * {@link #withRulePasses}): the gazetteer is a list of real places, and the rules read some names whole that
 * the model cuts short.
 */
public final class LearnedEntityTagger implements EntityTagger {
  private final NerTokenizer tokenizer;
  private final EntityTagger rules;
  private final Gazetteer places;
  private final ThreadLocal<NameFinderME> finders;
  private final String pass;
  private final NerFeatures features;
  private final SpanPass afterModel;

  /** A tagger for a model trained without a lower-case vocabulary, with no document passes after it. */
  public LearnedEntityTagger(TokenNameFinderModel model, NerTokenizer tokenizer, EntityTagger rules, Gazetteer places) {
    this(model, NerFeatures.NO_VOCABULARY, tokenizer, rules, places, SpanPass.NONE);
  }

  /**
   * A tagger for {@code model}, which was trained with {@code features}; {@code afterModel} runs last, on the spans of
   * the whole text (the rules' document passes, {@link JapaneseEntityTagger#DOCUMENT_PASSES}).
   */
  public LearnedEntityTagger(TokenNameFinderModel model, NerFeatures features, NerTokenizer tokenizer, EntityTagger rules,
      Gazetteer places, SpanPass afterModel) {
    this.pass = "model:ner-" + model.getLanguage();
    this.features = features;
    this.afterModel = afterModel;
    this.tokenizer = tokenizer;
    this.rules = rules;
    this.places = places;
    this.finders = ThreadLocal.withInitial(() -> new NameFinderME(model));
  }

  /** The model shipped as the resource {@code name} beside this class, if the build has it. */
  public static Optional<TokenNameFinderModel> shipped(String name) {
    try (InputStream in = LearnedEntityTagger.class.getResourceAsStream("model/" + name)) {
      return in == null ? Optional.empty() : Optional.of(new TokenNameFinderModel(in));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the shipped model " + name, e);
    }
  }

  /**
   * The features the shipped model {@code name} was trained with: its lower-case vocabulary (the resource
   * {@code name} with {@code .lowercase.txt} for {@code .bin}) and its word classes ({@code .clusters.txt}), each
   * none when the build has no such file.
   */
  public static NerFeatures shippedFeatures(String name) {
    String stem = name.replace(".bin", "");
    Set<String> vocabulary = readShipped(stem + ".lowercase.txt", Set.of(),
        r -> r.lines().filter(l -> !l.isEmpty()).collect(Collectors.toSet()));
    return new NerFeatures(vocabulary, readShipped(stem + ".clusters.txt", WordClusters.NONE, WordClusters::read));
  }

  /** The resource {@code file} beside the shipped models, read by {@code read}, or {@code absent} when the build has none. */
  private static <T> T readShipped(String file, T absent, Function<BufferedReader, T> read) {
    try (InputStream in = LearnedEntityTagger.class.getResourceAsStream("model/" + file)) {
      return in == null ? absent : read.apply(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + " of the shipped models", e);
    }
  }

  @Override
  public List<EntitySpan> tag(String text) {
    List<EntitySpan> ruleSpans = rules.tag(text);
    SpanCover ruleCover = new SpanCover(ruleSpans);
    NameFinderME finder = finders.get();
    List<EntitySpan> out = new ArrayList<>();
    NoType noType = NoType.none();
    for (List<NerToken> sentence : tokenizer.sentences(text)) {
      String[] words = sentence.stream().map(NerToken::text).toArray(String[]::new);
      Span[] raw = finder.find(words, features.of(sentence, ruleCover));
      double[] rawProbs = finder.probs(raw);
      finder.clearAdaptiveData();
      Span[] found = endNotOnConnector(raw, words);
      double[] probs = new double[found.length];
      for (int k = 0, r = 0; k < found.length; k++) {
        while (raw[r].getStart() != found[k].getStart()) {
          r++;
        }
        probs[k] = rawProbs[r];
      }
      for (int k = 0; k < found.length; k++) {
        Span s = found[k];
        if (NerLabels.NOT_AN_ENTITY.equals(s.getType())) {
          noType.add(text, sentence.get(s.getStart()).start(), sentence.get(s.getEnd() - 1).end());
          continue;
        }
        // a name does not run through a possessive: "Minnesota 's Medical Alley" is two names
        int from = s.getStart();
        for (int i = s.getStart(); i <= s.getEnd(); i++) {
          if (i == s.getEnd() || POSSESSIVE.contains(sentence.get(i).text())) {
            if (i > from) {
              int start = sentence.get(from).start();
              int end = sentence.get(i - 1).end();
              boolean part = from > s.getStart() || i < s.getEnd();
              out.add(span(text, start, end, EntityType.valueOf(s.getType()), probs[k], ruleCover, part));
            }
            from = i + 1;
          }
        }
      }
    }
    return afterModel.apply(text, withRulePasses(out, noType, ruleSpans, features));
  }

  private static final Set<String> POSSESSIVE = Set.of("'s", "’s");
  private static final Set<String> CONNECTORS = Set.of("of", "and", "&", "for", "de");

  /**
   * The model's names of one sentence, none ending on a connector: a name never ends on "of", "and" or "&". When a
   * capitalized word follows, the name goes on through it, and through the model's next name if that starts there
   * ("Shamrock Holdings of" + "California"); otherwise the connector is dropped. Each name keeps its first start.
   */
  static Span[] endNotOnConnector(Span[] found, String[] words) {
    List<Span> out = new ArrayList<>();
    for (int k = 0; k < found.length; k++) {
      Span s = found[k];
      int end = s.getEnd();
      if (CONNECTORS.contains(words[end - 1])) {
        if (end < words.length && Character.isUpperCase(words[end].codePointAt(0))) {
          int to = end + 1;
          if (k + 1 < found.length && found[k + 1].getStart() == end) {
            to = found[++k].getEnd();
          } else {
            while (to < words.length && Character.isUpperCase(words[to].codePointAt(0))) {
              to++;
            }
          }
          s = new Span(s.getStart(), to, s.getType());
        } else if (end - 1 > s.getStart()) {
          s = new Span(s.getStart(), end - 1, s.getType());
        } else {
          continue;
        }
      }
      out.add(s);
    }
    return out.toArray(Span[]::new);
  }

  /**
   * The model's spans after the rules' passes. A gazetteer place that overlaps no span is added, and one that
   * takes in every span it overlaps (the model's "Medical" of "Medical Alley") replaces them. A rule span of
   * the model's type that holds the model's one span there, and more, replaces it ("Mayo" of "president of
   * Mayo Clinic"), and so does an organization named by its kind whatever the model typed its first words. An organization the rules name twice or more in the article where the model named nothing
   * is kept (one name, one entity), unless it is one word the training text also writes in lower case, and so is the acronym of an organization the model named (UW–Madison).
   * Neither an organization named twice nor a longer rule name is kept over a name the model gave no ecotrack type
   * ({@code noType}) unless the model types that name elsewhere.
   */
  static List<EntitySpan> withRulePasses(List<EntitySpan> model, NoType noType, List<EntitySpan> ruleSpans,
      NerFeatures features) {
    Map<String, Long> namings = ruleSpans.stream().collect(Collectors.groupingBy(EntitySpan::text, Collectors.counting()));
    // model spans are disjoint and in text order: those overlapping a rule span are found by binary search
    int[] starts = model.stream().mapToInt(EntitySpan::start).toArray();
    Set<String> typedByModel = model.stream().map(EntitySpan::text).collect(Collectors.toSet());
    Set<EntitySpan> replaced = new HashSet<>();
    List<EntitySpan> added = new ArrayList<>();
    for (EntitySpan r : ruleSpans) {
      List<EntitySpan> overlapping = new ArrayList<>();
      for (int i = Math.max(0, firstEndingAfter(model, starts, r.start())); i < model.size() && model.get(i).start() < r.end(); i++) {
        if (model.get(i).end() > r.start() && !replaced.contains(model.get(i))) {
          overlapping.add(model.get(i));
        }
      }
      boolean takesThemIn = overlapping.stream().allMatch(m -> m.start() >= r.start() && m.end() <= r.end());
      String keep = null; // the pass that keeps the rule span, if one does
      // the model read a name of no ecotrack type there, or this name elsewhere (Olympic, the U.S. Open, FTSE), and
      // never typed it: the rules' capitalized words do not make it an organization ("Taft stockholders" read as a
      // modifier still lets the rules name Taft, which the model calls a company elsewhere)
      boolean ofNoType = noType.covers(r) && !typedByModel.contains(r.text());
      if (r.type() == EntityType.LOCATION && r.placeId() != null) {
        boolean same = overlapping.size() == 1 && overlapping.get(0).start() == r.start() && overlapping.get(0).end() == r.end();
        // a country the model took for an organization is the country ("India's United Breweries")
        boolean country = same && "COUNTRY".equals(r.subtype()) && overlapping.get(0).type() == EntityType.ORGANIZATION;
        keep = takesThemIn && (!same || country) ? "gazetteer-place" : null;
      } else if (overlapping.isEmpty()) {
        // a word the training text writes in lower case too is a common word capitalized (Second, Total, Division)
        boolean commonWord = r.text().indexOf(' ') < 0 && features.writtenInLowercase(r.text().toLowerCase(java.util.Locale.ROOT));
        keep = ofNoType ? null
            : r.type() == EntityType.ORGANIZATION && namings.get(r.text()) >= 2 && !commonWord ? "named-twice"
            : Acronyms.isAcronym(r.text()) && model.stream().anyMatch(m -> m.type() == EntityType.ORGANIZATION
                && Acronyms.spells(r.text(), m.text())) ? "acronym" : null;
      } else {
        EntitySpan m = overlapping.get(0);
        // of the model's type, or an organization by its kind whatever the model took its first words for ("Mayo" a
        // place in "Mayo Clinic")
        boolean sameThing = m.type() == r.type() || organizationByKind(r);
        // words the rules put before the model's name must be names too, not a common word capitalized at the start
        // of a sentence or a title ("Neither Lebed", "Economist Joel Naroff")
        boolean plainBefore = overlapping.size() == 1 && commonWordIn(r.text().substring(0, Math.max(0, m.start() - r.start())),
            features);
        keep = overlapping.size() == 1 && sameThing && takesThemIn && !ofNoType && m.end() - m.start() < r.end() - r.start() && !plainBefore
            ? "longer-rule-name"
            // Johnson & Johnson, Procter & Gamble: the model reads two names where the ampersand writes one company's
            : r.type() == EntityType.ORGANIZATION && takesThemIn && r.text().contains(" & ") ? "ampersand-name" : null;
      }
      if (keep != null) {
        replaced.addAll(overlapping);
        EntitySpan kept = r.by(keep + "/" + (r.pass() == null ? "rules" : r.pass()));
        added.add(keep.equals("acronym") // the acronym of an organization is one, whatever the rules took it for
            ? new EntitySpan(r.start(), r.end(), r.text(), EntityType.ORGANIZATION, null, null, r.confidence(), kept.pass())
            : kept);
      }
    }
    List<EntitySpan> out = new ArrayList<>(model.size() + added.size());
    model.stream().filter(m -> !replaced.contains(m)).forEach(out::add);
    out.addAll(added);
    out.sort(Comparator.comparingInt(EntitySpan::start));
    return out;
  }

  /**
   * Where the model found names of no ecotrack type in a text (products, events, nationalities: CoNLL's MISC), and
   * those names: a rule span there, or of one of those names, is no organization or person.
   */
  record NoType(BitSet where, Set<String> names) {
    /** None yet: the names are added as the model finds them. */
    static NoType none() {
      return new NoType(new BitSet(), new HashSet<>());
    }

    void add(String text, int start, int end) {
      where.set(start, end);
      names.add(text.substring(start, end));
    }

    boolean covers(EntitySpan span) {
      int first = where.nextSetBit(span.start());
      return first >= 0 && first < span.end() || names.contains(span.text());
    }
  }

  /** True when {@code words} hold a word the training text writes in lower case (of, neither, economist). */
  private static boolean commonWordIn(String words, NerFeatures features) {
    for (String w : words.split("[\\s]+")) {
      if (!w.isEmpty() && features.writtenInLowercase(w.toLowerCase(java.util.Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** An organization whose last word says what kind it is (Clinic, University, Inc): an English organization suffix. */
  private static boolean organizationByKind(EntitySpan r) {
    if (r.type() != EntityType.ORGANIZATION) {
      return false;
    }
    String last = r.text().substring(r.text().lastIndexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT);
    return r.text().indexOf(' ') > 0 && EnglishEntityTagger.ORG_SUFFIXES.containsKey(last);
  }

  /** The index of the first span of {@code model} (disjoint, in order) that ends after {@code offset}. */
  private static int firstEndingAfter(List<EntitySpan> model, int[] starts, int offset) {
    int i = Arrays.binarySearch(starts, offset);
    i = i < 0 ? -i - 2 : i; // the last span starting at or before offset
    return i >= 0 && model.get(i).end() > offset ? i : i + 1;
  }

  /**
   * The span [start, end) the model typed {@code type}. The rules' span at exactly this place lends it its
   * subtype and place; a place of the gazetteer keeps its type when it is part of a longer span the model
   * found ({@code part}) or a name of several words ("Medical Alley", "Hong Kong").
   */
  private EntitySpan span(String text, int start, int end, EntityType type, double prob, SpanCover ruleCover, boolean part) {
    String name = text.substring(start, end);
    EntitySpan at = ruleCover.at(start, end);
    EntitySpan rule = at != null && at.start() == start && at.end() == end ? at : null; // the rules' span, if the same
    String subtype = null;
    String placeId = null;
    if (rule != null && rule.placeId() != null && (part || name.indexOf(' ') > 0)) {
      type = EntityType.LOCATION;
    } else if (part && places.lookup(name).isPresent()) {
      type = EntityType.LOCATION;
    } else if (rule != null && rule.subtype() != null && rule.type() == EntityType.ORGANIZATION
        && (type == EntityType.PERSON || type == EntityType.LOCATION && places.lookup(name).isEmpty())) {
      type = EntityType.ORGANIZATION; // a name the rules know by its kind (…Clinic, …University) is no person or place
    } else if (type == EntityType.PERSON && Acronyms.leadsWord(name)) {
      type = EntityType.ORGANIZATION; // UW–Madison, IBMers: a word that starts with an acronym is no person's name
    }
    if (rule != null && rule.type() == type) {
      subtype = rule.subtype();
      placeId = rule.placeId();
    } else if (type == EntityType.LOCATION) {
      Optional<Gazetteer.Place> place = places.lookup(name);
      if (place.isPresent()) {
        subtype = place.get().subtype();
        placeId = place.get().id();
      }
    }
    return new EntitySpan(start, end, name, type, subtype, placeId, Math.round(Math.min(0.99, 0.5 + prob / 2) * 100) / 100.0,
        pass);
  }
}
