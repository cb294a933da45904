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
        int start = sentence.get(s.getStart()).start();
        int end = sentence.get(s.getEnd() - 1).end();
        out.add(span(text, start, end, EntityType.valueOf(s.getType()), probs[k], ruleCover));
      }
    }
    return withGazetteerPlaces(out, ruleSpans);
  }

  /** The model's spans, and the rules' gazetteer places that overlap none of them. */
  private static List<EntitySpan> withGazetteerPlaces(List<EntitySpan> model, List<EntitySpan> ruleSpans) {
    SpanCover taken = new SpanCover(model);
    List<EntitySpan> out = new ArrayList<>(model);
    for (EntitySpan r : ruleSpans) {
      if (r.type() == EntityType.LOCATION && r.placeId() != null && !taken.overlaps(r.start(), r.end())) {
        out.add(r);
      }
    }
    out.sort(java.util.Comparator.comparingInt(EntitySpan::start));
    return out;
  }

  private EntitySpan span(String text, int start, int end, EntityType type, double prob, SpanCover ruleCover) {
    String name = text.substring(start, end);
    EntitySpan rule = ruleCover.at(start, end);
    String subtype = null;
    String placeId = null;
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
