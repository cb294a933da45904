package io.ecotrack.extract;

import io.ecotrack.extract.ner.EnglishEntityTagger;
import io.ecotrack.extract.ner.EntitySpan;
import io.ecotrack.extract.ner.EntityTagger;
import io.ecotrack.extract.ner.Gazetteer;
import io.ecotrack.extract.ner.JapaneseEntityTagger;
import io.ecotrack.extract.relation.DocumentContextRelations;
import io.ecotrack.extract.relation.PatternRelationExtractor;
import io.ecotrack.extract.relation.RelationExtractor;
import io.ecotrack.extract.resolve.AliasTable;
import io.ecotrack.extract.resolve.EntityResolver;
import io.ecotrack.model.ArticleEnriched;
import io.ecotrack.model.ArticleFetched;
import io.ecotrack.model.Entity;
import io.ecotrack.model.Relation;
import io.ecotrack.model.EntityType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The extraction stage as a pure function: an article in, the same article with its entities and
 * relations out. Used alike by the Kafka worker and by the offline {@code ecotrack extract} command.
 */
public final class ArticleEnricher {
  /** Written into every enriched event, so a re-extraction by a newer version can be told apart. */
  public static final String VERSION = "ecotrack-extract/0.1.0";

  private final AliasTable aliases;
  private final EntityTagger japanese;
  private final EntityTagger english;
  private final EntityResolver resolver;
  private final RelationExtractor relations;

  public ArticleEnricher(AliasTable aliases, EntityTagger japanese, EntityTagger english, EntityResolver resolver,
      RelationExtractor relations) {
    this.aliases = aliases;
    this.japanese = japanese;
    this.english = english;
    this.resolver = resolver;
    this.relations = relations;
  }

  /** The standard extractor: kuromoji and rules for Japanese, capitalized spans for English, the place gazetteer. */
  public static ArticleEnricher standard(AliasTable aliases) {
    Gazetteer places = Gazetteer.places();
    return new ArticleEnricher(aliases, new JapaneseEntityTagger(places), new EnglishEntityTagger(places),
        new EntityResolver(aliases), new DocumentContextRelations(new PatternRelationExtractor()));
  }

  public ArticleEnriched enrich(ArticleFetched article) {
    String language = languageOf(article);
    List<EntitySpan> spans = withLearnedNames(article.text(), ("ja".equals(language) ? japanese : english).tag(article.text()));
    List<Entity> entities = resolver.resolve(article.text(), spans);
    List<Relation> found = relations.extract(article.text(), language, entities);
    return ArticleEnriched.of(article, entities, found, VERSION);
  }

  /** Adds the names learned from earlier articles that the tagger did not find on its own (プロメガ alone). */
  private List<EntitySpan> withLearnedNames(String text, List<EntitySpan> tagged) {
    List<EntitySpan> spans = new ArrayList<>(tagged);
    for (AliasTable.Match m : aliases.find(text)) {
      boolean free = tagged.stream().noneMatch(s -> s.start() < m.end() && m.start() < s.end());
      EntityType type = EntityType.fromId(m.id());
      if (free && type != null) {
        spans.add(new EntitySpan(m.start(), m.end(), text.substring(m.start(), m.end()), type, null, null, 0.7));
      }
    }
    spans.sort(Comparator.comparingInt(EntitySpan::start));
    return spans;
  }

  private static String languageOf(ArticleFetched article) {
    if ("ja".equals(article.language()) || "en".equals(article.language())) {
      return article.language();
    }
    String t = article.text();
    for (int i = 0; i < Math.min(t.length(), 2000); i++) {
      Character.UnicodeScript s = Character.UnicodeScript.of(t.charAt(i));
      if (s == Character.UnicodeScript.HIRAGANA || s == Character.UnicodeScript.KATAKANA) {
        return "ja";
      }
    }
    return "en";
  }
}
