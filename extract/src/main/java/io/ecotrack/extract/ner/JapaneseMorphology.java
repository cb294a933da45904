package io.ecotrack.extract.ner;

import static io.ecotrack.extract.ner.JapaneseNameWords.*;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.dict.ConnectionCosts;
import org.apache.lucene.analysis.ja.dict.JaMorphData;
import org.apache.lucene.analysis.ja.dict.TokenInfoDictionary;
import org.apache.lucene.analysis.ja.dict.TokenInfoFST;
import org.apache.lucene.analysis.ja.dict.UnknownDictionary;
import org.apache.lucene.util.AttributeFactory;
import org.apache.lucene.util.IntsRef;
import org.apache.lucene.util.fst.FST;

/**
 * The tokens the Japanese rules read: kuromoji run with two dictionaries. mecab-ipadic-NEologd knows
 * millions of whole names and types many of them (セガトイズ 組織, 野崎陽介 人名), where IPADIC cuts
 * them into pieces; but NEologd also files compounds and titles as proper nouns (航空会社,
 * マレーシア首相, 作詞家 as a person), and there IPADIC's pieces are what the rules can read. So the
 * text is tokenized with NEologd, and a NEologd word is replaced by IPADIC's reading of it unless it
 * is a typed name that IPADIC does not read as common words.
 *
 * <p>Not thread-safe: each thread keeps its own instance (kuromoji tokenizers hold state). The
 * NEologd dictionary (115 MB) is loaded once per JVM and shared, as are IPADIC's remembered answers.
 */
final class JapaneseMorphology {

  /** Where the build unpacks NEologd's dictionary files (see extract/pom.xml). */
  static final String NEOLOGD_RESOURCES = "/io/ecotrack/extract/ner/neologd/";

  /** How many tokens after a word IPADIC sees when it reads the word again: enough to type 州 or は. */
  private static final int RIGHT_CONTEXT = 1;

  private final KuromojiAnalysis neologd = new KuromojiAnalysis(neologdTokenizer());
  private final KuromojiAnalysis ipadic = new KuromojiAnalysis(new JapaneseTokenizer(null, false, JapaneseTokenizer.Mode.NORMAL));
  private static final TokenInfoDictionary IPADIC = TokenInfoDictionary.getInstance();
  private static final TokenInfoFST IPADIC_WORDS = IPADIC.getFST();
  private static final JaMorphData IPADIC_POS = IPADIC.getMorphAttributes();
  private final FST.BytesReader ipadicReader = IPADIC_WORDS.getBytesReader();
  private final IntsRef wordIds = new IntsRef();
  // news repeats its words: IPADIC's answers are remembered, and shared by the threads (they are facts about
  // the dictionary), so a worker thread started later begins with what the others have asked
  private static final int REMEMBERED = 50_000;
  private static final List<JapaneseToken> NO_PARTS = List.of();
  private static final Map<String, List<String>> entriesOf = new ConcurrentHashMap<>();
  private static final Map<String, List<JapaneseToken>> partsOf = new ConcurrentHashMap<>();

  /** The kuromoji tokenizer with NEologd's dictionary, for measuring tokenization alone. */
  static JapaneseTokenizer neologdTokenizer() {
    return new JapaneseTokenizer(AttributeFactory.DEFAULT_ATTRIBUTE_FACTORY, Neologd.DICTIONARY,
        UnknownDictionary.getInstance(), ConnectionCosts.getInstance(), null, false, false, JapaneseTokenizer.Mode.NORMAL);
  }

  List<JapaneseToken> tokens(String text) {
    List<JapaneseToken> words = neologd.tokens(text, 0, text.length());
    List<JapaneseToken> out = new ArrayList<>(words.size() + 8);
    for (int i = 0; i < words.size(); i++) {
      reread(text, words, i, out);
    }
    return out;
  }

  /**
   * Adds {@code words[i]} to {@code out}, or IPADIC's reading of it where that serves the rules
   * better. A second tokenization costs as much as the first, so IPADIC's dictionary is looked up
   * first and its tokenizer runs only where the lookup cannot settle it.
   */
  private void reread(String text, List<JapaneseToken> words, int i, List<JapaneseToken> out) {
    JapaneseToken word = words.get(i);
    String s = word.surface();
    if (!word.noun() || s.length() < 2 && !word.personName()) {
      out.add(word);
      return;
    }
    if (s.length() < 2) {
      // one character NEologd calls a person (等, 章): a name only if IPADIC can read it as one
      List<String> entries = ipadicEntries(s);
      boolean name = entries.isEmpty() || anyStartsWith(entries, "名詞-固有名詞");
      out.add(name ? word : retagged(word, entries.get(0)));
      return;
    }
    if (word.pos().startsWith("名詞-数") || ascii(s)) {
      out.add(word); // IPADIC reads numbers alike, and English words letter by letter: nothing to gain
      return;
    }
    if (s.length() == 2 && word.commonNoun() && kanji(s.charAt(0)) && kanji(s.charAt(1))) {
      // the commonest word there is (事業, 発表): IPADIC reads it alike or as two characters the rules read
      // as common words too, so the lookup is saved (no entity on the dev set changes)
      out.add(word);
      return;
    }
    List<String> entries = ipadicEntries(s);
    boolean ipadicNoun = anyStartsWith(entries, "名詞");
    boolean ipadicName = anyStartsWith(entries, "名詞-固有名詞");
    if (hiragana(s) && !entries.contains(word.pos())) {
      // NEologd's hiragana entries include particles filed as nouns or even names (では, にも, ため):
      // IPADIC reads them in their context
      addParts(text, words, i, out, true);
    } else if (word.properGeneral()) {
      // NEologd's untyped entries are mostly compounds and titles (航空会社, マレーシア首相): IPADIC types their parts
      if (entries.size() == 1) {
        out.add(retagged(word, entries.get(0)));
      } else {
        addParts(text, words, i, out, true);
      }
    } else if (!word.pos().startsWith("名詞-固有名詞")) {
      // a compound IPADIC lacks (受けて) may split; a hiragana word that can also be a conjunction
      // (および) is read by IPADIC in its context
      boolean function = hiragana(s) && !allStartWith(entries, "名詞");
      if (ipadicNoun && !function) {
        // NEologd gives some common loanwords no reading (コーチ), which would pass them for unknown names
        out.add(word.known() ? word : retagged(word, word.pos()));
      } else {
        addParts(text, words, i, out, function);
      }
    } else if (word.personName() && s.length() == 2 && country(s.substring(0, 1)) && country(s.substring(1))) {
      // 米中, 日米: two countries NEologd files as a person
      out.add(new JapaneseToken(s.substring(0, 1), COUNTRY, word.start(), word.start() + 1, true));
      out.add(new JapaneseToken(s.substring(1), COUNTRY, word.start() + 1, word.end(), true));
    } else if (word.personName() && s.endsWith("人")) {
      // イギリス人, filed as a person: IPADIC reads a place and its people (the rules tag the place)
      List<JapaneseToken> parts = ipadicParts(text, words, i, false);
      out.addAll(parts != null && parts.size() > 1 && parts.get(0).place() ? parts : List.of(word));
    } else if (word.personName() && containsAny(s, ORG_PREFIXES)) {
      out.add(retagged(word, "名詞-固有名詞-組織")); // 株式会社タミヤ, filed as a person
    } else if (word.personName() && (!word.katakana() || s.length() >= 5) && loanwordCompound(text, words, i)) {
      // エコシステム, ライフサイエンス, 証券アナリスト filed as people: IPADIC reads two or more common words (エコ|システム)
      out.addAll(ipadicParts(text, words, i, false));
    } else if (ipadicNoun && !ipadicName) {
      // a typed name that IPADIC knows as a common word (ゾンビ as a person): not a name
      out.add(retagged(word, entries.get(0)));
    } else if (!ipadicName && (ROLE_ENDINGS.contains(s.substring(s.length() - 1))
        || endsWithAny(s, DESCRIBED_KINDS) != null
        || endsWithAny(s, PERSON_TITLES) != null)) {
      // a "name" that IPADIC reads as common words ending in a role, a title, a work or a kind of body
      // (作詞家, 音響監督, 本作, 総合病院, 持株会社): a description, not a name
      List<JapaneseToken> parts = ipadicParts(text, words, i, false);
      String lastWord = parts == null ? "" : last(parts);
      boolean description = parts != null && commonWords(parts) && (ROLE_ENDINGS.contains(lastWord.substring(lastWord.length() - 1))
          || DESCRIBED_KINDS.contains(lastWord) || PERSON_TITLES.contains(lastWord));
      out.addAll(description ? parts : List.of(word));
    } else {
      out.add(word);
    }
  }

  /**
   * True when IPADIC reads {@code words[i]} as two or more common nouns it knows, each of two characters or more, the
   * last a katakana loanword (エコ|システム, 証券|アナリスト): words no person is named by.
   */
  private boolean loanwordCompound(String text, List<JapaneseToken> words, int i) {
    List<JapaneseToken> parts = ipadicParts(text, words, i, false);
    if (parts == null || parts.size() < 2) {
      return false;
    }
    for (JapaneseToken p : parts) {
      if (!p.known() || !p.commonNoun() || p.surface().length() < 2) {
        return false;
      }
    }
    return parts.get(parts.size() - 1).katakana();
  }

  /** Adds IPADIC's parts of {@code words[i]}, or the word itself when IPADIC's boundaries differ. */
  private void addParts(String text, List<JapaneseToken> words, int i, List<JapaneseToken> out, boolean evenOne) {
    List<JapaneseToken> parts = ipadicParts(text, words, i);
    if (parts != null && (evenOne || parts.size() > 1)) {
      out.addAll(parts);
    } else {
      out.add(words.get(i));
    }
  }

  private static String last(List<JapaneseToken> parts) {
    return parts.get(parts.size() - 1).surface();
  }

  private static final String COUNTRY = "名詞-固有名詞-地域-国";

  /** True when IPADIC knows {@code c} as a country (米, 中, 日, 英). */
  private boolean country(String c) {
    return ipadicEntries(c).contains(COUNTRY);
  }

  // indexed loops: these run for most tokens, and an iterator per call is garbage the tokenizer pays for
  private static boolean anyStartsWith(List<String> parts, String prefix) {
    for (int i = 0; i < parts.size(); i++) {
      if (parts.get(i).startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  private static boolean allStartWith(List<String> parts, String prefix) {
    for (int i = 0; i < parts.size(); i++) {
      if (!parts.get(i).startsWith(prefix)) {
        return false;
      }
    }
    return true;
  }

  private static boolean containsAny(String s, Set<String> words) {
    for (String p : words) {
      if (s.contains(p)) {
        return true;
      }
    }
    return false;
  }

  private static boolean kanji(char c) {
    return c >= 0x4E00 && c <= 0x9FFF;
  }

  /** Only hiragana (ぁ to ゟ); true for the empty string. */
  static boolean hiragana(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x3041 || c > 0x309F) {
        return false;
      }
    }
    return true;
  }

  private static boolean ascii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  private static JapaneseToken retagged(JapaneseToken word, String pos) {
    return new JapaneseToken(word.surface(), pos, word.start(), word.end(), true);
  }

  private static boolean commonWords(List<JapaneseToken> parts) {
    if (parts.size() < 2) {
      return false;
    }
    for (JapaneseToken p : parts) {
      if (!p.known() || !(p.noun() || p.pos().startsWith("接頭詞")) || p.latin() || p.properName()) {
        return false;
      }
    }
    return true;
  }

  /** IPADIC's parts of speech for the word written exactly {@code s}; empty when IPADIC lacks it. */
  private List<String> ipadicEntries(String s) {
    List<String> known = remembered(entriesOf, s);
    if (known == null) {
      known = lookUp(s);
      entriesOf.put(s, known);
    }
    return known;
  }

  private List<String> lookUp(String s) {
    try {
      FST.Arc<Long> arc = IPADIC_WORDS.getFirstArc(new FST.Arc<>());
      int output = 0;
      for (int i = 0; i < s.length(); i++) {
        if (IPADIC_WORDS.findTargetArc(s.charAt(i), arc, arc, i == 0, ipadicReader) == null) {
          return List.of();
        }
        output += arc.output().intValue();
      }
      if (!arc.isFinal()) {
        return List.of();
      }
      IPADIC.lookupWordIds(output + arc.nextFinalOutput().intValue(), wordIds);
      List<String> pos = new ArrayList<>(wordIds.length);
      for (int k = 0; k < wordIds.length; k++) {
        pos.add(IPADIC_POS.getPartOfSpeech(wordIds.ints[wordIds.offset + k]));
      }
      return pos;
    } catch (IOException e) {
      throw new UncheckedIOException(e); // the FST is in memory
    }
  }

  /**
   * IPADIC's tokens for {@code words[i]}, read with a little of what follows (the 州 after
   * タルラック makes it a place); null when IPADIC draws a boundary inside it differently.
   */
  private List<JapaneseToken> ipadicParts(String text, List<JapaneseToken> words, int i) {
    return ipadicParts(text, words, i, true);
  }

  /**
   * IPADIC's tokens for {@code words[i]}, read alone when {@code context} is false: enough to tell common words
   * from names, and remembered by the word alone, so a word met again costs a lookup.
   */
  private List<JapaneseToken> ipadicParts(String text, List<JapaneseToken> words, int i, boolean context) {
    JapaneseToken word = words.get(i);
    int contextEnd = context ? words.get(Math.min(words.size() - 1, i + RIGHT_CONTEXT)).end() : word.end();
    String read = text.substring(word.start(), contextEnd);
    List<JapaneseToken> parts = remembered(partsOf, read);
    if (parts == null) {
      parts = NO_PARTS;
      List<JapaneseToken> found = new ArrayList<>(4);
      for (JapaneseToken t : ipadic.tokens(read, 0, read.length())) {
        if (t.end() <= (word.end() - word.start())) {
          found.add(t);
        }
        if (t.end() == (word.end() - word.start())) {
          parts = found;
          break;
        }
      }
      partsOf.put(read, parts);
    }
    if (parts == NO_PARTS) {
      return null;
    }
    List<JapaneseToken> shifted = new ArrayList<>(parts.size());
    for (JapaneseToken t : parts) {
      shifted.add(new JapaneseToken(t.surface(), t.pos(), word.start() + t.start(), word.start() + t.end(), t.known()));
    }
    return shifted;
  }

  /** The value remembered for {@code key}; the memory is emptied when it grows past its bound. */
  private static <V> V remembered(Map<String, V> memory, String key) {
    if (memory.size() > REMEMBERED) {
      memory.clear();
    }
    return memory.get(key);
  }

  /** NEologd's system dictionary, loaded on first use. */
  private static final class Neologd {
    static final TokenInfoDictionary DICTIONARY = load();

    private static TokenInfoDictionary load() {
      try {
        return new TokenInfoDictionary(resource("targetMap"), resource("posDict"), resource("buffer"), resource("fst"));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the NEologd dictionary", e);
      }
    }

    private static URL resource(String part) {
      String name = NEOLOGD_RESOURCES + "TokenInfoDictionary$" + part + ".dat";
      URL url = JapaneseMorphology.class.getResource(name);
      if (url == null) {
        throw new IllegalStateException("the NEologd dictionary is missing from the classpath (" + name
            + "); the extract module's build unpacks it: run ./mvnw package");
      }
      return url;
    }
  }
}
