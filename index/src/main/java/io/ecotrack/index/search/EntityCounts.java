package io.ecotrack.index.search;

import static io.ecotrack.index.store.IndexSchema.ENTITY_ID;
import static io.ecotrack.index.store.IndexSchema.MENTIONS;

import java.io.IOException;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * Articles and mentions per entity over matching mention documents, counted by doc-values ordinals per
 * segment and turned into ids once per segment: the ecosystem view of a large index without reading one
 * stored field per mention.
 */
final class EntityCounts extends SimpleCollector {
  /** entity id → {articles, mentions} */
  final Map<String, int[]> byId = new HashMap<>();
  private SortedDocValues ids;
  private NumericDocValues mentions;
  private int[] articlesByOrd = new int[0];
  private int[] mentionsByOrd = new int[0];

  @Override
  protected void doSetNextReader(LeafReaderContext context) throws IOException {
    flush();
    ids = DocValues.getSorted(context.reader(), ENTITY_ID);
    mentions = DocValues.getNumeric(context.reader(), MENTIONS);
    articlesByOrd = new int[ids.getValueCount()];
    mentionsByOrd = new int[ids.getValueCount()];
  }

  @Override
  public void collect(int doc) throws IOException {
    if (ids.advanceExact(doc)) {
      int ord = ids.ordValue();
      articlesByOrd[ord]++;
      mentionsByOrd[ord] += mentions.advanceExact(doc) ? (int) mentions.longValue() : 1;
    }
  }

  @Override
  public ScoreMode scoreMode() {
    return ScoreMode.COMPLETE_NO_SCORES;
  }

  @Override
  public void finish() throws IOException {
    flush();
  }

  private void flush() throws IOException {
    for (int ord = 0; ord < articlesByOrd.length; ord++) {
      if (articlesByOrd[ord] > 0) {
        int[] c = byId.computeIfAbsent(ids.lookupOrd(ord).utf8ToString(), k -> new int[2]);
        c[0] += articlesByOrd[ord];
        c[1] += mentionsByOrd[ord];
      }
    }
    articlesByOrd = new int[0];
  }

  /** The {@code n} entities in the most articles, ties by id. */
  List<Map.Entry<String, int[]>> top(int n) {
    return byId.entrySet().stream()
        .sorted(Comparator.comparingInt((Map.Entry<String, int[]> e) -> e.getValue()[0]).reversed()
            .thenComparing(Map.Entry::getKey))
        .limit(n).toList();
  }

  /** Counts per slice and adds the slices up. */
  static final class Manager implements CollectorManager<EntityCounts, EntityCounts> {
    @Override
    public EntityCounts newCollector() {
      return new EntityCounts();
    }

    @Override
    public EntityCounts reduce(Collection<EntityCounts> parts) {
      EntityCounts all = new EntityCounts();
      for (EntityCounts p : parts) {
        p.byId.forEach((id, c) -> {
          int[] t = all.byId.computeIfAbsent(id, k -> new int[2]);
          t[0] += c[0];
          t[1] += c[1];
        });
      }
      return all;
    }
  }
}
