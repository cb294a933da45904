package io.ecotrack.model;

import java.util.Objects;

/** The sentence that shows a relation, with its UTF-16 offsets into the article text (end exclusive). */
public record Evidence(String text, int start, int end) {
  public Evidence {
    Objects.requireNonNull(text, "text");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad evidence span [" + start + ", " + end + ")");
    }
  }
}
