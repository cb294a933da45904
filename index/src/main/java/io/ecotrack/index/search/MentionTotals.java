package io.ecotrack.index.search;

import static io.ecotrack.index.store.IndexSchema.MENTIONS;
import static io.ecotrack.index.store.IndexSchema.PUBLISHED;

import java.io.IOException;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * Totals over an entity's mention documents, read from doc values (no stored fields), so a profile of an
 * entity mentioned in tens of thousands of articles stays fast: articles, mentions, first and last seen,
 * mentions per month.
 */
final class MentionTotals extends SimpleCollector {
  int articles;
  long mentions;
  long first = Long.MAX_VALUE;
  long last = Long.MIN_VALUE;
  final Map<String, Integer> perMonth = new TreeMap<>();
  private NumericDocValues published;
  private NumericDocValues counts;

  @Override
  protected void doSetNextReader(LeafReaderContext context) throws IOException {
    published = DocValues.getNumeric(context.reader(), PUBLISHED);
    counts = DocValues.getNumeric(context.reader(), MENTIONS);
  }

  @Override
  public void collect(int doc) throws IOException {
    articles++; // one mention document per entity and article
    long when = published.advanceExact(doc) ? published.longValue() : 0;
    int n = counts.advanceExact(doc) ? (int) counts.longValue() : 1;
    mentions += n;
    first = Math.min(first, when);
    last = Math.max(last, when);
    perMonth.merge(Instant.ofEpochMilli(when).toString().substring(0, 7), n, Integer::sum);
  }

  @Override
  public ScoreMode scoreMode() {
    return ScoreMode.COMPLETE_NO_SCORES;
  }

  /** Collects per slice and adds the slices up. */
  static final class Manager implements CollectorManager<MentionTotals, MentionTotals> {
    @Override
    public MentionTotals newCollector() {
      return new MentionTotals();
    }

    @Override
    public MentionTotals reduce(Collection<MentionTotals> parts) {
      MentionTotals all = new MentionTotals();
      for (MentionTotals p : parts) {
        all.articles += p.articles;
        all.mentions += p.mentions;
        all.first = Math.min(all.first, p.first);
        all.last = Math.max(all.last, p.last);
        p.perMonth.forEach((m, n) -> all.perMonth.merge(m, n, Integer::sum));
      }
      return all;
    }
  }
}
