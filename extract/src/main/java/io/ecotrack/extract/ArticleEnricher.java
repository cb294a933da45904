package io.ecotrack.extract;

import io.ecotrack.extract.curation.Curation;
import io.ecotrack.extract.ner.EnglishEntityTagger;
import io.ecotrack.extract.ner.EnglishTokenizer;
import io.ecotrack.extract.ner.EntitySpan;
import io.ecotrack.extract.ner.EntityTagger;
import io.ecotrack.extract.ner.Gazetteer;
import io.ecotrack.extract.ner.JapaneseEntityTagger;
import io.ecotrack.extract.ner.JapaneseNerTokenizer;
import io.ecotrack.extract.ner.LearnedEntityTagger;
import io.ecotrack.extract.ner.NerFeatures;
import io.ecotrack.extract.ner.NerTokenizer;
import io.ecotrack.extract.ner.SpanCover;
import io.ecotrack.extract.ner.SpanPass;
import io.ecotrack.extract.relation.DocumentContextRelations;
import io.ecotrack.extract.relation.RelationExtractor;
import io.ecotrack.extract.relation.TriggerRelationExtractor;
import io.ecotrack.extract.resolve.AliasTable;
import io.ecotrack.extract.resolve.EntityResolver;
import io.ecotrack.model.ArticleEnriched;
import io.ecotrack.model.ArticleFetched;
import io.ecotrack.model.Entity;
import io.ecotrack.model.EntityType;
import io.ecotrack.model.Relation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The extraction stage as a pure function: an article in, the same article with its entities and
 * relations out. Used alike by the Kafka worker and by the offline {@code ecotrack extract} command.
 */
public final class ArticleEnricher {
  private static final Logger log = LoggerFactory.getLogger(ArticleEnricher.class);
  /** Written into every enriched event, so a re-extraction by a newer version can be told apart. */
  public static final String VERSION = "ecotrack-extract/0.1.0";

  private final AliasTable aliases;
  private final EntityTagger japanese;
  private final EntityTagger english;
  private final EntityResolver resolver;
  private final RelationExtractor relations;
  private final ExtractionLimits limits;
  private final Curation curation;

  public ArticleEnricher(AliasTable aliases, EntityTagger japanese, EntityTagger english, EntityResolver resolver,
      RelationExtractor relations) {
    this(aliases, japanese, english, resolver, relations, ExtractionLimits.defaults(), Curation.none());
  }

  /**
   * @param curation the analysts' corrections, applied to the names found (before the resolver) and to the entities
   *     (after it), so relations are read between the corrected entities
   */
  public ArticleEnricher(AliasTable aliases, EntityTagger japanese, EntityTagger english, EntityResolver resolver,
      RelationExtractor relations, ExtractionLimits limits, Curation curation) {
    this.limits = limits;
    this.curation = curation;
    this.aliases = aliases;
    this.japanese = japanese;
    this.english = english;
    this.resolver = resolver;
    this.relations = relations;
  }

  /**
   * The standard extractor: for each language the learned tagger shipped with the build (the rules' spans
   * among its features), or the rules alone where no model is shipped; the place gazetteer; the resolver and
   * the relation rules.
   */
  public static ArticleEnricher standard(AliasTable aliases) {
    return standard(aliases, Curation.none());
  }

  /** The standard extractor with the analysts' corrections in {@code curation} applied. */
  public static ArticleEnricher standard(AliasTable aliases, Curation curation) {
    return new ArticleEnricher(aliases, standardTagger("ja"), standardTagger("en"),
        new EntityResolver(aliases), new DocumentContextRelations(new TriggerRelationExtractor(), Gazetteer.places()),
        ExtractionLimits.defaults(), curation);
  }

  /** The tagger {@link #standard} uses for {@code language} ({@code ja}, or English for anything else). */
  public static EntityTagger standardTagger(String language) {
    Gazetteer places = Gazetteer.places();
    return "ja".equals(language)
        ? tagger("ja", new JapaneseEntityTagger(places), new JapaneseNerTokenizer(), places,
            features -> JapaneseEntityTagger.DOCUMENT_PASSES)
        : tagger("en", new EnglishEntityTagger(places), new EnglishTokenizer(), places,
            features -> EnglishEntityTagger.documentPasses(features, places));
  }

  /** The shipped model of {@code language} with the features it was trained with (read once), else the rules alone. */
  private static EntityTagger tagger(String language, EntityTagger rules, NerTokenizer tokenizer, Gazetteer places,
      Function<NerFeatures, SpanPass> afterModel) {
    String name = "ner-" + language + ".bin";
    return LearnedEntityTagger.shipped(name).<EntityTagger>map(model -> {
      NerFeatures features = LearnedEntityTagger.shippedFeatures(name);
      return new LearnedEntityTagger(model, features, tokenizer, rules, places, afterModel.apply(features));
    }).orElse(rules);
  }

  /**
   * Extracts {@code article} within the {@link ExtractionLimits}: an article over a bound comes back
   * extracted partly, with a warning per bound that cut.
   */
  public ArticleEnriched enrich(ArticleFetched article) {
    long begin = System.nanoTime();
    List<String> warnings = new ArrayList<>();
    String language = languageOf(article);
    String text = article.text();
    int tagged = limits.taggedLength(text);
    if (tagged < text.length()) {
      warnings.add("text: entities and relations come from the first " + tagged + " of " + text.length() + " characters");
      text = text.substring(0, tagged); // a prefix: offsets into it are offsets into the article
    }
    List<EntitySpan> spans = spans(text, language);
    List<Entity> entities = limits.bound(curation.entities(resolver.resolve(text, spans)), warnings);
    List<Relation> found;
    long spentMs = (System.nanoTime() - begin) / 1_000_000;
    if (spentMs > limits.timeBudget().toMillis()) {
      warnings.add("time: entities took " + spentMs + " ms of a budget of " + limits.timeBudget().toMillis()
          + " ms; relations were not extracted");
      found = List.of();
    } else {
      found = limits.boundRelations(relations.extract(text, language, entities), warnings);
    }
    if (!warnings.isEmpty()) {
      log.warn("extracted id={} partly: {}", article.id(), String.join("; ", warnings));
    }
    return ArticleEnriched.of(article, entities, found, VERSION, warnings);
  }

  /**
   * One name of an article and where it came from: the rule pass or model that found it ({@link EntitySpan#pass}),
   * or {@code resolver} for a mention the resolver added (同社, a gloss), and the entity it became, or null when
   * the resolver dropped it.
   */
  public record ExplainedSpan(int start, int end, String text, EntityType type, String subtype, String pass, String entity) {}

  /** What {@link #enrich} found in {@code article}, span by span, in text order: for {@code ecotrack extract --explain}. */
  public List<ExplainedSpan> explain(ArticleFetched article) {
    String text = article.text().substring(0, limits.taggedLength(article.text()));
    List<EntitySpan> spans = spans(text, languageOf(article));
    Map<Long, Entity> byMention = new HashMap<>();
    for (Entity e : curation.entities(resolver.resolve(text, spans))) {
      e.mentions().forEach(m -> byMention.putIfAbsent(key(m.start(), m.end()), e));
    }
    List<ExplainedSpan> out = new ArrayList<>();
    Set<Long> tagged = new HashSet<>();
    for (EntitySpan s : spans) {
      tagged.add(key(s.start(), s.end()));
      Entity e = byMention.get(key(s.start(), s.end()));
      out.add(new ExplainedSpan(s.start(), s.end(), s.text(), s.type(), s.subtype(), s.pass() == null ? "rules" : s.pass(),
          e == null ? null : e.id()));
    }
    byMention.forEach((k, e) -> {
      if (!tagged.contains(k)) {
        int start = (int) (k >>> 32);
        int end = (int) (long) k;
        out.add(new ExplainedSpan(start, end, text.substring(start, end), e.type(), e.subtype(), "resolver", e.id()));
      }
    });
    out.sort(Comparator.comparingInt(ExplainedSpan::start).thenComparingInt(ExplainedSpan::end));
    return out;
  }

  private static long key(int start, int end) {
    return (long) start << 32 | end;
  }

  /** The names the tagger of {@code language} finds in {@code text}, with those learned from earlier articles. */
  private List<EntitySpan> spans(String text, String language) {
    return curation.spans(text, withLearnedNames(text, ("ja".equals(language) ? japanese : english).tag(text)));
  }

  /**
   * Adds the names learned from earlier articles that the tagger did not find on its own (プロメガ alone), and lets one
   * replace the shorter names the tagger found inside it ("Mayo" of a learned "Mayo Clinic").
   */
  private List<EntitySpan> withLearnedNames(String text, List<EntitySpan> tagged) {
    List<EntitySpan> spans = new ArrayList<>(tagged);
    SpanCover cover = new SpanCover(tagged);
    for (AliasTable.Match m : aliases.find(text)) {
      EntityType type = EntityType.fromId(m.id());
      if (type == null) {
        continue;
      }
      if (!cover.overlaps(m.start(), m.end())) {
        spans.add(new EntitySpan(m.start(), m.end(), text.substring(m.start(), m.end()), type, null, null, 0.7, "alias-table"));
      } else {
        // a name learned whole that holds only shorter names the tagger found ("Mayo" of "Mayo Clinic") replaces them
        List<EntitySpan> inside = spans.stream().filter(s -> s.start() < m.end() && m.start() < s.end()).toList();
        if (inside.stream().allMatch(s -> s.start() >= m.start() && s.end() <= m.end() && s.length() < m.end() - m.start())) {
          spans.removeAll(inside);
          spans.add(new EntitySpan(m.start(), m.end(), text.substring(m.start(), m.end()), type, null, null, 0.7, "alias-table"));
        }
      }
    }
    spans.sort(Comparator.comparingInt(EntitySpan::start));
    return spans;
  }

  /** The article's language when it says ja or en, else the one its script says (ecotrack reads only these two). */
  private static String languageOf(ArticleFetched article) {
    if ("ja".equals(article.language()) || "en".equals(article.language())) {
      return article.language();
    }
    // kana says Japanese; without kana, a text of more kanji than Latin letters is Japanese too (静岡県出身。)
    String t = article.text();
    int han = 0;
    int latin = 0;
    for (int i = 0; i < Math.min(t.length(), 2000); i++) {
      Character.UnicodeScript s = Character.UnicodeScript.of(t.charAt(i));
      if (s == Character.UnicodeScript.HIRAGANA || s == Character.UnicodeScript.KATAKANA) {
        return "ja";
      }
      han += s == Character.UnicodeScript.HAN ? 1 : 0;
      latin += s == Character.UnicodeScript.LATIN ? 1 : 0;
    }
    return han > latin ? "ja" : "en";
  }
}
