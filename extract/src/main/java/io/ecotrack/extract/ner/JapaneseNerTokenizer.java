package io.ecotrack.extract.ner;

import java.util.ArrayList;
import java.util.List;

/**
 * Japanese tokens for the learned tagger: the tokens the rules read (kuromoji with NEologd and IPADIC,
 * {@link JapaneseMorphology}), each with its part of speech; sentences end after 。！？ and at line breaks.
 */
public final class JapaneseNerTokenizer implements NerTokenizer {
  @Override
  public List<List<NerToken>> sentences(String text) {
    List<List<NerToken>> out = new ArrayList<>();
    List<NerToken> current = new ArrayList<>();
    int lineEnd = nextBreak(text, 0);
    for (JapaneseToken t : JapaneseEntityTagger.tokens(text)) {
      if (t.surface().isBlank()) {
        continue;
      }
      if (t.start() >= lineEnd) {
        if (!current.isEmpty()) {
          out.add(current);
          current = new ArrayList<>();
        }
        lineEnd = nextBreak(text, t.start());
      }
      current.add(new NerToken(t.surface(), t.start(), t.end(), t.pos()));
      String s = t.surface();
      if (s.equals("。") || s.equals("！") || s.equals("？") || s.equals("!") || s.equals("?")) {
        out.add(current);
        current = new ArrayList<>();
      }
    }
    if (!current.isEmpty()) {
      out.add(current);
    }
    return out;
  }

  private static int nextBreak(String text, int from) {
    int nl = text.indexOf('\n', from);
    return nl < 0 ? Integer.MAX_VALUE : nl;
  }
}
