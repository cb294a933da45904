package io.ecotrack.extract.ner;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Answers "does [start, end) overlap a span already found?" in logarithmic time. A scan of every span per
 * question made long texts quadratic (a 20 MB article never finished).
 */
public final class SpanCover {
  private final int[] starts;
  /** The largest end of the spans up to each position, in order of start. */
  private final int[] maxEnds;

  public SpanCover(List<EntitySpan> spans) {
    EntitySpan[] sorted = spans.toArray(new EntitySpan[0]);
    Arrays.sort(sorted, Comparator.comparingInt(EntitySpan::start));
    starts = new int[sorted.length];
    maxEnds = new int[sorted.length];
    for (int i = 0; i < sorted.length; i++) {
      starts[i] = sorted[i].start();
      maxEnds[i] = Math.max(sorted[i].end(), i > 0 ? maxEnds[i - 1] : Integer.MIN_VALUE);
    }
  }

  /** True when some span overlaps [start, end). */
  public boolean overlaps(int start, int end) {
    // among the spans starting before end, one overlaps when the furthest-reaching passes start
    int lo = 0;
    int hi = starts.length - 1;
    int last = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (starts[mid] < end) {
        last = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return last >= 0 && maxEnds[last] > start;
  }
}
