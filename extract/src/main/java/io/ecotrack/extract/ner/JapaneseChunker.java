package io.ecotrack.extract.ner;

import static io.ecotrack.extract.ner.JapaneseChunkSplitter.*;
import static io.ecotrack.extract.ner.JapaneseListedNames.*;
import static io.ecotrack.extract.ner.JapaneseNameContext.*;
import static io.ecotrack.extract.ner.JapaneseNameWords.*;

import io.ecotrack.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * The pass {@code chunk} (with {@code quoted-name}, {@code legal-form} and {@code gloss}): finds the runs of kuromoji
 * tokens that may be names (proper nouns, unknown katakana and Latin words, with the suffixes and prefixes that belong
 * to them) and hands each run to {@link JapaneseChunkSplitter}. A name in 「」 is a program or a site when its last word
 * says so; a legal form (株式会社) before a name makes a company; an English form in parentheses right after a name
 * ({@link EnglishGloss}) types it and is not a second name.
 */
final class JapaneseChunker {
  private final Gazetteer places;
  private final JapaneseChunkSplitter splitter;

  JapaneseChunker(Gazetteer places, JapaneseChunkSplitter splitter) {
    this.places = places;
    this.splitter = splitter;
  }

  List<EntitySpan> tagTokens(String text, List<JapaneseToken> tokens) {
    List<EntitySpan> spans = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      JapaneseToken t = tokens.get(i);
      if (t.surface().equals("「")) {
        int close = quotedEnd(tokens, i);
        if (close > i) {
          EntitySpan quoted = quoted(text, tokens.get(i + 1).start(), tokens.get(close - 1).end());
          if (quoted != null) {
            spans.add(quoted.from("quoted-name"));
            i = close + 1;
            continue;
          }
        }
      }
      if (ORG_PREFIXES.contains(t.surface()) && i + 1 < tokens.size() && tokens.get(i + 1).start() == t.end()
          && tokens.get(i + 1).nameLike()) {
        int end = chunkEnd(text, tokens, i + 1);
        spans.add(new EntitySpan(t.start(), tokens.get(end - 1).end(), text.substring(t.start(), tokens.get(end - 1).end()),
            EntityType.ORGANIZATION, "COMPANY", null, 0.85, "legal-form"));
        i = end;
        continue;
      }
      if (!t.nameLike() && !(t.noun() && startsOrgPhrase(text, tokens, i)) || SELF_REFERENCES.contains(t.surface())) {
        i++;
        continue;
      }
      int end = chunkEnd(text, tokens, i);
      if (end <= i) {
        i++;
        continue;
      }
      if (end - i >= 2 && tokens.get(end - 1).surface().equals("戦")) {
        end--; // インテル戦 is a match against Inter, not a name
      }
      int from = i;
      if (i > 0 && tokens.get(i - 1).pos().startsWith("接頭詞") && tokens.get(i - 1).end() == tokens.get(i).start()
          && PREFIXES.contains(tokens.get(i - 1).surface())) {
        from = i - 1; // 在韓米軍, 旧日本軍: the prefix belongs to the name
      }
      while (end - from >= 2 && (LEADING_KINDS.contains(tokens.get(from).surface())
          || tokens.get(from).nakaguro() && from > i)) {
        from++; // 子会社千葉シーサイドバス, 母校東京産業大学: the kind before a name is not part of it
      }
      int kind = leadingKindEnd(tokens, from, end);
      String kindWord = null;
      if (kind > from) {
        kindWord = tokens.get(tokens.get(kind - 1).nakaguro() ? kind - 2 : kind - 1).surface();
        from = kind; // ソフトウェア会社ビーイング, スラッシュメタルバンド・メガデス: a described kind, then the name
      }
      List<EntitySpan> found = withSurname(text, tokens, from, splitter.classifySplit(text, tokens, from, end));
      if (kindWord != null) {
        found = ofKind(kindWord, found);
      }
      EntitySpan glossed = glossed(text, tokens, from, end, found);
      spans.addAll(glossed == null ? EntitySpan.from("chunk", found) : List.of(glossed.from("gloss")));
      i = Math.max(end, i + 1);
      Matcher gloss = i < tokens.size() && !found.isEmpty() ? EnglishGloss.at(text, tokens.get(i).start()) : null;
      if (gloss != null) {
        while (i < tokens.size() && tokens.get(i).start() < gloss.end()) {
          i++; // メイヨー・クリニック(Mayo Clinic): the English form is the same name, not a second one
        }
      }
    }
    return spans;
  }

  /**
   * The names of a chunk written after the kind of body they are (総合病院X, バイオ企業X): an organization suffix at the
   * end of the kind (病院, 社) or a kind the words list types (企業, メーカー) types a name the chunk alone took for a
   * person, or left untyped by subtype.
   */
  static List<EntitySpan> ofKind(String kindWord, List<EntitySpan> found) {
    String orgSuffix = endsWithAny(kindWord, ORG_SUFFIXES.keySet());
    EntityType kindType = orgSuffix != null ? EntityType.ORGANIZATION : KIND_BEFORE.get(kindWord);
    if (kindType != EntityType.ORGANIZATION || found.size() != 1 || found.get(0).type() != EntityType.PERSON) {
      return found;
    }
    EntitySpan s = found.get(0);
    return List.of(new EntitySpan(s.start(), s.end(), s.text(), EntityType.ORGANIZATION,
        orgSuffix != null ? ORG_SUFFIXES.get(orgSuffix) : null, null, s.confidence(), "kind-before"));
  }

  /**
   * A name followed by its English form in parentheses, as reports write new companies: プロメガ(Promega),
   * エグザクト・サイエンシズ(Exact Sciences). The English form decides the type; a company is the default.
   */
  EntitySpan glossed(String text, List<JapaneseToken> tokens, int from, int to, List<EntitySpan> found) {
    int start = tokens.get(from).start();
    int end = tokens.get(to - 1).end();
    Matcher g = EnglishGloss.at(text, end);
    if (g == null) {
      return null;
    }
    if (found.size() == 1 && found.get(0).start() == start && found.get(0).end() == end
        && found.get(0).type() != EntityType.PERSON) {
      return null; // already a place or an organization by its own suffix
    }
    if (g.end() < text.length() && continuesName(text.codePointAt(g.end()))) {
      return null; // プラン（IS）シンプル: parentheses inside a longer name gloss nothing
    }
    String gloss = g.group(1).trim();
    if (COMMON_ACRONYMS.contains(Nfkc.of(gloss))) {
      return null; // 無線LAN（LAN）, （SNS）: a common word's abbreviation glosses no name
    }
    String surface = text.substring(start, end);
    var place = places.lookup(gloss);
    if (place.isPresent()) {
      return new EntitySpan(start, end, surface, EntityType.LOCATION, place.get().subtype(), place.get().id(), 0.9);
    }
    String last = gloss.substring(gloss.lastIndexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT);
    String suffixType = EnglishEntityTagger.ORG_SUFFIXES.get(last);
    boolean titled = g.end() < text.length() && PERSON_TITLES.stream().anyMatch(t -> text.startsWith(t, g.end()));
    if (titled) {
      return new EntitySpan(start, end, surface, EntityType.PERSON, null, null, 0.8);
    }
    return new EntitySpan(start, end, surface, EntityType.ORGANIZATION, suffixType, null, suffixType != null ? 0.85 : 0.65);
  }

  /** A character that goes on with a name: katakana (not the long-vowel mark or a middle dot), or a Latin letter of any width. */
  private static boolean continuesName(int c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.KATAKANA && c != 'ー' && c != '・'
        || Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
  }

  /** A program or site in 「」 (「メドテック・アクセラレーター」), or a known place; null for a quoted phrase. */
  EntitySpan quoted(String text, int start, int end) {
    String inner = text.substring(start, end);
    var place = places.lookup(inner);
    if (place.isPresent()) {
      return new EntitySpan(start, end, inner, EntityType.LOCATION, place.get().subtype(), place.get().id(), 0.9);
    }
    if (inner.length() <= 30 && endsWithAny(inner, PROGRAM_SUFFIXES) != null) {
      return new EntitySpan(start, end, inner, EntityType.FACILITY, "PROGRAM", null, 0.6);
    }
    return null;
  }

  /** Index after the last token of the name that starts at {@code from}. */
  static int chunkEnd(String text, List<JapaneseToken> tokens, int from) {
    int i = from;
    int lastGood = from;
    while (i < tokens.size()) {
      JapaneseToken t = tokens.get(i);
      JapaneseToken prev = i == from ? null : tokens.get(i - 1);
      // "Mayo Clinic" inside Japanese text: Latin words separated by one space are one name
      boolean contiguous = prev == null || prev.end() == t.start()
          || prev.latin() && t.latin() && t.start() - prev.end() == 1 && Character.isUpperCase(t.surface().charAt(0));
      if (!contiguous) {
        break;
      }
      if (prev != null && t.suffix()
          && (AFTER_NAME.contains(t.surface()) || (prev.place() || prev.placeSuffix()) && PLACE_ATTRIBUTES.contains(t.surface()))) {
        break; // イタリア[人], 日本[製], 会津川口駅[間]
      }
      if (prev != null && prev.personName() && prev.katakana() && t.place() && t.surface().length() == 1) {
        break; // レーガン[米]大統領: the country of the title, not part of the name
      }
      if (prev != null && prev.latin() && t.surface().equals(" ") && i + 1 < tokens.size() && tokens.get(i + 1).latin()
          && tokens.get(i + 1).start() == t.end() && Character.isUpperCase(tokens.get(i + 1).surface().charAt(0))) {
        i++; // "Mayo Clinic" inside Japanese text: capitalized Latin words one space apart are one name
        continue;
      }
      if (prev != null && NAME_ENDERS.contains(t.surface())
          && !(prev.place() && (t.surface().equals("代表") || t.surface().equals("本社")))) {
        break; // アメリカ代表 is a team, 株式会社X代表 a person's title
      }
      if (prev != null && prev.latin() && (t.pos().startsWith("名詞-数") && t.digits()
          || t.surface().equals("-") && i + 1 < tokens.size() && tokens.get(i + 1).start() == t.end()
              && (tokens.get(i + 1).latin() || tokens.get(i + 1).digits()))) {
        // AKB48, GT-R, T-Mobile, KL-10: Latin names take their digits, and a hyphen with what follows it
        int take = t.surface().equals("-") ? 2 : 1;
        lastGood = i + take;
        i += take;
        continue;
      }
      if (prev != null && (prev.katakana() || prev.personName()) && t.digits()
          && i + 1 < tokens.size() && tokens.get(i + 1).surface().equals("世") && tokens.get(i + 1).start() == t.end()) {
        lastGood = i + 2; // ラムセス2世, アナスタシオス1世: a regnal number is part of the name
        i += 2;
        continue;
      }
      if (prev != null && (prev.givenName() || tokens.get(from).surname() && i - from == 2 && !prev.katakana())
          && !prev.katakana() && KANJI_NUMERALS.contains(t.surface())) {
        lastGood = i + 1; // 関根潤[三], 野口弥[三]: the numeral ends the given name
        i++;
        continue;
      }
      if (prev != null && t.nakaguro() && i + 1 < tokens.size() && tokens.get(i + 1).surname() && !tokens.get(i + 1).katakana()) {
        break; // 伊藤・壇蜜・岩井志麻子: Japanese names joined by ・ are a list of people
      }
      if (prev != null && prev.personName() && !prev.katakana() && (t.surface().equals("ら") || t.surface().equals("役")
          || t.surface().equals("家") || t.surface().equals("達") && t.suffix())) {
        break; // 佃隆之ら, 佐藤勝正役: the name ends before the plural or the role
      }
      if (prev != null && prev.personName() && !prev.katakana() && t.noun() && !t.nameLike() && !t.suffix()
          && t.surface().length() <= 2 && Character.UnicodeScript.of(t.surface().charAt(0)) == Character.UnicodeScript.HAN
          && !t.pos().startsWith("名詞-数") && (!t.pos().startsWith("名詞-サ変") || t.surface().length() == 1)
          && !PERSON_TITLES.contains(t.surface()) && givenNameLength(tokens, from, i) <= 2) {
        lastGood = i + 1; // the rest of a given name kuromoji does not know: 金子達[仁], 江上波[夫]
        i++;
      } else if (t.nameLike() || i > from && (t.suffix() || suffixAt(text, tokens, from, i + 1))) {
        lastGood = i + 1;
        i++;
      } else if (t.nakaguro() && i > from && prev.personName() && !prev.katakana()) {
        break; // 西沢・高木: two people listed, not one name
      } else if (t.nakaguro() && i > from && i + 1 < tokens.size() && tokens.get(i + 1).nameLike()) {
        i++;
      } else if (t.noun() && Character.isLetter(t.surface().charAt(0)) && !t.pos().startsWith("名詞-数") && !t.pos().startsWith("名詞-代名詞")
          && !t.pos().startsWith("名詞-非自立") && !t.pos().startsWith("名詞-副詞可能") && endsInSuffixAhead(text, tokens, from, i)) {
        i++; // a common noun inside a longer name: 東京 [工業] 大学, アメリカ [鉱業] 評議委員会
      } else {
        break;
      }
    }
    return lastGood;
  }

  /** Characters of the given name so far: the person-name tokens after the surname in [from, to). */
  static int givenNameLength(List<JapaneseToken> tokens, int from, int to) {
    int n = 0;
    for (int k = from; k < to; k++) {
      if (!tokens.get(k).surname()) {
        n += tokens.get(k).surface().length();
      }
    }
    return n;
  }

  /** True when the text of tokens [from, to) ends with an organization or facility suffix. */
  static boolean suffixAt(String text, List<JapaneseToken> tokens, int from, int to) {
    return endsWithAny(text, tokens.get(from).start(), tokens.get(to - 1).end(), NAME_SUFFIXES) != null;
  }

  /** True when some contiguous run of nouns from {@code i} on (at most 3 more tokens) completes a suffixed name. */
  static boolean endsInSuffixAhead(String text, List<JapaneseToken> tokens, int from, int i) {
    for (int j = i + 1; j < Math.min(tokens.size(), i + 4); j++) {
      JapaneseToken t = tokens.get(j);
      if (tokens.get(j - 1).end() != t.start() || !t.noun()) {
        return false;
      }
      if (suffixAt(text, tokens, from, j + 1) && (t.suffix() || ORG_SUFFIXES.containsKey(t.surface())
          || FACILITY_SUFFIXES.contains(t.surface()) || endsWithAny(t.surface(), ORG_SUFFIXES.keySet()) != null
          || endsWithAny(t.surface(), FACILITY_SUFFIXES) != null || GEO_WORDS.contains(t.surface()))) {
        return true;
      }
    }
    return false;
  }

  /** True when tokens [from, to) are all names of people or untyped names, or unknown words. */
  static boolean namesOnly(List<JapaneseToken> tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      JapaneseToken t = tokens.get(k);
      if (!(t.personName() || t.properGeneral() || t.unknownWord() || !t.known() && t.katakana())) {
        return false;
      }
    }
    return true;
  }

  static boolean noneTypedOrg(List<JapaneseToken> tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      if (tokens.get(k).properOrg() || tokens.get(k).nakaguro()) {
        return false;
      }
    }
    return true;
  }

  static boolean startsOrgPhrase(String text, List<JapaneseToken> tokens, int i) {
    JapaneseToken t = tokens.get(i);
    // a counter or a hiragana word (3ヶ月[後], 1日あたり, …のうち) is not where a name begins
    return !t.pos().startsWith("名詞-数") && !t.pos().startsWith("名詞-代名詞") && !t.pos().startsWith("名詞-非自立")
        && !t.suffix() && !JapaneseMorphology.hiragana(t.surface()) && t.surface().length() >= 2
        && endsInSuffixAhead(text, tokens, i, i) && i + 1 < tokens.size() && tokens.get(i + 1).noun();
  }

  static int quotedEnd(List<JapaneseToken> tokens, int open) {
    for (int j = open + 1; j < Math.min(tokens.size(), open + 12); j++) {
      String s = tokens.get(j).surface();
      if (s.equals("」")) {
        return j > open + 1 ? j : -1;
      }
      if (s.equals("。") || s.equals("「") || s.equals("、")) {
        return -1;
      }
    }
    return -1;
  }
}
