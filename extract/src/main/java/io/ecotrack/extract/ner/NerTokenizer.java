package io.ecotrack.extract.ner;

import java.util.List;

/** Cuts a document into the sentences and tokens a learned tagger labels, for one language. */
public interface NerTokenizer {
  /** The sentences of {@code text}, each a list of tokens in text order. */
  List<List<NerToken>> sentences(String text);
}
