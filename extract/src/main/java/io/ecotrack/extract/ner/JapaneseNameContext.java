package io.ecotrack.extract.ner;

import static io.ecotrack.extract.ner.JapaneseNameWords.*;

import io.ecotrack.model.EntityType;
import java.util.List;
import java.util.Set;

/**
 * What the words around a run of tokens say about it: a kind before it (監督, 企業), a title after it (氏, 社長), a
 * particle and a verb (Xに生まれ, Xを買収), an event after it; and the pass {@code person-name}, which reads a
 * person's name without the title or role that follows it.
 */
final class JapaneseNameContext {
  private JapaneseNameContext() {}

  /** True when the clause after position {@code from} (to the next 。) tells of a company's deeds and not a person's. */
  static boolean companyDeed(List<JapaneseToken> tokens, int from) {
    boolean company = false;
    for (int k = from; k < tokens.size() && k < from + 40; k++) {
      String w = tokens.get(k).surface();
      if (w.equals("。")) {
        break;
      }
      if (PERSON_DEEDS.contains(w)) {
        return false;
      }
      company |= COMPANY_DEEDS.contains(w);
    }
    return company;
  }

  /** The type the words around tokens [from, to) give a name, or null; a particle or comma may stand between. */
  static EntityType typeFromContext(List<JapaneseToken> tokens, int from, int to) {
    int b = from - 1;
    if (b >= 0 && tokens.get(b).surface().equals("、")) {
      b--;
    }
    if (b >= 0 && KIND_BEFORE.containsKey(tokens.get(b).surface())) {
      return KIND_BEFORE.get(tokens.get(b).surface());
    }
    if (b >= 0 && PERSON_TITLES.contains(tokens.get(b).surface()) && tokens.get(b).end() == tokens.get(from).start()) {
      return EntityType.PERSON; // 外相イーデン, 大統領アンドロポフ
    }
    if (to >= tokens.size()) {
      return null;
    }
    String next = tokens.get(to).surface();
    if ((next.equals("に") || next.equals("で") || next.equals("へ")) && to + 1 < tokens.size()
        && PLACE_VERBS.contains(tokens.get(to + 1).surface())) {
      return EntityType.LOCATION; // ソンドリオに拠点, ウィスラーで結婚, Xに生まれ
    }
    if (CASE_PARTICLES.contains(next) && to + 1 < tokens.size()) {
      // after a particle the word speaks of the name's members: Xの監督, Xの選手, Xに移籍 make X a club
      int w = to + 1;
      String word = tokens.get(w).surface();
      if (next.equals("の") && FAMILY.contains(word)) {
        return EntityType.PERSON; // モリーの夫, Xの息子
      }
      boolean member = next.equals("の") && COMPANY_WORDS_AFTER_NO.contains(word);
      return member || KIND_AFTER.get(word) == EntityType.ORGANIZATION ? EntityType.ORGANIZATION : null;
    }
    if (next.equals("製") || next.equals("戦")) {
      return EntityType.ORGANIZATION; // ボンバルディア製 (a maker), トッテナム戦 (a club)
    }
    return PERSON_TITLES.contains(next) ? EntityType.PERSON : KIND_AFTER.get(next);
  }

  /**
   * True when tokens [from, to) are written between common nouns of one compound (医療機器[クラスター],
   * [ライフサイエンス]企業): a word in a noun phrase, not a person, whose name stands alone or after a title.
   */
  static boolean insideCompound(List<JapaneseToken> tokens, int from, int to) {
    if (tokens.get(from).surface().contains("・")) {
      return false; // ジョン・エドガー・フーヴァー: a foreign name written whole
    }
    JapaneseToken prev = from > 0 ? tokens.get(from - 1) : null;
    boolean before = prev != null && prev.end() == tokens.get(from).start() && knownCommonWord(prev)
        && !KIND_BEFORE.containsKey(prev.surface()) && !LEADING_KINDS.contains(prev.surface())
        && endsWithAny(prev.surface(), PERSON_TITLES) == null
        && !ROLE_ENDINGS.contains(prev.surface().substring(prev.surface().length() - 1)); // 館長, 海軍長官 come before names
    JapaneseToken next = to < tokens.size() ? tokens.get(to) : null;
    boolean after = next != null && next.start() == tokens.get(to - 1).end()
        && (DESCRIBED_KINDS.contains(next.surface()) // [ライフサイエンス]企業
            || knownCommonWord(next) && endsWithAny(next.surface(), PERSON_TITLES) == null
                && !ROLE_ENDINGS.contains(next.surface().substring(next.surface().length() - 1))
                && !KIND_AFTER.containsKey(next.surface())); // [ライフサイエンス]分野, [エコ]システム
    return before || after;
  }

  static boolean knownCommonWord(JapaneseToken t) {
    return t.known() && t.commonNoun() && t.surface().length() >= 2;
  }

  /**
   * The index after common nouns ending in a kind of body (ソフトウェア[会社], スラッシュメタル[バンド]) and an optional
   * ・ at the start of tokens [from, end), when a name follows them; {@code from} when there are none.
   */
  static int leadingKindEnd(List<JapaneseToken> tokens, int from, int end) {
    for (int k = from; k < end - 1; k++) {
      JapaneseToken t = tokens.get(k);
      if (!t.known() || t.properName() || !t.noun()) {
        return from;
      }
      String kind = endsWithAny(t.surface(), LEADING_KINDS);
      if (kind != null && k > from || kind != null && t.surface().length() > kind.length()) {
        int next = tokens.get(k + 1).nakaguro() ? k + 2 : k + 1;
        return next < end ? next : from;
      }
    }
    return from;
  }

  /**
   * True when common words at [from, to) say what something is rather than name it: the predicate of the sentence
   * (…は旅客駅である, …にある自動車教習所。) or a role (地方百貨店として).
   */
  static boolean described(List<JapaneseToken> tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      if (!tokens.get(k).known() || tokens.get(k).properName()) {
        return false;
      }
    }
    String next = to < tokens.size() ? tokens.get(to).surface() : "。";
    String after = to + 1 < tokens.size() ? tokens.get(to + 1).surface() : "";
    return next.equals("。") || next.equals("として") || next.equals("で") && after.equals("ある") || next.equals("だ");
  }

  /** True when the nouns right after position {@code to} finish an event's name: [衆議院]議員総選挙. */
  static boolean eventAhead(List<JapaneseToken> tokens, int to) {
    StringBuilder ahead = new StringBuilder();
    for (int k = to; k < Math.min(tokens.size(), to + 3) && (tokens.get(k).noun() || tokens.get(k).pos().startsWith("接頭詞"))
        && tokens.get(k).start() == tokens.get(k - 1).end(); k++) {
      ahead.append(tokens.get(k).surface());
      String event = endsWithAny(ahead.toString(), EVENT_WORDS);
      if (event != null && (event.length() >= 2 || ahead.length() >= 2)) {
        return true;
      }
    }
    return false;
  }

  /** A word that a place written right before it merely qualifies (日本[映画], イギリス[訪問], 江戸[時代]). */
  static boolean modifies(JapaneseToken next) {
    return next.commonNoun()
        && !PLACE_REFERENCES.contains(next.surface());
  }

  /** A person from a chunk with person-name tokens: the name, without a title or role that follows it. */
  static EntitySpan person(String text, List<JapaneseToken> tokens, int from, int to) {
    int p = from;
    while (p < to && !tokens.get(p).personName()) {
      p++;
    }
    if (p == from + 1 && tokens.get(from).place() && tokens.get(p).givenName()) {
      p = from; // 矢守克也: a surname the dictionary files as a place, then a given name
    }
    if (p != from && !(wholeName(tokens, p, to) && commonNouns(tokens, from, p)
        && KIND_BEFORE.get(tokens.get(p - 1).surface()) != EntityType.ORGANIZATION)) {
      return null; // something else comes first: not a bare person name (but アーティスト[内藤礼] is one)
    }
    int q = to;
    while (q > p + 1 && (PERSON_TITLES.contains(tokens.get(q - 1).surface()) || tokens.get(q - 1).pos().startsWith("名詞-サ変")
        || roleAfterName(tokens, p, q - 1))) {
      q--; // 後藤[総裁], 向田邦子[脚本]
    }
    String name = text.substring(tokens.get(p).start(), tokens.get(q - 1).end());
    if (name.length() > 8 && !name.contains("・")) {
      return null;
    }
    JapaneseToken last = tokens.get(q - 1);
    if (q - p >= 2 && last.known() && last.pos().startsWith("名詞-一般") && !last.personName()
        && (last.katakana() || last.surface().length() >= 2)) {
      return null; // スマート|フォン, 高山|植物: a word kuromoji took for a name, then a common noun
    }
    boolean titled = q < tokens.size() && PERSON_TITLES.contains(tokens.get(q).surface());
    return new EntitySpan(tokens.get(p).start(), tokens.get(q - 1).end(), name, EntityType.PERSON, null, null,
        titled || q - p >= 2 ? 0.85 : 0.55, "person-name");
  }

  /** A person's whole name at {@code p}: one the dictionary knows whole (内藤礼), or a surname and a given name. */
  static boolean wholeName(List<JapaneseToken> tokens, int p, int to) {
    JapaneseToken t = tokens.get(p);
    return t.pos().startsWith("名詞-固有名詞-人名-一般") && t.surface().length() >= 3
        || t.surname() && p + 1 < to && tokens.get(p + 1).givenName();
  }

  /** True when tokens [from, to) are all common nouns the dictionary knows (アーティスト, 球団, オーナー). */
  static boolean commonNouns(List<JapaneseToken> tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      JapaneseToken t = tokens.get(k);
      if (!t.known() || !t.commonNoun()) {
        return false;
      }
    }
    return true;
  }

  /** A common noun after a complete name (surname and given name, or a name kuromoji knows whole): a role, not the name. */
  static boolean roleAfterName(List<JapaneseToken> tokens, int p, int k) {
    JapaneseToken t = tokens.get(k);
    if (!t.pos().startsWith("名詞-一般") || t.personName() || !t.known() || t.katakana() || t.surface().length() < 2) {
      return false;
    }
    return tokens.get(k - 1).givenName() && k - 1 > p && tokens.get(k - 2).surname();
  }
}
