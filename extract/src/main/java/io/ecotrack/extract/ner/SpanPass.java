package io.ecotrack.extract.ner;

import java.util.List;

/** A pass over the spans found in a text, run after a tagger (the rules' document passes after the learned model). */
@FunctionalInterface
public interface SpanPass {
  /** {@code spans} of {@code text}, in text order, after this pass. */
  List<EntitySpan> apply(String text, List<EntitySpan> spans);

  /** The pass that changes nothing. */
  SpanPass NONE = (text, spans) -> spans;
}
