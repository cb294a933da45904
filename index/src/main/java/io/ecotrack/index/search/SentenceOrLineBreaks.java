package io.ecotrack.index.search;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.util.Arrays;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Sentence boundaries that also fall at every line end: an article's text holds its heading and its paragraphs as
 * lines, and a heading ends no sentence with a full stop, so the JDK's sentence iterator alone runs it into the first
 * paragraph. The highlights cut passages here ({@link ArticleHighlights}).
 */
final class SentenceOrLineBreaks extends BreakIterator {
  private final BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ROOT);
  private CharacterIterator text;
  private int[] bounds = {0};
  private int at;

  @Override
  public void setText(CharacterIterator newText) {
    text = newText;
    sentences.setText(newText);
    TreeSet<Integer> all = new TreeSet<>();
    for (int b = sentences.first(); b != DONE; b = sentences.next()) {
      all.add(b);
    }
    for (char c = newText.first(); c != CharacterIterator.DONE; c = newText.next()) {
      if (c == '\n') {
        all.add(newText.getIndex() + 1);
      }
    }
    all.add(newText.getBeginIndex());
    all.add(newText.getEndIndex());
    bounds = all.stream().mapToInt(Integer::intValue).toArray();
    at = 0;
  }

  @Override
  public CharacterIterator getText() {
    return text;
  }

  @Override
  public int first() {
    at = 0;
    return bounds[at];
  }

  @Override
  public int last() {
    at = bounds.length - 1;
    return bounds[at];
  }

  @Override
  public int next(int n) {
    int to = at + n;
    if (to < 0 || to >= bounds.length) {
      at = to < 0 ? 0 : bounds.length - 1;
      return DONE;
    }
    at = to;
    return bounds[at];
  }

  @Override
  public int next() {
    return next(1);
  }

  @Override
  public int previous() {
    return next(-1);
  }

  @Override
  public int following(int offset) {
    int i = Arrays.binarySearch(bounds, offset);
    i = i >= 0 ? i + 1 : -i - 1; // the first boundary after offset
    if (i >= bounds.length) {
      at = bounds.length - 1;
      return DONE;
    }
    at = i;
    return bounds[at];
  }

  @Override
  public int preceding(int offset) {
    int i = Arrays.binarySearch(bounds, offset);
    i = i >= 0 ? i - 1 : -i - 2; // the last boundary before offset
    if (i < 0) {
      at = 0;
      return DONE;
    }
    at = i;
    return bounds[at];
  }

  @Override
  public int current() {
    return bounds[at];
  }
}
