package io.ecotrack.model;

import java.util.Objects;

/**
 * Where an entity is named in an article's text. Offsets are UTF-16 code units (Java {@code String}
 * indices) into {@code text}, end exclusive.
 */
public record Mention(String text, int start, int end) {
  public Mention {
    Objects.requireNonNull(text, "text");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad mention span [" + start + ", " + end + ")");
    }
  }
}
