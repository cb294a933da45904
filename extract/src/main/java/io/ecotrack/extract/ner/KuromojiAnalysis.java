package io.ecotrack.extract.ner;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.ja.tokenattributes.ReadingAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * One kuromoji tokenizer and its attributes, giving {@link JapaneseToken}s ({@link JapaneseMorphology} runs one with
 * NEologd's dictionary and one with IPADIC's). Not thread-safe: a kuromoji tokenizer holds state.
 */
final class KuromojiAnalysis {
  private final JapaneseTokenizer tokenizer;
  private final CharTermAttribute term;
  private final OffsetAttribute offset;
  private final PartOfSpeechAttribute pos;
  // kuromoji gives no reading for words outside its dictionary: the sign of an unknown name
  private final ReadingAttribute reading;

  KuromojiAnalysis(JapaneseTokenizer tokenizer) {
    this.tokenizer = tokenizer;
    this.term = tokenizer.addAttribute(CharTermAttribute.class);
    this.offset = tokenizer.addAttribute(OffsetAttribute.class);
    this.pos = tokenizer.addAttribute(PartOfSpeechAttribute.class);
    this.reading = tokenizer.addAttribute(ReadingAttribute.class);
  }

  /** The tokens of text[from, to), with offsets into text. */
  List<JapaneseToken> tokens(String text, int from, int to) {
    List<JapaneseToken> out = new ArrayList<>();
    try {
      tokenizer.setReader(new StringReader(from == 0 && to == text.length() ? text : text.substring(from, to)));
      tokenizer.reset();
      while (tokenizer.incrementToken()) {
        String p = pos.getPartOfSpeech();
        String surface = term.toString();
        // only katakana and Latin words can be unknown names; asking the reading of the others costs time
        boolean known = !couldBeUnknownName(surface) || reading.getReading() != null;
        out.add(new JapaneseToken(surface, p == null ? "未知語" : p, from + offset.startOffset(), from + offset.endOffset(), known));
      }
      tokenizer.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringReader does not fail
    } finally {
      try {
        tokenizer.close();
      } catch (IOException ignored) {
        // nothing to release
      }
    }
    return out;
  }

  private static boolean couldBeUnknownName(String surface) {
    char c = surface.isEmpty() ? ' ' : surface.charAt(0);
    return (c >= 0x30A0 && c <= 0x30FF) || (c < 0x0250 && Character.isLetter(c)) || (c >= 0xFF21 && c <= 0xFF5A);
  }
}
