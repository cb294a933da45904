package io.ecotrack.extract.ner;

import java.util.List;

/**
 * Finds the names of organizations, people, places and facilities in a text of one language. Spans do
 * not overlap and come in text order; offsets are UTF-16 indices into the text given.
 */
public interface EntityTagger {
  List<EntitySpan> tag(String text);
}
