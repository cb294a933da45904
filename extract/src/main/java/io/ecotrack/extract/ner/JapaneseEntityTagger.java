package io.ecotrack.extract.ner;

import static io.ecotrack.extract.ner.JapaneseNameWords.PERSON_TITLES;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;

/**
 * Japanese names by rules, as a sequence of named passes over Lucene's kuromoji tokens and the part-of-speech tags of
 * its dictionaries, NEologd and IPADIC ({@link JapaneseMorphology}: 名詞-固有名詞-組織 / 人名 / 地域). The words the
 * rules read by are data ({@code ja-name-words.tsv}, {@link JapaneseNameWords}); each span says which pass made it:
 * <ol>
 *   <li>{@code abbreviated-place}, {@code numbered-unit} ({@link JapaneseDefinedNames}): names the text defines;
 *   <li>{@code chunk}, {@code quoted-name}, {@code legal-form}, {@code gloss}, {@code person-name},
 *       {@code kanji-surname} ({@link JapaneseChunker}, {@link JapaneseChunkSplitter}, {@link JapaneseNameClassifier}):
 *       runs of name-like tokens, split and typed by their suffixes, the gazetteer and their context;
 *   <li>{@code definition}: the topic of a definition sentence outranks a guess from the name alone;
 *   <li>{@code list-item} ({@link JapaneseListedNames}): the rest of a list whose items are names of one type, and
 *       {@code list-kind} ({@link JapaneseListKinds}): a list closed by what its items are (…などの企業);
 *   <li>{@code spaced-name} ({@link SpacedPersonNames}): a person written with a space between the names;
 *   <li>{@code address}, {@code profile-person} ({@link JapaneseProfileLines}): the places of an address and the
 *       representative a company profile names;
 *   <li>{@code dotted-name} ({@link DottedForeignNames}): katakana names joined by ・ before a person's title;
 *   <li>{@code code-word} ({@link JapaneseCodeWords}): codes and counts the chunker took for names are dropped, and
 *       so is a person of one kanji without a title ({@link SingleCharacterNames}, {@code single-character});
 *   <li>{@code quoted-title} ({@link QuotedTitles}): a katakana person that fills a pair of quotes is a title;
 *   <li>{@code introduced-person} ({@link JapaneseIntroducedPeople}): in an article, a one-word katakana person the
 *       text never introduces with a title is dropped (NEologd lists loanwords among people's names).
 * </ol>
 * With the learned tagger shipped, these spans are among its features ({@link LearnedEntityTagger}).
 */
public final class JapaneseEntityTagger implements EntityTagger {

  private static final ThreadLocal<JapaneseMorphology> MORPHOLOGY = ThreadLocal.withInitial(JapaneseMorphology::new);

  /** A place whose abbreviation is defined in passing: ウィスコンシン(WI)州. */
  public static final Pattern ABBREVIATED_PLACE = JapaneseDefinedNames.ABBREVIATED_PLACE;

  private final JapaneseDefinedNames defined;
  private final JapaneseChunker chunker;
  private final JapaneseProfileLines profiles;

  public JapaneseEntityTagger(Gazetteer places) {
    this.defined = new JapaneseDefinedNames(places);
    this.profiles = new JapaneseProfileLines(places);
    this.chunker = new JapaneseChunker(places, new JapaneseChunkSplitter(places, new JapaneseNameClassifier(places)));
  }

  /** A kuromoji tokenizer with the dictionary names are read with (NEologd), to measure tokenization alone. */
  public static JapaneseTokenizer kuromoji() {
    return JapaneseMorphology.neologdTokenizer();
  }

  /** The kuromoji tokens of {@code text} ({@link JapaneseMorphology}), for the rules here and the relation rules. */
  static List<JapaneseToken> tokens(String text) {
    return MORPHOLOGY.get().tokens(text);
  }

  /**
   * The passes that read a whole document's spans, whoever found them, run after the learned model as they run after
   * the rules' own: {@code list-kind}, {@code spaced-name} (of two spans found apart), {@code introduced-person}.
   */
  public static final SpanPass DOCUMENT_PASSES = (text, spans) -> JapaneseIntroducedPeople.apply(text,
      SpacedPersonNames.apply(text, null, JapaneseListKinds.apply(text, spans), PERSON_TITLES));

  @Override
  public List<EntitySpan> tag(String text) {
    List<EntitySpan> given = EntitySpan.from("abbreviated-place", defined.abbreviatedPlaces(text));
    given.addAll(EntitySpan.from("numbered-unit", JapaneseDefinedNames.numberedUnits(text)));
    List<EntitySpan> spans = new ArrayList<>(given);
    List<JapaneseToken> tokens = tokens(text);
    for (EntitySpan s : chunker.tagTokens(text, tokens)) {
      if (given.stream().noneMatch(d -> d.overlaps(s))) {
        spans.add(s);
      }
    }
    for (EntitySpan s : EntitySpan.from("definition", defined.definedTopics(text, tokens))) {
      // a definition ("Xは、英国の自動車メーカー。") outranks a guess from the name alone
      spans.removeIf(d -> d.start() == s.start() && d.end() == s.end() && d.confidence() < s.confidence());
      if (spans.stream().noneMatch(d -> d.overlaps(s))) {
        spans.add(s);
      }
    }
    spans.sort(Comparator.comparingInt(EntitySpan::start));
    spans = EntitySpan.from("list-item", JapaneseListedNames.listed(text, tokens, spans));
    spans = JapaneseListKinds.apply(text, spans);
    spans = SpacedPersonNames.apply(text, tokens, spans, PERSON_TITLES);
    spans = profiles.apply(text, spans);
    spans = DottedForeignNames.apply(text, spans);
    spans = JapaneseCodeWords.apply(spans);
    spans = SingleCharacterNames.apply(text, spans);
    spans = QuotedTitles.apply(text, spans);
    return JapaneseIntroducedPeople.apply(text, spans);
  }
}
