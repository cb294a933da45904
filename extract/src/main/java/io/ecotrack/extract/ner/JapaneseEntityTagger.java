package io.ecotrack.extract.ner;

import io.ecotrack.model.EntityType;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Japanese names from Lucene's kuromoji tokenizer and its IPADIC part-of-speech tags
 * (名詞-固有名詞-組織 / 人名 / 地域), joined by rules into whole names: katakana runs joined by ・, a
 * name followed by an organization suffix (大学, 病院, 協会, 財団, 研究所 …) is an organization, a place
 * followed by 州, 県 or 市 a place, a surname with its given name a person, and 「」 around a short noun
 * phrase a program or facility.
 */
public final class JapaneseEntityTagger implements EntityTagger {
  /** Suffixes that make the name before them an organization, with the subtype they imply. */
  static final Map<String, String> ORG_SUFFIXES = Map.ofEntries(
      Map.entry("大学", "UNIVERSITY"), Map.entry("大学院", "UNIVERSITY"), Map.entry("校", "UNIVERSITY"),
      Map.entry("学院", "UNIVERSITY"), Map.entry("高校", "SCHOOL"), Map.entry("学校", "SCHOOL"),
      Map.entry("病院", "HOSPITAL"), Map.entry("クリニック", "HOSPITAL"), Map.entry("医療センター", "HOSPITAL"),
      Map.entry("協会", "ASSOCIATION"), Map.entry("連合会", "ASSOCIATION"), Map.entry("連盟", "ASSOCIATION"),
      Map.entry("組合", "ASSOCIATION"), Map.entry("学会", "ASSOCIATION"), Map.entry("会議所", "ASSOCIATION"),
      Map.entry("財団", "FOUNDATION"), Map.entry("基金", "FOUNDATION"),
      Map.entry("公社", "AGENCY"), Map.entry("機構", "AGENCY"), Map.entry("省", "AGENCY"), Map.entry("庁", "AGENCY"),
      Map.entry("委員会", "AGENCY"), Map.entry("局", "AGENCY"), Map.entry("政府", "AGENCY"), Map.entry("議会", "AGENCY"),
      Map.entry("研究所", "RESEARCH"), Map.entry("研究センター", "RESEARCH"), Map.entry("研究機構", "RESEARCH"),
      Map.entry("製薬", "COMPANY"), Map.entry("工業", "COMPANY"), Map.entry("化学", "COMPANY"), Map.entry("電機", "COMPANY"),
      Map.entry("電気", "COMPANY"), Map.entry("重工", "COMPANY"), Map.entry("自動車", "COMPANY"), Map.entry("製作所", "COMPANY"),
      Map.entry("商事", "COMPANY"), Map.entry("物産", "COMPANY"), Map.entry("銀行", "COMPANY"), Map.entry("証券", "COMPANY"),
      Map.entry("保険", "COMPANY"), Map.entry("生命", "COMPANY"), Map.entry("建設", "COMPANY"), Map.entry("鉄道", "COMPANY"),
      Map.entry("航空", "COMPANY"), Map.entry("通信", "COMPANY"), Map.entry("新聞", "COMPANY"), Map.entry("新聞社", "COMPANY"),
      Map.entry("放送", "COMPANY"), Map.entry("グループ", "COMPANY"), Map.entry("ホールディングス", "COMPANY"),
      Map.entry("社", "COMPANY"), Map.entry("会社", "COMPANY"), Map.entry("株式会社", "COMPANY"), Map.entry("商会", "COMPANY"),
      Map.entry("ファンド", "INVESTOR"), Map.entry("キャピタル", "INVESTOR"), Map.entry("ベンチャーズ", "INVESTOR"),
      Map.entry("パートナーズ", "INVESTOR"), Map.entry("党", "PARTY"), Map.entry("軍", "AGENCY"), Map.entry("団", "ASSOCIATION"),
      Map.entry("センター", "ORGANIZATION"), Map.entry("研究会", "ASSOCIATION"), Map.entry("部", "UNIT"), Map.entry("学部", "UNIT"),
      Map.entry("研究科", "UNIT"), Map.entry("クラブ", "ASSOCIATION"), Map.entry("チーム", "ASSOCIATION"));
  /** Suffixes that make the name before them a named site. */
  static final Set<String> FACILITY_SUFFIXES = Set.of("空港", "駅", "港", "城", "寺", "神社", "公園", "タワー", "ビル",
      "ホール", "スタジアム", "球場", "競技場", "キャンパス", "橋", "ダム", "線", "道路", "トンネル", "美術館", "博物館", "図書館",
      "劇場", "宮殿", "ハブ", "パーク", "アリーナ", "ドーム", "会館", "記念館", "動物園", "水族館", "発電所", "工場", "病棟");
  static final Set<String> PLACE_SUFFIXES = Set.of("州", "県", "都", "府", "道", "市", "区", "町", "村", "郡", "島", "国", "省");
  static final Set<String> PERSON_TITLES = Set.of("氏", "さん", "様", "教授", "博士", "社長", "会長", "部長", "所長", "院長",
      "学長", "理事長", "代表", "CEO", "ＣＥＯ", "最高経営責任者", "知事", "市長", "大統領", "首相", "議員", "監督", "選手");

  private static final ThreadLocal<Analysis> ANALYSIS = ThreadLocal.withInitial(Analysis::new);

  private final Gazetteer places;

  public JapaneseEntityTagger(Gazetteer places) {
    this.places = places;
  }

  /** One token with its part of speech. */
  record Token(String surface, String pos, int start, int end) {
    boolean noun() {
      return pos.startsWith("名詞");
    }

    boolean properOrg() {
      return pos.startsWith("名詞-固有名詞-組織");
    }

    boolean personName() {
      return pos.startsWith("名詞-固有名詞-人名");
    }

    boolean surname() {
      return pos.startsWith("名詞-固有名詞-人名-姓");
    }

    boolean givenName() {
      return pos.startsWith("名詞-固有名詞-人名-名");
    }

    boolean place() {
      return pos.startsWith("名詞-固有名詞-地域");
    }

    boolean properGeneral() {
      return pos.startsWith("名詞-固有名詞-一般");
    }

    boolean suffix() {
      return pos.startsWith("名詞-接尾");
    }

    boolean katakana() {
      return !surface.isEmpty() && surface.chars().allMatch(c -> (c >= 0x30A0 && c <= 0x30FF) || c == 0x30FC);
    }

    boolean latin() {
      return !surface.isEmpty() && surface.chars().anyMatch(Character::isLetter) && surface.chars().allMatch(c -> Character.isLetterOrDigit(c) && c < 0x3000
          || (c >= 0xFF10 && c <= 0xFF5A) || c == '&' || c == '.');
    }

    boolean nakaguro() {
      return surface.equals("・") || surface.equals("･");
    }

    boolean unknownWord() {
      return pos.equals("未知語");
    }

    /** Could be part of a name. */
    boolean nameLike() {
      return properOrg() || personName() || place() || properGeneral() || (noun() && (katakana() || latin()))
          || unknownWord() && (katakana() || latin());
    }
  }

  private static final class Analysis {
    final JapaneseTokenizer tokenizer = new JapaneseTokenizer(null, false, JapaneseTokenizer.Mode.NORMAL);
    final CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
    final OffsetAttribute offset = tokenizer.addAttribute(OffsetAttribute.class);
    final PartOfSpeechAttribute pos = tokenizer.addAttribute(PartOfSpeechAttribute.class);

    List<Token> tokens(String text) {
      List<Token> out = new ArrayList<>();
      try {
        tokenizer.setReader(new StringReader(text));
        tokenizer.reset();
        while (tokenizer.incrementToken()) {
          String p = pos.getPartOfSpeech();
          out.add(new Token(term.toString(), p == null ? "未知語" : p, offset.startOffset(), offset.endOffset()));
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
  }

  /** The kuromoji tokens of {@code text}, for the relation rules. */
  static List<Token> tokens(String text) {
    return ANALYSIS.get().tokens(text);
  }

  @Override
  public List<EntitySpan> tag(String text) {
    List<Token> tokens = tokens(text);
    List<EntitySpan> spans = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Token t = tokens.get(i);
      if (t.surface().equals("「")) {
        int close = quotedEnd(tokens, i);
        if (close > i) {
          spans.add(new EntitySpan(tokens.get(i + 1).start(), tokens.get(close - 1).end(),
              text.substring(tokens.get(i + 1).start(), tokens.get(close - 1).end()), EntityType.FACILITY, "PROGRAM", null, 0.5));
          i = close + 1;
          continue;
        }
      }
      if (!t.nameLike() && !(t.noun() && startsOrgPhrase(tokens, i))) {
        i++;
        continue;
      }
      int end = chunkEnd(tokens, i);
      EntitySpan span = classify(text, tokens, i, end);
      if (span != null) {
        spans.add(span);
      }
      i = Math.max(end, i + 1);
    }
    return spans;
  }

  /** Index after the last token of the name that starts at {@code from}. */
  private static int chunkEnd(List<Token> tokens, int from) {
    int i = from;
    int lastGood = from;
    while (i < tokens.size()) {
      Token t = tokens.get(i);
      Token prev = i == from ? null : tokens.get(i - 1);
      // "Mayo Clinic" inside Japanese text: Latin words separated by one space are one name
      boolean contiguous = prev == null || prev.end() == t.start()
          || prev.latin() && t.latin() && t.start() - prev.end() == 1 && Character.isUpperCase(t.surface().charAt(0));
      if (!contiguous) {
        break;
      }
      if (t.nameLike() || t.suffix() && i > from || orgSuffix(t.surface()) != null && i > from
          || FACILITY_SUFFIXES.contains(t.surface()) && i > from) {
        lastGood = i + 1;
        i++;
      } else if (t.nakaguro() && i > from && i + 1 < tokens.size() && tokens.get(i + 1).nameLike()) {
        i++;
      } else if (t.noun() && !t.pos().startsWith("名詞-数") && !t.pos().startsWith("名詞-代名詞")
          && !t.pos().startsWith("名詞-非自立") && !t.pos().startsWith("名詞-副詞可能") && endsInSuffixAhead(tokens, i)) {
        i++; // a common noun inside a longer name: 東京 [工業] 大学, メイヨー [医科] 大学
      } else {
        break;
      }
    }
    return lastGood;
  }

  private static boolean endsInSuffixAhead(List<Token> tokens, int i) {
    for (int j = i + 1; j < Math.min(tokens.size(), i + 4); j++) {
      Token t = tokens.get(j);
      if (tokens.get(j - 1).end() != t.start() || !t.noun()) {
        return false;
      }
      if (orgSuffix(t.surface()) != null || FACILITY_SUFFIXES.contains(t.surface())) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsOrgPhrase(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    return !t.pos().startsWith("名詞-数") && !t.pos().startsWith("名詞-代名詞") && !t.pos().startsWith("名詞-非自立")
        && t.surface().length() >= 2 && endsInSuffixAhead(tokens, i) && i + 1 < tokens.size() && tokens.get(i + 1).noun();
  }

  private EntitySpan classify(String text, List<Token> tokens, int from, int to) {
    if (to <= from) {
      return null;
    }
    Token first = tokens.get(from);
    Token last = tokens.get(to - 1);
    int start = first.start();
    int end = last.end();
    String surface = text.substring(start, end);
    String orgSubtype = orgSuffix(last.surface());
    boolean namedPart = false; // 総合病院 is a kind of hospital, not a name: some part must be a name
    for (int k = from; k < to - 1; k++) {
      namedPart |= tokens.get(k).nameLike();
    }
    if (orgSubtype != null && to - from >= 2 && namedPart) {
      if (last.surface().equals("部") || last.surface().equals("学部")) {
        return new EntitySpan(start, end, surface, EntityType.ORGANIZATION, "UNIT", null, 0.6);
      }
      return new EntitySpan(start, end, surface, EntityType.ORGANIZATION, orgSubtype, null, 0.8);
    }
    if (FACILITY_SUFFIXES.contains(last.surface()) && to - from >= 2 && namedPart) {
      return new EntitySpan(start, end, surface, EntityType.FACILITY, null, null, 0.7);
    }
    boolean allPlace = true;
    boolean anyPerson = false;
    boolean anyOrg = false;
    for (int k = from; k < to; k++) {
      Token t = tokens.get(k);
      allPlace &= t.place() || t.nakaguro() || (t.suffix() && PLACE_SUFFIXES.contains(t.surface()));
      anyPerson |= t.personName();
      anyOrg |= t.properOrg();
    }
    var place = places.lookup(surface);
    if (place.isPresent()) {
      return new EntitySpan(start, end, surface, EntityType.LOCATION, place.get().subtype(), place.get().id(), 0.95);
    }
    if (allPlace) {
      return new EntitySpan(start, end, surface, EntityType.LOCATION, null, null, 0.8);
    }
    if (anyPerson && !anyOrg) {
      // a surname, its given name, and nothing else of the chunk: 山田 太郎 (氏)
      int p = from;
      while (p < to && !tokens.get(p).personName()) {
        p++;
      }
      int q = p;
      while (q < to && (tokens.get(q).personName() || tokens.get(q).katakana() && q > p || tokens.get(q).nakaguro())) {
        q++;
      }
      if (p == from && q == to) {
        boolean titled = to < tokens.size() && PERSON_TITLES.contains(tokens.get(to).surface());
        boolean full = q - p >= 2;
        return new EntitySpan(start, end, surface, EntityType.PERSON, null, null, titled || full ? 0.85 : 0.6);
      }
    }
    if (anyOrg) {
      return new EntitySpan(start, end, surface, EntityType.ORGANIZATION, null, null, 0.75);
    }
    if (to < tokens.size() && PERSON_TITLES.contains(tokens.get(to).surface()) && (first.katakana() || first.personName())) {
      return new EntitySpan(start, end, surface, EntityType.PERSON, null, null, 0.7);
    }
    if (from > 0 && tokens.get(from - 1).surface().equals("米") || from > 0 && tokens.get(from - 1).surface().equals("独")) {
      return new EntitySpan(start, end, surface, EntityType.ORGANIZATION, "COMPANY", null, 0.6);
    }
    return null;
  }

  private static int quotedEnd(List<Token> tokens, int open) {
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

  static String orgSuffix(String surface) {
    return ORG_SUFFIXES.get(surface);
  }
}
