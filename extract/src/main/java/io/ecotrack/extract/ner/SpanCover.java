package io.ecotrack.extract.ner;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Answers "does [start, end) overlap a span already found?" in logarithmic time. A scan of every span per
 * question made long texts quadratic (a 20 MB article never finished).
 */
public final class SpanCover {
  private final EntitySpan[] sorted;
  private final int[] starts;
  /** The largest end of the spans up to each position, in order of start. */
  private final int[] maxEnds;

  public SpanCover(List<EntitySpan> spans) {
    sorted = spans.toArray(new EntitySpan[0]);
    Arrays.sort(sorted, Comparator.comparingInt(EntitySpan::start));
    starts = new int[sorted.length];
    maxEnds = new int[sorted.length];
    for (int i = 0; i < sorted.length; i++) {
      starts[i] = sorted[i].start();
      maxEnds[i] = Math.max(sorted[i].end(), i > 0 ? maxEnds[i - 1] : Integer.MIN_VALUE);
    }
  }

  /**
   * A span that overlaps [start, end), or null: the one starting last before {@code end} that reaches past
   * {@code start}.
   */
  public EntitySpan at(int start, int end) {
    int last = lastStartingBefore(end);
    if (last < 0 || maxEnds[last] <= start) {
      return null;
    }
    for (int i = last; i >= 0; i--) {
      EntitySpan s = sorted[i];
      if (s.end() > start) {
        return s;
      }
      if (maxEnds[i] <= start) {
        break;
      }
    }
    return null;
  }

  private int lastStartingBefore(int end) {
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
    return last;
  }

  /** True when some span overlaps [start, end). */
  public boolean overlaps(int start, int end) {
    // among the spans starting before end, one overlaps when the furthest-reaching passes start
    int last = lastStartingBefore(end);
    return last >= 0 && maxEnds[last] > start;
  }
}
