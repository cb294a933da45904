package io.ecotrack.index.search;

import static io.ecotrack.index.store.IndexSchema.LANGUAGE;
import static io.ecotrack.index.store.IndexSchema.TEXT;
import static io.ecotrack.index.store.IndexSchema.TEXT_EN;
import static io.ecotrack.index.store.IndexSchema.TEXT_JA;
import static io.ecotrack.index.store.IndexSchema.TITLE;

import io.ecotrack.index.store.IndexSchema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.QueryBuilder;

/**
 * The passage of each hit that shows why it matched, the matches in [brackets]: Lucene's {@link UnifiedHighlighter} over
 * the article text, with the query's own phrases highlighted whole and the other names of an entity the query named
 * highlighted too ("Mayo Clinic" marks メイヨー・クリニック in a Japanese article). The text is indexed twice, by kuromoji
 * and by the English analyzer, and stored once: both analyzed fields read the one stored text, and the passage of the
 * field that matched more wins. A passage is one sentence or line ({@link SentenceOrLineBreaks}), cut to at most
 * {@link #PASSAGE_LENGTH} characters around its first match; the title, which the text often opens with and a hit shows
 * apart, is left out of it.
 */
final class ArticleHighlights {
  static final int PASSAGE_LENGTH = 240;
  private static final String[] FIELDS = {TEXT_EN, TEXT_JA};

  private final UnifiedHighlighter highlighter;

  ArticleHighlights(IndexSearcher searcher) {
    this.highlighter = new StoredTextHighlighter(UnifiedHighlighter.builder(searcher, IndexSchema.analyzer())
        .withBreakIterator(SentenceOrLineBreaks::new)
        .withFormatter(new DefaultPassageFormatter("[", "]", " … ", false))
        .withHighlightPhrasesStrictly(true)
        .withWeightMatches(true) // a phrase is one match, marked whole
        .withMaxLength(1_000_000) // a match deep in a long report still counts
        .withMaxNoHighlightPassages(1));
  }

  /**
   * The passage of each of {@code top}'s hits, in their order, for {@code query} (the parsed text query) and the other
   * {@code names} of the entities it named.
   */
  List<String> of(Query query, Collection<String> names, TopDocs top, List<Document> docs) throws IOException {
    BooleanQuery.Builder all = new BooleanQuery.Builder().add(query, Occur.SHOULD);
    QueryBuilder phrases = new QueryBuilder(IndexSchema.analyzer());
    for (String name : names) {
      for (String field : FIELDS) {
        Query phrase = phrases.createPhraseQuery(field, name);
        if (phrase != null) {
          all.add(phrase, Occur.SHOULD);
        }
      }
    }
    Map<String, String[]> byField = highlighter.highlightFields(FIELDS, all.build(), top, new int[] {1, 1});
    List<String> out = new ArrayList<>(top.scoreDocs.length);
    for (int i = 0; i < top.scoreDocs.length; i++) {
      String english = byField.get(TEXT_EN)[i];
      String japanese = byField.get(TEXT_JA)[i];
      int en = marks(english);
      int ja = marks(japanese);
      boolean preferJapanese = ja > en || ja == en && "ja".equals(docs.get(i).get(LANGUAGE));
      String passage = tidy(preferJapanese ? japanese : english);
      out.add(passage.isEmpty() ? opening(docs.get(i)) : passage);
    }
    return out;
  }

  /** The first line of the text after the title: the passage of a hit that matched by an entity, not by its words. */
  private static String opening(Document d) {
    String text = withoutTitle(d.get(TEXT), d.get(TITLE));
    return text.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().map(l -> cut(l, 0)).orElse("");
  }

  private static int marks(String passage) {
    return passage == null ? -1 : (int) passage.chars().filter(c -> c == '[').count();
  }

  /** One line; two matches side by side (a name the analyzer split in two) one mark; cut around the first. */
  private static String tidy(String passage) {
    if (passage == null) {
      return "";
    }
    String p = passage.replaceAll("\\s+", " ").replace("] [", " ").replace("][", "").strip();
    return cut(p, Math.max(0, p.indexOf('[')));
  }

  /** {@code s} cut to {@link #PASSAGE_LENGTH} characters, starting a third of that before {@code focus}. */
  private static String cut(String s, int focus) {
    if (s.length() <= PASSAGE_LENGTH) {
      return s;
    }
    int start = Math.max(0, Math.min(focus - PASSAGE_LENGTH / 3, s.length() - PASSAGE_LENGTH));
    int end = Math.min(s.length(), start + PASSAGE_LENGTH);
    return (start > 0 ? "…" : "") + s.substring(start, end).strip() + (end < s.length() ? "…" : "");
  }

  /** {@code text} with the title it opens with blanked out, offsets kept. */
  static String withoutTitle(String text, String title) {
    if (text == null) {
      return "";
    }
    if (title != null && !title.isBlank() && text.startsWith(title)) {
      return " ".repeat(title.length()) + text.substring(title.length());
    }
    return text;
  }

  /** The highlighter that reads each analyzed field's text from the one stored {@code text} field. */
  private static final class StoredTextHighlighter extends UnifiedHighlighter {
    StoredTextHighlighter(Builder builder) {
      super(builder);
    }

    @Override
    protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
        throws IOException {
      List<CharSequence[]> values = new ArrayList<>();
      var stored = searcher.storedFields();
      for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
        Document d = stored.document(doc, java.util.Set.of(TEXT, TITLE));
        String text = withoutTitle(d.get(TEXT), d.get(TITLE));
        CharSequence[] perField = new CharSequence[fields.length];
        java.util.Arrays.fill(perField, text);
        values.add(perField);
      }
      return values;
    }
  }
}
