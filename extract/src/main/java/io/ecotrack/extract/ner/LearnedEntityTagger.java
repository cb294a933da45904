package io.ecotrack.extract.ner;

import io.ecotrack.model.EntityType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/**
 * Names found by a trained sequence tagger ({@link NerTrainer}), with the hand rules' own spans among its
 * features. A span the rules found at the very same place lends the model's span its subtype and place; a
 * place the rules did not name is looked up in the gazetteer. Products, events and works the model
 * recognises are dropped: they are not entities of ecotrack's. After the model, one pass of the rules:
 * a place of the gazetteer that the rules named where the model named nothing (or named a non-entity at
 * exactly that span, as "German" for CoNLL's MISC) is kept, since the gazetteer is a list of real places.
 */
public final class LearnedEntityTagger implements EntityTagger {
  private final TokenNameFinderModel model;
  private final NerTokenizer tokenizer;
  private final EntityTagger rules;
  private final Gazetteer places;
  private final ThreadLocal<NameFinderME> finders;

  public LearnedEntityTagger(TokenNameFinderModel model, NerTokenizer tokenizer, EntityTagger rules, Gazetteer places) {
    this.model = model;
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

  public TokenNameFinderModel model() {
    return model;
  }

  @Override
  public List<EntitySpan> tag(String text) {
    List<EntitySpan> ruleSpans = rules.tag(text);
    SpanCover ruleCover = new SpanCover(ruleSpans);
    NameFinderME finder = finders.get();
    List<EntitySpan> out = new ArrayList<>();
    for (List<NerToken> sentence : tokenizer.sentences(text)) {
      String[] words = sentence.stream().map(NerToken::text).toArray(String[]::new);
      Span[] found = finder.find(words, NerFeatures.of(sentence, ruleCover));
      double[] probs = finder.probs(found);
      finder.clearAdaptiveData();
      for (int k = 0; k < found.length; k++) {
        Span s = found[k];
        if (NerLabels.NOT_AN_ENTITY.equals(s.getType())) {
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
    return withGazetteerPlaces(out, ruleSpans);
  }

  private static final java.util.Set<String> POSSESSIVE = java.util.Set.of("'s", "’s");

  /**
   * The model's spans with the rules' gazetteer places: a place that overlaps no span is added, and one that
   * takes in every span it overlaps (the model's "Medical" of "Medical Alley") replaces them. A rule span of the
   * model's type that holds the model's one span there, and more, replaces it too; an organization the rules
   * name twice or more in the article where the model named nothing is kept (one name, one entity).
   */
  private static List<EntitySpan> withGazetteerPlaces(List<EntitySpan> model, List<EntitySpan> ruleSpans) {
    List<EntitySpan> out = new ArrayList<>(model);
    java.util.Map<String, Long> counts = ruleSpans.stream()
        .collect(java.util.stream.Collectors.groupingBy(EntitySpan::text, java.util.stream.Collectors.counting()));
    java.util.Set<String> namedTwice = new java.util.HashSet<>();
    counts.forEach((name, n) -> {
      if (n >= 2) {
        namedTwice.add(name);
      }
    });
    for (EntitySpan r : ruleSpans) {
      if (r.type() != EntityType.LOCATION || r.placeId() == null) {
        // the model cut a name short that the rules read whole: "Mayo" of "president of Mayo Clinic"
        List<EntitySpan> inside = out.stream().filter(m -> m.start() < r.end() && r.start() < m.end()).toList();
        if (inside.isEmpty() && r.type() == EntityType.ORGANIZATION && namedTwice.contains(r.text())) {
          // a name the rules find twice or more in the article, where the model found nothing, is kept
          out.add(r);
          continue;
        }
        if (inside.size() == 1 && inside.get(0).type() == r.type() && inside.get(0).start() >= r.start()
            && inside.get(0).end() <= r.end() && inside.get(0).end() - inside.get(0).start() < r.end() - r.start()) {
          out.remove(inside.get(0));
          out.add(r);
        }
        continue;
      }
      List<EntitySpan> overlapping = out.stream().filter(m -> m.start() < r.end() && r.start() < m.end()).toList();
      if (overlapping.stream().allMatch(m -> m.start() >= r.start() && m.end() <= r.end())
          && !(overlapping.size() == 1 && overlapping.get(0).start() == r.start() && overlapping.get(0).end() == r.end())) {
        out.removeAll(overlapping);
        out.add(r);
      }
    }
    out.sort(java.util.Comparator.comparingInt(EntitySpan::start));
    return out;
  }

  /**
   * The span [start, end) the model typed {@code type}. The rules' span at exactly this place lends it its
   * subtype and place; a place of the gazetteer keeps its type when it is part of a longer span the model
   * found ({@code part}) or a name of several words ("Medical Alley", "Hong Kong").
   */
  private EntitySpan span(String text, int start, int end, EntityType type, double prob, SpanCover ruleCover, boolean part) {
    String name = text.substring(start, end);
    EntitySpan rule = ruleCover.at(start, end);
    String subtype = null;
    String placeId = null;
    boolean samePlace = rule != null && rule.start() == start && rule.end() == end && rule.placeId() != null;
    if (samePlace && (part || name.indexOf(' ') > 0)) {
      type = EntityType.LOCATION;
    } else if (part && places.lookup(name).isPresent()) {
      type = EntityType.LOCATION;
    } else if (rule != null && rule.start() == start && rule.end() == end && rule.subtype() != null
        && rule.type() == EntityType.ORGANIZATION && type == EntityType.PERSON) {
      type = EntityType.ORGANIZATION; // a name the rules know by its kind (…Clinic, …University) is no person
    }
    if (rule != null && rule.start() == start && rule.end() == end && rule.type() == type) {
      subtype = rule.subtype();
      placeId = rule.placeId();
    } else if (type == EntityType.LOCATION) {
      Optional<Gazetteer.Place> place = places.lookup(name);
      if (place.isPresent()) {
        subtype = place.get().subtype();
        placeId = place.get().id();
      }
    }
    return new EntitySpan(start, end, name, type, subtype, placeId, Math.round(Math.min(0.99, 0.5 + prob / 2) * 100) / 100.0);
  }
}
