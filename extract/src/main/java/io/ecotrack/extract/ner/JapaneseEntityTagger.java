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
import org.apache.lucene.analysis.ja.tokenattributes.ReadingAttribute;
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
  /** Suffixes that make the name before them an organization, with the subtype they imply (longest match wins). */
  static final Map<String, String> ORG_SUFFIXES = Map.ofEntries(
      Map.entry("大学", "UNIVERSITY"), Map.entry("大学院", "UNIVERSITY"), Map.entry("大學", "UNIVERSITY"), Map.entry("校", "UNIVERSITY"),
      Map.entry("学院", "UNIVERSITY"), Map.entry("学園", "SCHOOL"),
      Map.entry("病院", "HOSPITAL"), Map.entry("クリニック", "HOSPITAL"), Map.entry("医療センター", "HOSPITAL"),
      Map.entry("協会", "ASSOCIATION"), Map.entry("連合会", "ASSOCIATION"), Map.entry("連盟", "ASSOCIATION"), Map.entry("連合", "ASSOCIATION"),
      Map.entry("組合", "ASSOCIATION"), Map.entry("学会", "ASSOCIATION"), Map.entry("会議所", "ASSOCIATION"), Map.entry("友の会", "ASSOCIATION"),
      Map.entry("財団", "FOUNDATION"), Map.entry("基金", "FOUNDATION"),
      Map.entry("公社", "AGENCY"), Map.entry("機構", "AGENCY"), Map.entry("省", "AGENCY"), Map.entry("庁", "AGENCY"),
      Map.entry("委員会", "AGENCY"), Map.entry("評議会", "AGENCY"), Map.entry("評議委員会", "AGENCY"), Map.entry("局", "AGENCY"),
      Map.entry("政府", "AGENCY"), Map.entry("政権", "AGENCY"), Map.entry("議会", "AGENCY"), Map.entry("裁判所", "AGENCY"),
      Map.entry("研究所", "RESEARCH"), Map.entry("研究センター", "RESEARCH"), Map.entry("研究機構", "RESEARCH"),
      Map.entry("製薬", "COMPANY"), Map.entry("工業", "COMPANY"), Map.entry("化学", "COMPANY"), Map.entry("電機", "COMPANY"),
      Map.entry("電気", "COMPANY"), Map.entry("重工", "COMPANY"), Map.entry("重工業", "COMPANY"), Map.entry("自動車", "COMPANY"),
      Map.entry("製作所", "COMPANY"), Map.entry("商事", "COMPANY"), Map.entry("物産", "COMPANY"), Map.entry("銀行", "COMPANY"),
      Map.entry("証券", "COMPANY"), Map.entry("保険", "COMPANY"), Map.entry("生命", "COMPANY"), Map.entry("建設", "COMPANY"),
      Map.entry("鉄道", "COMPANY"), Map.entry("航空", "COMPANY"), Map.entry("通信", "COMPANY"), Map.entry("新聞", "COMPANY"),
      Map.entry("新聞社", "COMPANY"), Map.entry("放送", "COMPANY"), Map.entry("テレビ", "COMPANY"), Map.entry("グループ", "COMPANY"),
      Map.entry("ホールディングス", "COMPANY"), Map.entry("社", "COMPANY"), Map.entry("株式会社", "COMPANY"), Map.entry("商会", "COMPANY"),
      Map.entry("コーポレーション", "COMPANY"), Map.entry("カンパニー", "COMPANY"), Map.entry("リミテッド", "COMPANY"),
      Map.entry("インターナショナル", "COMPANY"), Map.entry("ジャパン", "COMPANY"), Map.entry("製菓", "COMPANY"), Map.entry("出版", "COMPANY"),
      Map.entry("ファンド", "INVESTOR"), Map.entry("キャピタル", "INVESTOR"), Map.entry("ベンチャーズ", "INVESTOR"),
      Map.entry("パートナーズ", "INVESTOR"), Map.entry("党", "PARTY"), Map.entry("軍", "AGENCY"), Map.entry("海軍", "AGENCY"),
      Map.entry("陸軍", "AGENCY"), Map.entry("空軍", "AGENCY"), Map.entry("軍団", "AGENCY"), Map.entry("師団", "AGENCY"), Map.entry("部隊", "AGENCY"),
      Map.entry("団", "ASSOCIATION"), Map.entry("研究会", "ASSOCIATION"), Map.entry("学部", "UNIT"), Map.entry("研究科", "UNIT"),
      Map.entry("クラブ", "ASSOCIATION"), Map.entry("チーム", "ASSOCIATION"), Map.entry("代表", "TEAM"), Map.entry("FC", "TEAM"),
      Map.entry("アクセラレーター", "ACCELERATOR"), Map.entry("センター", "ORGANIZATION"), Map.entry("交通", "COMPANY"),
      Map.entry("製紙", "COMPANY"), Map.entry("製鉄", "COMPANY"), Map.entry("製鐵", "COMPANY"), Map.entry("電力", "COMPANY"),
      Map.entry("ガス", "COMPANY"), Map.entry("食品", "COMPANY"), Map.entry("薬品", "COMPANY"), Map.entry("商店", "COMPANY"),
      Map.entry("産業", "COMPANY"), Map.entry("興業", "COMPANY"), Map.entry("企画", "COMPANY"), Map.entry("旅行社", "COMPANY"),
      Map.entry("部", "UNIT"), Map.entry("議院", "AGENCY"), Map.entry("リーグ", "ASSOCIATION"),
      Map.entry("バス", "COMPANY"), Map.entry("精機", "COMPANY"), Map.entry("電鉄", "COMPANY"), Map.entry("運輸", "COMPANY"),
      Map.entry("石油", "COMPANY"), Map.entry("パルプ", "COMPANY"), Map.entry("汽船", "COMPANY"), Map.entry("海運", "COMPANY"),
      Map.entry("酒造", "COMPANY"), Map.entry("紡績", "COMPANY"), Map.entry("書店", "COMPANY"), Map.entry("書房", "COMPANY"),
      Map.entry("保存会", "ASSOCIATION"), Map.entry("後援会", "ASSOCIATION"), Map.entry("同好会", "ASSOCIATION"),
      Map.entry("振興会", "ASSOCIATION"), Map.entry("同窓会", "ASSOCIATION"), Map.entry("商工会", "ASSOCIATION"),
      Map.entry("協議会", "ASSOCIATION"), Map.entry("審議会", "AGENCY"), Map.entry("理事会", "AGENCY"), Map.entry("懇談会", "ASSOCIATION"),
      Map.entry("艦隊", "AGENCY"), Map.entry("連隊", "AGENCY"), Map.entry("旅団", "AGENCY"), Map.entry("大隊", "AGENCY"),
      Map.entry("駆逐隊", "AGENCY"), Map.entry("戦隊", "AGENCY"), Map.entry("航空隊", "AGENCY"), Map.entry("方面軍", "AGENCY"),
      Map.entry("財閥", "COMPANY"), Map.entry("組", "COMPANY"), Map.entry("陣営", "ASSOCIATION"), Map.entry("取引所", "COMPANY"), Map.entry("王家", "FAMILY"), Map.entry("新報", "COMPANY"), Map.entry("日報", "COMPANY"),
      Map.entry("学科", "UNIT"), Map.entry("内閣", "AGENCY"), Map.entry("派", "PARTY"), Map.entry("藩", "AGENCY"), Map.entry("薬舗", "COMPANY"),
      Map.entry("軌道", "COMPANY"), Map.entry("レコード", "COMPANY"), Map.entry("レコーズ", "COMPANY"),
      Map.entry("機関", "AGENCY"), Map.entry("公団", "AGENCY"), Map.entry("総会", "AGENCY"), Map.entry("高裁", "AGENCY"),
      Map.entry("地裁", "AGENCY"), Map.entry("兵団", "AGENCY"), Map.entry("エージェンシー", "COMPANY"),
      Map.entry("エンターテインメント", "COMPANY"), Map.entry("エンタテインメント", "COMPANY"), Map.entry("システムズ", "COMPANY"),
      Map.entry("テクノロジーズ", "COMPANY"), Map.entry("コミュニケーションズ", "COMPANY"), Map.entry("ラボラトリーズ", "COMPANY"),
      Map.entry("楽団", "ASSOCIATION"), Map.entry("交響楽団", "ASSOCIATION"), Map.entry("劇団", "ASSOCIATION"), Map.entry("球団", "TEAM"));
  /** Prefixes that belong to the name they stand before (旧日本軍, 在日米軍, 新日鐵). */
  static final Set<String> PREFIXES = Set.of("旧", "在", "新", "第", "東", "西", "南", "北");
  /** Suffixes that name an institution even after common words only (文部科学省, 日本銀行協会). */
  static final Set<String> STRONG_ORG_SUFFIXES = Set.of("省", "庁", "党", "大学", "協会", "財団", "機構", "株式会社", "連盟",
      "組合", "委員会", "評議会", "公社", "研究所", "学会", "連合会", "銀行", "新聞社", "機関", "公団", "総会", "コーポレーション",
      "インターナショナル", "エージェンシー", "エンターテインメント", "エンタテインメント", "システムズ", "テクノロジーズ",
      "コミュニケーションズ", "ラボラトリーズ", "ホールディングス", "カンパニー");
  /** Words that put an organization's legal form before its name (株式会社クレハ). */
  static final Set<String> ORG_PREFIXES = Set.of("株式会社", "有限会社", "合同会社", "一般社団法人", "公益社団法人",
      "一般財団法人", "公益財団法人", "独立行政法人", "国立研究開発法人", "学校法人", "医療法人", "社会福祉法人", "NPO法人");
  /** Suffixes that make the name before them a named site (longest match wins over the organization suffixes). */
  static final Set<String> FACILITY_SUFFIXES = Set.of("空港", "駅", "港", "城", "寺", "神社", "神宮", "大社", "公園", "タワー", "ビル",
      "ホール", "スタジアム", "球場", "競技場", "キャンパス", "橋", "ダム", "線", "道路", "トンネル", "美術館", "博物館", "図書館",
      "劇場", "宮殿", "ハブ", "パーク", "アリーナ", "ドーム", "会館", "記念館", "動物園", "水族館", "発電所", "原子力発電所", "工場",
      "病棟", "公会堂", "運河", "小学校", "中学校", "高等学校", "高校", "広場", "庭園", "ホテル", "基地", "刑務所", "墓", "古墳",
      "文化センター", "市場", "街道", "高速道路", "自動車道", "本線", "天守", "灯台", "研究棟", "館", "署", "座", "撮影所",
      "蒸留所", "教習所", "支店", "支局", "インターチェンジ", "サーキット", "スタジオ", "ビルディング", "天文台", "砦", "公邸",
      "百貨店", "ミュージアム", "北口", "南口", "東口", "西口", "通り", "スキー場", "競輪場", "競馬場", "競艇場", "学校",
      "市役所", "役所", "役場", "県庁", "庁舎", "出張所", "事業所", "療養所", "体育館", "神殿", "教会", "団地", "商店街", "寮",
      "塔", "貝塚", "ターミナル", "バスターミナル", "スクール", "店", "本社", "法廷", "駅前");
  /** Site suffixes that make a name of the words before them even when those are common words (鉄鋼館, 電機学校). */
  static final Set<String> NAMED_SITE_SUFFIXES = Set.of("駅", "空港", "神社", "神宮", "寺", "橋", "城", "球場", "競技場", "館",
      "撮影所", "警察署", "蒸留所", "教習所", "百貨店", "天文台", "遺跡", "古墳", "スタジアム", "サーキット", "インターチェンジ",
      "ジャンクション", "学校", "小学校", "中学校", "高等学校", "ビルディング", "スキー場", "競輪場", "競馬場", "競艇場", "劇場");
  /** First words that make such a phrase a kind of site, not a name (最寄り駅, 市立図書館, 各球場). */
  static final Set<String> GENERIC_SITE_WORDS = Set.of("最寄り", "同", "各", "当", "両", "全", "隣", "地元", "始発", "終着", "主要",
      "市立", "県立", "国立", "私立", "公立", "町立", "村立", "府立", "都立", "州立", "新", "旧", "本", "その他", "専用", "仮設", "臨時");

  /** What a program or site named in 「」 ends with; other quoted phrases are titles and sayings, not entities. */
  static final Set<String> PROGRAM_SUFFIXES = Set.of("プログラム", "事業", "計画", "プロジェクト", "ハブ", "センター",
      "アクセラレーター", "イニシアチブ", "構想", "特区", "クラスター", "パーク", "キャンパス", "ファンド", "コンソーシアム");
  static final Set<String> PLACE_SUFFIXES = Set.of("州", "県", "都", "府", "道", "市", "区", "町", "村", "郡", "島", "国", "省");
  static final Set<String> PERSON_TITLES = Set.of("氏", "さん", "様", "教授", "博士", "社長", "会長", "部長", "所長", "院長",
      "学長", "理事長", "代表", "CEO", "ＣＥＯ", "最高経営責任者", "知事", "市長", "大統領", "首相", "議員", "監督", "選手", "将軍",
      "伯爵", "公爵", "侯爵", "男爵", "子爵", "女王", "国王", "皇帝", "王子", "王女", "教皇", "枢機卿", "司教", "大司教", "夫人",
      "准将", "少将", "中将", "大将", "大佐", "中佐", "少佐", "大尉", "中尉", "少尉", "提督", "元帥", "外相", "蔵相", "首席");

  private static final ThreadLocal<Analysis> ANALYSIS = ThreadLocal.withInitial(Analysis::new);

  private final Gazetteer places;

  public JapaneseEntityTagger(Gazetteer places) {
    this.places = places;
  }

  /** One token with its part of speech. */
  record Token(String surface, String pos, int start, int end, boolean known) {
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

    boolean placeSuffix() {
      return pos.startsWith("名詞-接尾-地域");
    }

    boolean katakana() {
      if (surface.isEmpty()) {
        return false;
      }
      for (int i = 0; i < surface.length(); i++) {
        char c = surface.charAt(i);
        if (c < 0x30A0 || c > 0x30FF) {
          return false;
        }
      }
      return true;
    }

    boolean latin() {
      boolean letter = false;
      for (int i = 0; i < surface.length(); i++) {
        char c = surface.charAt(i);
        if (!(Character.isLetterOrDigit(c) && c < 0x3000 || c >= 0xFF10 && c <= 0xFF5A || c == '&' || c == '.')) {
          return false;
        }
        letter |= Character.isLetter(c);
      }
      return letter;
    }

    /** ・ or the = that joins the parts of a foreign name (マルクス=エンゲルス, ル=グウィン). */
    boolean nakaguro() {
      return surface.equals("・") || surface.equals("･") || surface.equals("=") || surface.equals("＝") || surface.equals("゠");
    }

    boolean unknownWord() {
      return pos.equals("未知語");
    }

    /** A proper noun, or a word the dictionary does not know (ボールドウィン): a name rather than a common word. */
    boolean properName() {
      return pos.startsWith("名詞-固有名詞") || unknownWord() || !known && (katakana() || latin());
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
    // kuromoji gives no reading for words outside its dictionary: the sign of an unknown name
    final ReadingAttribute reading = tokenizer.addAttribute(ReadingAttribute.class);

    List<Token> tokens(String text) {
      List<Token> out = new ArrayList<>();
      try {
        tokenizer.setReader(new StringReader(text));
        tokenizer.reset();
        while (tokenizer.incrementToken()) {
          String p = pos.getPartOfSpeech();
          String surface = term.toString();
          // only katakana and Latin words can be unknown names; asking the reading of the others costs time
          boolean known = !couldBeUnknownName(surface) || reading.getReading() != null;
          out.add(new Token(surface, p == null ? "未知語" : p, offset.startOffset(), offset.endOffset(), known));
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

  private static boolean couldBeUnknownName(String surface) {
    char c = surface.isEmpty() ? ' ' : surface.charAt(0);
    return (c >= 0x30A0 && c <= 0x30FF) || (c < 0x0250 && Character.isLetter(c)) || (c >= 0xFF21 && c <= 0xFF5A);
  }

  /** The kuromoji tokens of {@code text}, for the relation rules. */
  static List<Token> tokens(String text) {
    return ANALYSIS.get().tokens(text);
  }

  /** A place whose abbreviation is defined in passing: ウィスコンシン(WI)州. */
  public static final java.util.regex.Pattern ABBREVIATED_PLACE = java.util.regex.Pattern.compile(
      "([\\p{IsKatakana}ー・]{2,}|[\\p{IsHan}]{1,4})[(（]([A-Z]{2,5})[)）](州|県|市|国|省)");

  @Override
  public List<EntitySpan> tag(String text) {
    List<EntitySpan> defined = abbreviatedPlaces(text);
    defined.addAll(numberedUnits(text));
    List<EntitySpan> spans = new ArrayList<>(defined);
    List<Token> tokens = tokens(text);
    for (EntitySpan s : tagTokens(text, tokens)) {
      if (defined.stream().noneMatch(d -> d.overlaps(s))) {
        spans.add(s);
      }
    }
    for (EntitySpan s : definedTopics(text, tokens)) {
      // a definition ("Xは、英国の自動車メーカー。") outranks a guess from the name alone
      spans.removeIf(d -> d.start() == s.start() && d.end() == s.end() && d.confidence() < s.confidence());
      if (spans.stream().noneMatch(d -> d.overlaps(s))) {
        spans.add(s);
      }
    }
    spans.sort(java.util.Comparator.comparingInt(EntitySpan::start));
    spans = listed(text, tokens, spans);
    return repeated(text, addressesAndDirections(text, spans));
  }

  private static final java.util.regex.Pattern BLOCK = java.util.regex.Pattern.compile(
      "[0-9０-９一二三四五六七八九十]+丁目(?:[0-9０-９]+(?:番地?)?)?");

  /**
   * 神戸市垂水区小束山七丁目: an address takes its block number; 北ロンドン, 東ローマ帝国: a place takes the
   * direction written right before it.
   */
  private static List<EntitySpan> addressesAndDirections(String text, List<EntitySpan> spans) {
    List<EntitySpan> out = null;
    for (int k = 0; k < spans.size(); k++) {
      EntitySpan s = spans.get(k);
      if (s.type() != EntityType.LOCATION) {
        continue;
      }
      int start = s.start();
      int end = s.end();
      java.util.regex.Matcher block = BLOCK.matcher(text).region(end, text.length());
      if (block.lookingAt()) {
        end = block.end();
      }
      if (start > 0 && "東西南北".indexOf(text.charAt(start - 1)) >= 0
          && (start == 1 || !Character.isLetter(text.charAt(start - 2)) || "のにでとはがを".indexOf(text.charAt(start - 2)) >= 0)
          && (k == 0 || spans.get(k - 1).end() < start - 1)) {
        start--;
      }
      if (start != s.start() || end != s.end()) {
        if (out == null) {
          out = new ArrayList<>(spans);
        }
        out.set(k, new EntitySpan(start, end, text.substring(start, end), s.type(), s.subtype(), s.placeId(), s.confidence()));
      }
    }
    return out == null ? spans : out;
  }

  /**
   * The untagged items of an enumeration whose other items are names of one type: in "マラガ、グラナダ、コルドバ、
   * セビリア", the cities found make cities of the rest. An item is a run of nouns between 、 (the last one may
   * follow および, 及び, や or と); the list needs two items of that type and none of another.
   */
  private static List<EntitySpan> listed(String text, List<Token> tokens, List<EntitySpan> spans) {
    List<EntitySpan> added = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      List<int[]> items = new ArrayList<>(); // token ranges [from, to)
      int k = i;
      while (true) {
        int end = k;
        while (end < tokens.size() && listWord(tokens.get(end)) && (end == k || tokens.get(end - 1).end() == tokens.get(end).start())) {
          end++;
        }
        if (end == k) {
          break;
        }
        items.add(new int[] {k, end});
        if (end < tokens.size() && LIST_SEPARATORS.contains(tokens.get(end).surface())) {
          k = end + 1;
        } else {
          break;
        }
      }
      if (items.size() >= 3 || items.size() == 2 && i > 0) {
        addListed(text, tokens, spans, items, added);
      }
      i = items.isEmpty() ? i + 1 : items.get(items.size() - 1)[1];
    }
    if (added.isEmpty()) {
      return spans;
    }
    List<EntitySpan> out = new ArrayList<>(spans);
    out.addAll(added);
    out.sort(java.util.Comparator.comparingInt(EntitySpan::start));
    return out;
  }

  private static void addListed(String text, List<Token> tokens, List<EntitySpan> spans, List<int[]> items, List<EntitySpan> added) {
    Map<EntityType, Integer> typed = new java.util.EnumMap<>(EntityType.class);
    List<int[]> untyped = new ArrayList<>();
    for (int[] item : items) {
      int start = tokens.get(item[0]).start();
      int end = tokens.get(item[1] - 1).end();
      EntitySpan exact = null;
      boolean partial = false;
      for (EntitySpan s : spans) {
        if (s.start() == start && s.end() == end) {
          exact = s;
        } else if (s.start() < end && start < s.end()) {
          partial = true;
        }
      }
      if (exact != null) {
        typed.merge(exact.type(), 1, Integer::sum);
      } else if (partial) {
        return; // an item holds a name that does not fill it: not a plain list of names
      } else {
        untyped.add(new int[] {start, end});
      }
    }
    if (typed.size() != 1 || untyped.isEmpty()) {
      return;
    }
    var only = typed.entrySet().iterator().next();
    if (only.getValue() < 2) {
      return;
    }
    for (int[] u : untyped) {
      int length = u[1] - u[0];
      if (length >= 2 && length <= 12) {
        added.add(new EntitySpan(u[0], u[1], text.substring(u[0], u[1]), only.getKey(), null, null, 0.5));
      }
    }
  }

  private static final Set<String> LIST_SEPARATORS = Set.of("、", "および", "及び", "や", "と", "，");

  /** A token that can be part of a listed name: a noun that is not a number, pronoun or dependent noun, or a ・. */
  private static boolean listWord(Token t) {
    return t.nakaguro() || t.noun() && !t.pos().startsWith("名詞-数") && !t.pos().startsWith("名詞-代名詞")
        && !t.pos().startsWith("名詞-非自立") && !t.pos().startsWith("名詞-副詞可能") && Character.isLetter(t.surface().charAt(0));
  }

  /** What a definition says its topic is: "XはYの選手。" makes X a person, "…の企業" an organization. */
  static final Map<String, EntityType> DEFINITION_HEADS = definitionHeads();

  private static Map<String, EntityType> definitionHeads() {
    Map<String, EntityType> m = new java.util.HashMap<>();
    for (String h : List.of("選手", "俳優", "女優", "歌手", "政治家", "作家", "小説家", "漫画家", "画家", "監督", "実業家",
        "声優", "タレント", "作曲家", "指揮者", "学者", "研究者", "医師", "弁護士", "騎手", "棋士", "力士", "アナウンサー",
        "写真家", "建築家", "軍人", "官僚", "外交官", "僧", "人物", "歌人", "詩人", "脚本家", "演出家", "モデル",
        "ミュージシャン", "ギタリスト", "ドラマー", "ベーシスト", "プロデューサー", "芸人", "コメディアン", "教授", "記者",
        "ジャーナリスト", "評論家", "皇帝", "国王", "大名", "武将", "貴族", "公家", "経営者", "創業者", "技術者", "官僚",
        "アイドル", "ピアニスト", "バイオリニスト", "漫才師", "落語家", "ダンサー", "コーチ", "審判", "野球選手")) {
      m.put(h, EntityType.PERSON);
    }
    for (String h : List.of("企業", "会社", "メーカー", "団体", "組織", "法人", "チーム", "クラブ", "政党", "バンド", "グループ",
        "ユニット", "球団", "銀行", "大学", "放送局", "新聞", "出版社", "機関", "部隊", "連盟", "協会", "レーベル", "事務所",
        "劇団", "航空会社", "鉄道会社", "株式会社", "子会社", "財団", "学会", "組合", "軍", "省庁", "行政機関", "委員会")) {
      m.put(h, EntityType.ORGANIZATION);
    }
    for (String h : List.of("駅", "空港", "球場", "スタジアム", "寺", "寺院", "神社", "城", "橋", "公園", "施設", "建築物",
        "建物", "ビル", "博物館", "美術館", "図書館", "劇場", "港", "ホール", "道路", "路線", "高速道路", "トンネル", "ダム",
        "発電所", "小学校", "中学校", "高等学校", "学校", "病院", "競技場", "教会", "庭園", "遺跡", "古墳", "灯台", "鉄道路線")) {
      m.put(h, EntityType.FACILITY);
    }
    for (String h : List.of("市", "町", "村", "区", "郡", "州", "県", "国", "都市", "地域", "地方", "川", "河川", "山", "島",
        "湖", "海", "半島", "地区", "集落", "首都", "地名", "山脈", "湾", "峠", "国家", "共和国", "王国", "自治体")) {
      m.put(h, EntityType.LOCATION);
    }
    return m;
  }

  private List<EntitySpan> definedTopics(String text, List<Token> tokens) {
    List<EntitySpan> out = new ArrayList<>();
    int sentenceStart = 0;
    for (int i = 0; i < tokens.size(); i++) {
      if (!tokens.get(i).surface().equals("。")) {
        continue;
      }
      EntitySpan topic = topicOf(text, tokens, sentenceStart, i);
      if (topic != null) {
        out.add(topic);
      }
      sentenceStart = i + 1;
    }
    return out;
  }

  /** The topic of the sentence tokens [from, end) when the sentence defines it: "X(…)は、…の選手。". */
  private EntitySpan topicOf(String text, List<Token> tokens, int from, int end) {
    int k = from;
    while (k < end && tokens.get(k).noun() || k < end && tokens.get(k).nakaguro()) {
      k++;
    }
    if (k == from || k >= end) {
      return null;
    }
    String next = tokens.get(k).surface();
    int afterTopic = k;
    if (next.equals("(") || next.equals("（")) {
      while (afterTopic < end && !tokens.get(afterTopic).surface().equals(")") && !tokens.get(afterTopic).surface().equals("）")) {
        afterTopic++;
      }
      afterTopic++;
    }
    if (afterTopic >= end || !tokens.get(afterTopic).surface().equals("は")) {
      return null;
    }
    // the head: the last noun before the end of the sentence (…の選手である。)
    int h = end - 1;
    while (h > afterTopic && !tokens.get(h).noun()) {
      h--;
    }
    EntityType type = DEFINITION_HEADS.get(tokens.get(h).surface());
    if (type == null && h > afterTopic) {
      type = DEFINITION_HEADS.get(tokens.get(h - 1).surface() + tokens.get(h).surface());
    }
    int start = tokens.get(from).start();
    int stop = tokens.get(k - 1).end();
    if (type == null || stop - start > 25) {
      return null;
    }
    return new EntitySpan(start, stop, text.substring(start, stop), type, null, null, 0.6);
  }

  /** A name found once is the same name wherever else the text writes it. */
  private static List<EntitySpan> repeated(String text, List<EntitySpan> spans) {
    boolean[] covered = new boolean[text.length()];
    for (EntitySpan s : spans) {
      java.util.Arrays.fill(covered, s.start(), s.end(), true);
    }
    List<EntitySpan> out = new ArrayList<>(spans);
    java.util.Set<String> done = new java.util.HashSet<>();
    for (EntitySpan s : spans) {
      if (s.length() < 2 || !done.add(s.text())) {
        continue;
      }
      for (int at = text.indexOf(s.text()); at >= 0; at = text.indexOf(s.text(), at + 1)) {
        int end = at + s.text().length();
        boolean free = true;
        for (int k = at; k < end && free; k++) {
          free = !covered[k];
        }
        if (free) {
          java.util.Arrays.fill(covered, at, end, true);
          out.add(new EntitySpan(at, end, s.text(), s.type(), s.subtype(), s.placeId(), s.confidence() * 0.9));
        }
      }
    }
    if (out.size() > spans.size()) {
      out.sort(java.util.Comparator.comparingInt(EntitySpan::start));
    }
    return out;
  }


  private List<EntitySpan> abbreviatedPlaces(String text) {
    List<EntitySpan> out = new ArrayList<>();
    if (text.indexOf('(') < 0 && text.indexOf('（') < 0) {
      return out; // the common case, without running the pattern over the whole text
    }
    java.util.regex.Matcher m = ABBREVIATED_PLACE.matcher(text);
    for (int open = nextParenthesis(text, 0); open >= 0; open = nextParenthesis(text, open + 1)) {
      // the pattern is tried only where a parenthesis could close it: scanning the whole text is slow
      int from = Math.max(0, open - 40);
      m.region(from, Math.min(text.length(), open + 9)); // (WI)州 is at most 9 characters from its "("
      while (m.find() && m.start() <= open) {
        if (m.start(2) == open + 1) {
          var place = places.lookup(m.group(1) + m.group(3)).or(() -> places.lookup(m.group(1)));
          out.add(new EntitySpan(m.start(), m.end(), m.group(), EntityType.LOCATION,
              place.map(Gazetteer.Place::subtype).orElse(null), place.map(Gazetteer.Place::id).orElse(null), 0.85));
          break;
        }
      }
    }
    return out;
  }

  /** 第18軍, 第一航空艦隊, 第77歩兵連隊, 731部隊: military units named by their number. */
  static final java.util.regex.Pattern NUMBERED_UNIT = java.util.regex.Pattern.compile(
      "(?:第[0-9０-９一二三四五六七八九十百]+(?:[\\p{IsHan}]{0,4}?)|[0-9]{2,4})"
          + "(?:方面軍|軍団|艦隊|師団|旅団|連隊|大隊|中隊|戦隊|駆逐隊|航空隊|部隊|軍)");

  private static List<EntitySpan> numberedUnits(String text) {
    List<EntitySpan> out = new ArrayList<>();
    if (text.indexOf('第') < 0 && text.indexOf('隊') < 0 && text.indexOf('軍') < 0) {
      return out;
    }
    java.util.regex.Matcher m = NUMBERED_UNIT.matcher(text);
    while (m.find()) {
      out.add(new EntitySpan(m.start(), m.end(), m.group(), EntityType.ORGANIZATION, "AGENCY", null, 0.7));
    }
    return out;
  }

  private static int nextParenthesis(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '(' || c == '（') {
        return i;
      }
    }
    return -1;
  }

  private List<EntitySpan> tagTokens(String text, List<Token> tokens) {
    List<EntitySpan> spans = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Token t = tokens.get(i);
      if (t.surface().equals("「")) {
        int close = quotedEnd(tokens, i);
        if (close > i) {
          EntitySpan quoted = quoted(text, tokens.get(i + 1).start(), tokens.get(close - 1).end());
          if (quoted != null) {
            spans.add(quoted);
            i = close + 1;
            continue;
          }
        }
      }
      if (ORG_PREFIXES.contains(t.surface()) && i + 1 < tokens.size() && tokens.get(i + 1).start() == t.end()
          && tokens.get(i + 1).nameLike()) {
        int end = chunkEnd(text, tokens, i + 1);
        spans.add(new EntitySpan(t.start(), tokens.get(end - 1).end(), text.substring(t.start(), tokens.get(end - 1).end()),
            EntityType.ORGANIZATION, "COMPANY", null, 0.85));
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
      List<EntitySpan> found = withSurname(text, tokens, from, classifySplit(text, tokens, from, end));
      EntitySpan glossed = glossed(text, tokens, from, end, found);
      spans.addAll(glossed == null ? found : List.of(glossed));
      i = Math.max(end, i + 1);
      char next = i < tokens.size() ? text.charAt(tokens.get(i).start()) : '\0';
      java.util.regex.Matcher gloss = next == '(' || next == '（' || next == ' ' ? GLOSS.matcher(text) : null;
      if (gloss != null && !found.isEmpty() && gloss.region(tokens.get(i).start(), text.length()).lookingAt()) {
        while (i < tokens.size() && tokens.get(i).start() < gloss.end()) {
          i++; // メイヨー・クリニック(Mayo Clinic): the English form is the same name, not a second one
        }
      }
    }
    return spans;
  }

  private static final java.util.regex.Pattern GLOSS = java.util.regex.Pattern.compile(
      "\\s?[(（]([A-Za-z][A-Za-z0-9 .,&'’–-]{1,80})[)）]");

  /**
   * A name followed by its English form in parentheses, as reports write new companies: プロメガ(Promega),
   * エグザクト・サイエンシズ(Exact Sciences). The English form decides the type; a company is the default.
   */
  private EntitySpan glossed(String text, List<Token> tokens, int from, int to, List<EntitySpan> found) {
    int start = tokens.get(from).start();
    int end = tokens.get(to - 1).end();
    java.util.regex.Matcher g = GLOSS.matcher(text);
    if (end >= text.length() || !g.region(end, text.length()).lookingAt()) {
      return null;
    }
    if (found.size() == 1 && found.get(0).start() == start && found.get(0).end() == end
        && found.get(0).type() != EntityType.PERSON) {
      return null; // already a place or an organization by its own suffix
    }
    String gloss = g.group(1).trim();
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

  /** A program or site in 「」 (「メドテック・アクセラレーター」), or a known place; null for a quoted phrase. */
  private EntitySpan quoted(String text, int start, int end) {
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
  private static int chunkEnd(String text, List<Token> tokens, int from) {
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
      if (prev != null && prev.latin() && (t.pos().startsWith("名詞-数") && t.surface().chars().allMatch(Character::isDigit)
          || t.surface().equals("-") && i + 1 < tokens.size() && tokens.get(i + 1).start() == t.end()
              && (tokens.get(i + 1).latin() || tokens.get(i + 1).surface().chars().allMatch(Character::isDigit)))) {
        lastGood = i + 1; // AKB48, GT-R, T-Mobile: Latin names take their digits and hyphens
        i++;
        continue;
      }
      if (prev != null && (prev.katakana() || prev.personName()) && t.surface().chars().allMatch(Character::isDigit)
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
  private static int givenNameLength(List<Token> tokens, int from, int to) {
    int n = 0;
    for (int k = from; k < to; k++) {
      if (!tokens.get(k).surname()) {
        n += tokens.get(k).surface().length();
      }
    }
    return n;
  }

  /** True when the text of tokens [from, to) ends with an organization or facility suffix. */
  private static boolean suffixAt(String text, List<Token> tokens, int from, int to) {
    String s = text.substring(tokens.get(from).start(), tokens.get(to - 1).end());
    return endsWithAny(s, NAME_SUFFIXES) != null;
  }

  /** True when some contiguous run of nouns from {@code i} on (at most 3 more tokens) completes a suffixed name. */
  private static boolean endsInSuffixAhead(String text, List<Token> tokens, int from, int i) {
    for (int j = i + 1; j < Math.min(tokens.size(), i + 4); j++) {
      Token t = tokens.get(j);
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

  private static boolean startsOrgPhrase(String text, List<Token> tokens, int i) {
    Token t = tokens.get(i);
    return !t.pos().startsWith("名詞-数") && !t.pos().startsWith("名詞-代名詞") && !t.pos().startsWith("名詞-非自立")
        && t.surface().length() >= 2 && endsInSuffixAhead(text, tokens, i, i) && i + 1 < tokens.size() && tokens.get(i + 1).noun();
  }

  /**
   * Classifies the chunk [from, to), first splitting a nested name such as 東京大学医科学研究所 into
   * 東京大学 and 医科学研究所.
   */
  private List<EntitySpan> classifySplit(String text, List<Token> tokens, int from, int to) {
    for (int k = from + 1; k < to - 1; k++) {
      String tokenText = tokens.get(k).surface();
      String remainder = text.substring(tokens.get(k + 1).start(), tokens.get(to - 1).end());
      boolean campus = remainder.endsWith("校") || remainder.endsWith("キャンパス"); // ウィスコンシン大学マディソン校 is one
      if (("大学".equals(tokenText) || "大學".equals(tokenText)) && !campus && suffixAt(text, tokens, k + 1, to)) {
        List<EntitySpan> out = new ArrayList<>();
        EntitySpan left = classify(text, tokens, from, k + 1);
        EntitySpan right = classify(text, tokens, k + 1, to);
        if (left != null) {
          out.add(left);
        }
        if (right != null) {
          out.add(right);
        }
        return out;
      }
    }
    List<EntitySpan> listed = placesJoinedByDots(text, tokens, from, to);
    if (listed == null) {
      listed = organizationsJoinedByDots(text, tokens, from, to);
    }
    if (listed != null) {
      return listed;
    }
    List<EntitySpan> places = placeChain(text, tokens, from, to);
    if (places != null) {
      return places;
    }
    if (to - from >= 3 && tokens.get(from).properOrg() && tokens.get(from).known() && !tokens.get(from + 1).place()
        && !tokens.get(from + 1).suffix()) {
      // 日産自動車サッカー部, 産経新聞政治部: a known organization, then one of its units under a name of its own
      int s0 = tokens.get(from + 1).start();
      int e0 = tokens.get(to - 1).end();
      String suffix = endsWithAny(text.substring(s0, e0), UNIT_SUFFIXES);
      EntitySpan owner = classify(text, tokens, from, from + 1);
      if (suffix != null && e0 - s0 > suffix.length() && owner != null) {
        return List.of(owner, new EntitySpan(s0, e0, text.substring(s0, e0), EntityType.ORGANIZATION, "UNIT", null, 0.6));
      }
    }
    if (to - from >= 3 && tokens.get(from).properOrg() && tokens.get(from).known() && tokens.get(from + 1).place()) {
      // 日本製紙釧路工場, 北陸電力五条方発電所: a company, then its site named by the place
      EntitySpan site = classify(text, tokens, from + 1, to);
      EntitySpan owner = classify(text, tokens, from, from + 1);
      if (site != null && site.type() == EntityType.FACILITY && owner != null) {
        return List.of(owner, site);
      }
    }
    EntitySpan span = classify(text, tokens, from, to);
    if (span != null && span.type() == EntityType.FACILITY && from > 0 && STATION_SUFFIXES.contains(tokens.get(to - 1).surface())) {
      Token before = tokens.get(from - 1);
      if (before.end() == span.start() && before.surface().length() == 1 && (before.pos().startsWith("名詞-一般")
          || before.pos().startsWith("接頭詞")) && Character.UnicodeScript.of(before.surface().charAt(0)) == Character.UnicodeScript.HAN
          && !GENERIC_SITE_WORDS.contains(before.surface())) {
        // 上本町駅, 奥能登本線: a one-character word kuromoji split off the station's name
        return List.of(new EntitySpan(before.start(), span.end(), text.substring(before.start(), span.end()), span.type(),
            span.subtype(), span.placeId(), span.confidence()));
      }
    }
    return span == null ? List.of() : List.of(span);
  }

  /** カタール・ドーハ, アッツ島・キスカ島: places joined by ・ are listed one by one, or null when the chunk is not such a list. */
  private List<EntitySpan> placesJoinedByDots(String text, List<Token> tokens, int from, int to) {
    return joinedByDots(text, tokens, from, to, EntityType.LOCATION, (segment, k) -> {
      for (int j = segment; j < k; j++) {
        if (!tokens.get(j).place() && !(j > segment && tokens.get(j).placeSuffix())) {
          return false;
        }
      }
      return true;
    });
  }

  /** 東日本旅客鉄道・鹿島臨海鉄道, 専大・いすゞ: organizations the dictionary knows, joined by ・, one by one. */
  private List<EntitySpan> organizationsJoinedByDots(String text, List<Token> tokens, int from, int to) {
    return joinedByDots(text, tokens, from, to, EntityType.ORGANIZATION,
        (segment, k) -> tokens.get(segment).properOrg() && tokens.get(segment).known());
  }

  /**
   * The names of one type that the ・ of tokens [from, to) separate, when there are two or more and every segment
   * is accepted by {@code segmentOk} (given its token range) and classified as {@code type}; else null.
   */
  private List<EntitySpan> joinedByDots(String text, List<Token> tokens, int from, int to, EntityType type,
      java.util.function.BiPredicate<Integer, Integer> segmentOk) {
    List<EntitySpan> out = new ArrayList<>();
    int segment = from;
    for (int k = from; k <= to; k++) {
      if (k == to || tokens.get(k).nakaguro()) {
        if (k == segment || !segmentOk.test(segment, k)) {
          return null;
        }
        EntitySpan name = classify(text, tokens, segment, k);
        if (name == null || name.type() != type) {
          return null;
        }
        out.add(name);
        segment = k + 1;
      }
    }
    return out.size() >= 2 ? out : null;
  }

  /**
   * 倍賞美津子, 髙橋秀雄: a person found from the given name alone, when kuromoji cut the surname before it into
   * pieces it does not know as a name; the one to three kanji before it, from a word boundary, are the surname.
   */
  private static List<EntitySpan> withSurname(String text, List<Token> tokens, int from, List<EntitySpan> found) {
    boolean shortSurname = tokens.get(from).surname() && tokens.get(from).surface().length() == 1;
    if (found.size() != 1 || found.get(0).type() != EntityType.PERSON || !(tokens.get(from).givenName() || shortSurname)
        || tokens.get(from).katakana() || found.get(0).start() != tokens.get(from).start()) {
      return found;
    }
    int k = from;
    int length = 0;
    int most = shortSurname ? 1 : 3; // 赤|澤尭: one more kanji before a one-character surname
    while (k > 0 && length < most) {
      Token t = tokens.get(k - 1);
      boolean kanji = !t.surface().isEmpty() && Character.UnicodeScript.of(t.surface().charAt(0)) == Character.UnicodeScript.HAN;
      if (!kanji || t.end() != tokens.get(k).start() || !(t.noun() || t.pos().startsWith("接頭詞")) || t.pos().startsWith("名詞-数")) {
        break;
      }
      length += t.surface().length();
      k--;
    }
    if (k == from || length > most || k > 0 && tokens.get(k - 1).end() == tokens.get(k).start() && tokens.get(k - 1).noun()) {
      return found; // nothing before it, or the kanji belong to a longer word
    }
    EntitySpan p = found.get(0);
    int start = tokens.get(k).start();
    return List.of(new EntitySpan(start, p.end(), text.substring(start, p.end()), EntityType.PERSON, null, null, p.confidence()));
  }

  /** What ends the name of a unit inside an organization (サッカー部, 政治部, 研究開発本部, 医科学研究所). */
  static final Set<String> UNIT_SUFFIXES = Set.of("部", "本部", "局", "支局", "支社", "研究所", "研究センター", "学部", "研究科",
      "学科", "事業部", "支部", "課", "室");

  private static final Set<String> STATION_SUFFIXES = Set.of("駅", "線", "本線");

  /**
   * ウィスコンシン州マディソン市: a chain of places is one name (as Japanese writes an address) that stands for its
   * last, smallest place, so it resolves to Madison's id.
   */
  private List<EntitySpan> placeChain(String text, List<Token> tokens, int from, int to) {
    int lastStart = from;
    int segments = 0;
    for (int k = from; k < to; k++) {
      Token t = tokens.get(k);
      if (!(t.place() || t.suffix() && PLACE_SUFFIXES.contains(t.surface()) || t.nakaguro())) {
        return null;
      }
      if (t.suffix() && PLACE_SUFFIXES.contains(t.surface()) && k + 1 < to) {
        lastStart = k + 1;
        segments++;
      }
    }
    if (segments == 0) {
      return null;
    }
    String last = text.substring(tokens.get(lastStart).start(), tokens.get(to - 1).end());
    var place = places.lookup(last).or(() -> places.lookup(last.substring(0, last.length() - 1)));
    if (place.isEmpty()) {
      return null;
    }
    int start = tokens.get(from).start();
    int end = tokens.get(to - 1).end();
    return List.of(new EntitySpan(start, end, text.substring(start, end), EntityType.LOCATION, place.get().subtype(),
        place.get().id(), 0.85));
  }

  private EntitySpan classify(String text, List<Token> tokens, int from, int to) {
    if (to <= from) {
      return null;
    }
    Token first = tokens.get(from);
    int start = first.start();
    int end = tokens.get(to - 1).end();
    String surface = text.substring(start, end);

    var place = places.lookup(surface);
    boolean modifier = to < tokens.size() && tokens.get(to).start() == end && modifies(tokens.get(to));
    if (place.isPresent() && !"COUNTRY".equals(place.get().subtype()) && clubContext(tokens, to)) {
      // 山形に移籍, 徳島戦: a city's name standing for its club
      return new EntitySpan(start, end, surface, EntityType.ORGANIZATION, "TEAM", null, 0.6);
    }
    if (place.isPresent() && !modifier) {
      return new EntitySpan(start, end, surface, EntityType.LOCATION, place.get().subtype(), place.get().id(), 0.95);
    }
    boolean allLatin = true;
    boolean allPlace = true;
    boolean anyPerson = false;
    boolean anyOrg = false;
    boolean named = false; // some part is a name, not only common words: 総合病院 and レコード会社 are kinds, not names
    boolean hasNakaguro = false;
    boolean allKatakana = true;
    for (int k = from; k < to; k++) {
      Token t = tokens.get(k);
      allLatin &= t.latin() || t.surface().equals("-") || t.surface().equals(" ") || t.surface().chars().allMatch(Character::isDigit);
      allPlace &= t.place() || t.nakaguro() || (t.suffix() && PLACE_SUFFIXES.contains(t.surface()));
      anyPerson |= t.personName();
      anyOrg |= t.properOrg() && t.known(); // kuromoji files many unknown katakana words under 組織
      named |= t.properName() || t.latin() && Character.isUpperCase(t.surface().charAt(0));
      hasNakaguro |= t.nakaguro();
      allKatakana &= t.katakana() || t.nakaguro();
    }
    String facility = endsWithAny(surface, FACILITY_SUFFIXES);
    String org = endsWithAny(surface, ORG_SUFFIXES.keySet());
    boolean longerNamePart = (to - from >= 2 || first.properName()) && named;
    if (facility != null && (org == null || facility.length() >= org.length()) && surface.length() > facility.length()
        && longerNamePart) {
      return new EntitySpan(start, end, surface, EntityType.FACILITY, null, null, 0.7);
    }
    String site = endsWithAny(surface, NAMED_SITE_SUFFIXES);
    if (site != null && (org == null || site.length() >= org.length()) && surface.length() - site.length() >= 2
        && to - from >= 2 && !GENERIC_SITE_WORDS.contains(first.surface()) && !first.pos().startsWith("名詞-非自立")
        && !first.pos().startsWith("名詞-代名詞") && !first.pos().startsWith("名詞-数")) {
      return new EntitySpan(start, end, surface, EntityType.FACILITY, null, null, 0.55); // 鉄鋼館, 両国国技館
    }
    boolean institution = org != null && STRONG_ORG_SUFFIXES.contains(org) && surface.length() - org.length() >= 3
        || ("省".equals(org) || "庁".equals(org)) && surface.length() - 1 >= 2 && !first.place(); // 教育省, 文科省
    String geo = endsWithAny(surface, GEO_WORDS);
    if (geo != null && org != null && geo.length() > org.length()) {
      org = null; // パリ南部 is a part of Paris, not a department (部)
    }
    if (geo != null && org == null && facility == null && surface.length() > geo.length()
        && (to - from >= 2 && tokens.get(to - 1).surface().equals(geo) && (anyPlace(tokens, from, to) || named)
            || to - from == 1 && first.properGeneral())) {
      return new EntitySpan(start, end, surface, EntityType.LOCATION, null, null, 0.75); // アメリカ大陸, 道北地方, テリナ渓谷
    }
    if (GENERIC_ORG_HEADS.contains(tokens.get(to - 1).surface())) {
      org = null; // スカウト会社, 中道主義政党: a kind of organization, not one's name
    }
    if (org != null && tokens.get(to - 1).surface().equals("社") && tokens.get(to - 1).suffix() && surface.length() - 1 >= 2
        && !first.pos().startsWith("名詞-数") && !SELF_REFERENCES.contains(surface)) {
      institution = true; // 改造社, 東京創元社, 中外旅行社: a publisher or agency named by what it does
    }
    if (org != null && tokens.get(to - 1).surface().equals("社") && surface.length() - 1 >= 3
        && allKatakanaBefore(tokens, from, to - 1)) {
      institution = true; // ウエストランド社: a foreign company, whatever its words mean
    }
    if (org != null && surface.length() > org.length() && (longerNamePart || institution)) {
      return new EntitySpan(start, end, surface, EntityType.ORGANIZATION, ORG_SUFFIXES.get(org), null, 0.8);
    }
    if (to - from >= 2 && (acronym(first) && tokens.get(from + 1).start() == first.end() && !tokens.get(from + 1).latin()
        || acronym(tokens.get(to - 1)) && !tokens.get(to - 2).latin()) && (anyPlace(tokens, from, to) || unknownKatakana(tokens, from, to))) {
      // JR東海, NHK大阪, FC琉球, OGCニース, アンジェSCO: an acronym joined to a place or a foreign word names a company or a club
      return new EntitySpan(start, end, surface, EntityType.ORGANIZATION, null, null, 0.65);
    }
    if (to - from >= 2 && first.place() && unknownKatakana(tokens, from + 1, to) && allKatakanaBefore(tokens, from + 1, to)) {
      // 大分トリニータ, 水戸ホーリーホック: a city and a foreign word no dictionary knows name a club or a company
      return new EntitySpan(start, end, surface, EntityType.ORGANIZATION, null, null, 0.6);
    }
    if (to - from == 2 && first.latin() && tokens.get(from + 1).surface().equals("州")) {
      var state = places.stateCode(first.surface());
      if (state.isPresent()) { // MN州, WI州
        return new EntitySpan(start, end, surface, EntityType.LOCATION, "STATE", state.get().id(), 0.85);
      }
    }
    if (allLatin) {
      // kuromoji calls most unknown Latin words organizations: trust only acronyms
      boolean acronym = surface.length() >= 2 && surface.length() <= 8 && Character.isUpperCase(surface.charAt(0))
          && surface.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c) || c == '&' || c == '-');
      if (acronym && !COMMON_ACRONYMS.contains(surface)) {
        return new EntitySpan(start, end, surface, EntityType.ORGANIZATION, null, null, 0.5);
      }
      String english = EnglishEntityTagger.ORG_SUFFIXES.get(surface.substring(surface.lastIndexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT));
      // Mayo Clinic, Exact Sciences Corp.: an English name with an organization's last word
      if (english != null && surface.contains(" ")) {
        return new EntitySpan(start, end, surface, EntityType.ORGANIZATION, english, null, 0.7);
      }
      EntityType byContext = typeFromContext(tokens, from, to);
      boolean word = to - from == 1 && Character.isUpperCase(surface.charAt(0)) && surface.chars().skip(1).anyMatch(Character::isLowerCase);
      return word && byContext == EntityType.ORGANIZATION ? new EntitySpan(start, end, surface, EntityType.ORGANIZATION, null, null, 0.55) : null;
    }
    if (allPlace && !modifier) {
      return new EntitySpan(start, end, surface, EntityType.LOCATION, null, null, 0.8);
    }
    if (place.isPresent() || allPlace) {
      return null; // 日本映画, 大阪文化, 江戸時代: the place describes the word after it, it is not mentioned as a place
    }
    if (to - from >= 3 && tokens.get(to - 1).surface().equals("世") && tokens.get(to - 2).surface().chars().allMatch(Character::isDigit)
        && allKatakanaBefore(tokens, from, to - 2)) {
      return new EntitySpan(start, end, surface, EntityType.PERSON, null, null, 0.75);
    }
    if (allKatakana && named) {
      EntityType byContext = typeFromContext(tokens, from, to);
      if (byContext != null) {
        return new EntitySpan(start, end, surface, byContext, null, null, 0.6);
      }
    }
    if (allKatakana && hasNakaguro && named) {
      // a foreign name in katakana: a person when it starts with a given name (ジャック・ワーナー) or is made of
      // names only; an organization when it holds a dictionary word (ウェスタン・デジタル, アリスタ・レコード)
      boolean commonWord = false;
      for (int k = from; k < to; k++) {
        Token t = tokens.get(k);
        commonWord |= t.known() && t.pos().startsWith("名詞-一般") && t.surface().length() >= 3;
      }
      // a city's name before a plural (クリーブランド・ブラウンズ, サンディエゴ・パドレス) names a team
      String last = tokens.get(to - 1).surface();
      boolean team = first.place() && (last.endsWith("ズ") || last.endsWith("ス"));
      boolean person = !team && (first.personName() || !commonWord && !anyOrg);
      return new EntitySpan(start, end, surface, person ? EntityType.PERSON : EntityType.ORGANIZATION, null, null, 0.5);
    }
    if (first.surname() || anyPerson && !anyOrg) {
      return person(text, tokens, from, to);
    }
    if (to - from == 1 && first.katakana() && !first.known() && surface.length() >= 5
        && (surface.endsWith("ーズ") || surface.endsWith("ンズ") || surface.endsWith("ルズ") || surface.endsWith("ッツ"))) {
      // ストラングラーズ, レイカーズ, ホリーズ: an English plural names a band or a team
      return new EntitySpan(start, end, surface, EntityType.ORGANIZATION, null, null, 0.5);
    }
    if (to - from == 1 && first.katakana() && !first.known() && surface.length() >= 3 && to < tokens.size()
        && ACTOR_PARTICLES.contains(tokens.get(to).surface())) {
      // a foreign word no dictionary knows, doing something as the subject of its clause: most often a person,
      // an organization when what it does is what companies do (設立された, 買収した, 発売した)
      return new EntitySpan(start, end, surface, companyDeed(tokens, to) ? EntityType.ORGANIZATION : EntityType.PERSON,
          null, null, 0.45);
    }
    if (anyOrg) {
      return new EntitySpan(start, end, surface, EntityType.ORGANIZATION, null, null, 0.7);
    }
    boolean titled = to < tokens.size() && PERSON_TITLES.contains(tokens.get(to).surface());
    if (titled && first.properName()) {
      return new EntitySpan(start, end, surface, EntityType.PERSON, null, null, 0.7);
    }
    if (from > 0 && (tokens.get(from - 1).surface().equals("米") || tokens.get(from - 1).surface().equals("独"))) {
      return new EntitySpan(start, end, surface, EntityType.ORGANIZATION, "COMPANY", null, 0.6);
    }
    return null;
  }

  private static boolean acronym(Token t) {
    String s = t.surface();
    return s.length() >= 2 && s.length() <= 4 && s.chars().allMatch(c -> c >= 'A' && c <= 'Z');
  }

  /** True when tokens [from, to) hold a katakana word the dictionary does not know, and no known katakana word. */
  private static boolean unknownKatakana(List<Token> tokens, int from, int to) {
    boolean unknown = false;
    for (int k = from; k < to; k++) {
      Token t = tokens.get(k);
      if (t.katakana() && t.known()) {
        return false;
      }
      unknown |= t.katakana() && !t.known();
    }
    return unknown;
  }

  private static boolean anyPlace(List<Token> tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      if (tokens.get(k).place()) {
        return true;
      }
    }
    return false;
  }

  /** True when tokens [from, to) are all katakana (or ・), at least one of them. */
  private static boolean allKatakanaBefore(List<Token> tokens, int from, int to) {
    if (to <= from) {
      return false;
    }
    for (int k = from; k < to; k++) {
      if (!tokens.get(k).katakana() && !tokens.get(k).nakaguro()) {
        return false;
      }
    }
    return true;
  }

  /** Words that make a place of the name before them (アメリカ大陸, 丸の内地区, ソヴィエト連邦, 松山湿原). */
  static final Set<String> GEO_WORDS = Set.of("大陸", "地区", "連邦", "地方", "湿原", "渓谷", "半島", "高原", "盆地", "平野",
      "海峡", "諸島", "列島", "山脈", "山地", "砂漠", "海岸", "共和国", "王国", "帝国", "自治区", "特別区", "都市圏", "首都圏",
      "峡谷", "丘陵", "湖", "川", "山", "島", "湾", "岬", "峠", "海", "北部", "南部", "東部", "西部", "中部", "北東部", "北西部",
      "南東部", "南西部", "中央部", "諸国", "地域", "植民地", "南岸", "北岸", "東岸", "西岸", "沿岸", "沖", "温泉", "峰", "池",
      "中心部", "湖畔", "河畔", "山麓", "山頂", "湖岸", "河口", "流域", "市街", "市街地");

  /** Every suffix that completes a name (organization, site or geographic word), for one lookup per ending. */
  private static final Set<String> NAME_SUFFIXES = java.util.stream.Stream.of(ORG_SUFFIXES.keySet(), FACILITY_SUFFIXES, GEO_WORDS)
      .flatMap(java.util.Collection::stream).collect(java.util.stream.Collectors.toUnmodifiableSet());

  /** Words that end a phrase naming a kind of organization (旅行会社, 中道政党). */
  static final Set<String> GENERIC_ORG_HEADS = Set.of("会社", "政党", "官庁", "企業", "団体", "組織", "番組");

  /** Words that say what the name after them is, written right before it (子会社X, 母校X, 財団法人X). */
  static final Set<String> LEADING_KINDS = Set.of("子会社", "親会社", "母校", "法人", "財団法人", "社団法人", "会社", "企業", "傘下",
      "系列", "制作会社", "出版社", "レコード会社", "芸能事務所", "事務所", "政党", "同盟国", "首都", "州都", "MF", "FW", "DF",
      "GK");

  /** Words kuromoji files as organizations that only refer to one: 自社 ("our own company"), 他社, 各社. */
  static final Set<String> SELF_REFERENCES = Set.of("自社", "当社", "弊社", "他社", "各社", "両社", "本社", "御社", "貴社", "同社");

  /** Acronyms of things rather than organizations, common in Japanese text (OS, SNS, LED, CEO …). */
  static final Set<String> COMMON_ACRONYMS = Set.of("OS", "SNS", "SMS", "LED", "VR", "AR", "AI", "IT", "PC", "CM", "MV", "PV",
      "CD", "DVD", "TV", "GPS", "CPU", "GPU", "GPL", "EBITDA", "P2P", "GK", "FW", "MF", "DF", "PK", "FK", "CEO", "CFO", "COO",
      "CTO", "URL", "HTML", "ID", "SF", "DJ", "MC", "BGM", "OVA", "PDF", "USB", "LAN", "IP", "ATM", "GDP", "HIV", "DNA", "RNA",
      "KO", "MVP", "UFO", "OB", "OG", "PR", "QR", "SE", "CG", "RPG", "FPS", "LCD", "RFID", "CAD", "CNG", "UH", "JL", "PO", "SS",
      "GT", "EV", "HV", "ABS", "SUV", "PHP", "API", "SDK", "WEB", "NG", "OK", "VS", "FA", "AV", "HD", "SD", "BS", "CS", "FM",
      "AM", "LP", "EP", "MP", "HP", "MR", "TT", "GP");

  /** Xの… words that belong to a company or club: Xの監督, Xの株価, Xの子会社. */
  static final Set<String> COMPANY_WORDS_AFTER_NO = Set.of("監督", "選手", "社長", "会長", "代表", "株式", "株価", "時価", "店舗",
      "工場", "顧客", "子会社", "本社", "従業員", "社員", "創業者", "製品", "傘下", "親会社", "経営陣", "取締役");

  private static final Set<String> CASE_PARTICLES = Set.of("に", "へ", "と", "の", "が", "を");

  /** Family words: Xの夫 is a person. */
  static final Set<String> FAMILY = Set.of("夫", "妻", "息子", "娘", "父", "母", "兄", "弟", "姉", "妹", "夫人", "長男", "次男",
      "長女", "次女", "祖父", "祖母", "孫", "甥", "姪", "妻子", "両親", "弟子", "師匠");

  /** Xに移籍, Xへ移籍, Xに入団, X戦: what is said of a club, not of its city. */
  private static boolean clubContext(List<Token> tokens, int to) {
    if (to >= tokens.size()) {
      return false;
    }
    String next = tokens.get(to).surface();
    if (next.equals("戦")) {
      return true;
    }
    return (next.equals("に") || next.equals("へ")) && to + 1 < tokens.size()
        && (tokens.get(to + 1).surface().equals("移籍") || tokens.get(to + 1).surface().equals("入団"));
  }

  /** What is done at a place: Xに生まれ, Xで結婚, Xに位置する. */
  static final Set<String> PLACE_VERBS = Set.of("生まれ", "生まれる", "位置", "移住", "住ん", "住む", "滞在", "到着", "上陸", "拠点",
      "本社", "本部", "所在", "在住", "留学", "亡命", "結婚", "死去", "没し", "葬ら", "埋葬", "面し", "隣接", "注ぐ", "流れ");

  /** What companies and groups do, and people do not: the verbs of a clause whose subject is an organization. */
  static final Set<String> COMPANY_DEEDS = Set.of("設立", "創業", "創立", "買収", "合併", "上場", "発売", "販売", "製造", "倒産",
      "解散", "結成", "提携", "出資", "開発", "生産", "運営", "経営", "展開", "出店", "開業", "営業", "提供", "配信", "放送",
      "子会社", "本社", "本拠", "社名", "株式");
  /** What people do: a clause with one of these is about a person whatever else it says. */
  static final Set<String> PERSON_DEEDS = Set.of("生まれ", "死去", "結婚", "出身", "引退", "卒業", "入団", "就任", "演じ", "出演",
      "誕生", "逝去", "亡くなっ", "離婚", "留学", "受賞", "妻", "夫", "息子", "娘", "父", "母");

  /** True when the clause after position {@code from} (to the next 。) tells of a company's deeds and not a person's. */
  private static boolean companyDeed(List<Token> tokens, int from) {
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

  /** Particles after which a name is the one acting: Xは, Xが. */
  static final Set<String> ACTOR_PARTICLES = Set.of("は", "が");

  /** Words right before a foreign name that say what it names: ロックバンド、セックス・ピストルズ; 監督デイヴィッド・リンチ. */
  static final Map<String, EntityType> KIND_BEFORE = kinds(Map.of(
      EntityType.ORGANIZATION, List.of("企業", "会社", "バンド", "ロックバンド", "チーム", "クラブ", "球団", "レーベル", "メーカー",
          "ブランド", "航空会社", "出版社", "団体", "新興企業", "子会社", "ベンチャー企業", "グループ", "社"),
      EntityType.PERSON, List.of("監督", "俳優", "女優", "歌手", "選手", "作家", "将軍", "大統領", "画家", "息子", "娘", "妻", "夫",
          "父", "母", "兄", "弟", "姉", "妹", "学者", "経済学者", "哲学者", "作曲家", "指揮者", "詩人", "首相", "国王", "王", "皇帝",
          "司祭", "牧師", "騎手", "投手", "捕手", "外野手", "内野手", "ギタリスト", "ボーカル", "ドラマー", "コメディアン",
          "ヴォーカリスト", "ボーカリスト", "隊員", "継父", "継母", "教祖", "神主", "MF", "FW", "DF", "GK")));
  /** Words right after a foreign name that say what it names: …に移籍, …と契約 (a club); …監督, …氏 (a person). */
  static final Map<String, EntityType> KIND_AFTER = kinds(Map.of(
      EntityType.ORGANIZATION, List.of("移籍", "入団", "加入", "傘下", "社長", "会長", "社員", "本社", "買収", "創業", "設立"),
      EntityType.PERSON, List.of("監督", "氏", "選手", "大統領", "首相", "夫妻", "さん", "投手", "主演", "作曲", "作詞")));

  private static Map<String, EntityType> kinds(Map<EntityType, List<String>> byType) {
    Map<String, EntityType> m = new java.util.HashMap<>();
    byType.forEach((type, words) -> words.forEach(w -> m.put(w, type)));
    return Map.copyOf(m);
  }

  /** The type the words around tokens [from, to) give a name, or null; a particle or comma may stand between. */
  private static EntityType typeFromContext(List<Token> tokens, int from, int to) {
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
      String word = tokens.get(to + 1).surface();
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

  /** A word that a place written right before it merely qualifies (日本[映画], イギリス[訪問], 江戸[時代]). */
  private static boolean modifies(Token next) {
    return (next.pos().startsWith("名詞-一般") || next.pos().startsWith("名詞-サ変接続"))
        && !PLACE_REFERENCES.contains(next.surface());
  }

  /** Words after a place that still refer to the place itself (香川県[出身], 日本[国内], 米国[在住]). */
  static final Set<String> PLACE_REFERENCES = Set.of("出身", "生まれ", "在住", "育ち", "国内", "国外", "市内", "県内", "州内",
      "都内", "府内", "道内", "区内", "町内", "村内", "域内", "各地", "全土", "全域", "国籍", "周辺", "近郊", "郊外", "滞在",
      "留学", "遠征", "移住", "進出", "上陸", "在勤", "赴任", "経由", "訪問");

  /** Suffixes that make a place a nationality, an origin or a side: the place is named, the suffix is not (イタリア[人]). */
  static final Set<String> PLACE_ATTRIBUTES = Set.of("人", "製", "産", "系", "中");

  /** Suffixes that follow a name without being part of it (会津若松駅[間], 明治政府[側], 日本病理学会[等]). */
  static final Set<String> AFTER_NAME = Set.of("間", "側", "等", "内", "外", "製", "入り", "ら", "行き", "発", "着", "経由", "系");

  /** Nouns that follow a name as what it did or has, not as part of it (テレビ高知[開局], 株式会社X[代表], 等々力[警部]). */
  static final Set<String> NAME_ENDERS = Set.of("代表", "開局", "入団", "本社", "自身", "警部", "船長", "一行", "一家");

  /** A person from a chunk with person-name tokens: the name, without a title or role that follows it. */
  private static EntitySpan person(String text, List<Token> tokens, int from, int to) {
    int p = from;
    while (p < to && !tokens.get(p).personName()) {
      p++;
    }
    if (p == from + 1 && tokens.get(from).place() && tokens.get(p).givenName()) {
      p = from; // 矢守克也: a surname the dictionary files as a place, then a given name
    }
    if (p != from) {
      return null; // something else comes first: not a bare person name
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
    Token last = tokens.get(q - 1);
    if (q - p >= 2 && last.known() && last.pos().startsWith("名詞-一般") && !last.personName()
        && (last.katakana() || last.surface().length() >= 2)) {
      return null; // スマート|フォン, 高山|植物: a word kuromoji took for a name, then a common noun
    }
    boolean titled = q < tokens.size() && PERSON_TITLES.contains(tokens.get(q).surface());
    return new EntitySpan(tokens.get(p).start(), tokens.get(q - 1).end(), name, EntityType.PERSON, null, null,
        titled || q - p >= 2 ? 0.85 : 0.55);
  }

  /** A common noun after a complete name (surname and given name, or a name kuromoji knows whole): a role, not the name. */
  private static boolean roleAfterName(List<Token> tokens, int p, int k) {
    Token t = tokens.get(k);
    if (!t.pos().startsWith("名詞-一般") || t.personName() || !t.known() || t.katakana() || t.surface().length() < 2) {
      return false;
    }
    return tokens.get(k - 1).givenName() && k - 1 > p && tokens.get(k - 2).surname();
  }

  private static final Set<String> KANJI_NUMERALS = Set.of("一", "二", "三", "四", "五", "六", "七", "八", "九", "十");

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

  /** The longest of {@code suffixes} that {@code s} ends with, or null; checks each ending, not each suffix. */
  static String endsWithAny(String s, java.util.Collection<String> suffixes) {
    if (s.isEmpty()) {
      return null;
    }
    // the suffixes ending in the text's last character, longest first: no substring per call
    Map<Character, String[]> index = SUFFIX_INDEX.get(suffixes);
    String[] candidates = index != null ? index.get(s.charAt(s.length() - 1)) : byLastCharacter(suffixes).get(s.charAt(s.length() - 1));
    if (candidates != null) {
      for (String c : candidates) {
        if (s.endsWith(c)) {
          return c;
        }
      }
    }
    return null;
  }

  private static Map<Character, String[]> byLastCharacter(java.util.Collection<String> suffixes) {
    Map<Character, List<String>> grouped = new java.util.HashMap<>();
    for (String x : suffixes) {
      grouped.computeIfAbsent(x.charAt(x.length() - 1), c -> new ArrayList<>()).add(x);
    }
    Map<Character, String[]> out = new java.util.HashMap<>();
    grouped.forEach((c, list) -> out.put(c, list.stream()
        .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toArray(String[]::new)));
    return Map.copyOf(out);
  }

  /** The suffix sets this tagger asks about, indexed once; read only after class initialization. */
  private static final Map<java.util.Collection<String>, Map<Character, String[]>> SUFFIX_INDEX = suffixIndex();

  private static Map<java.util.Collection<String>, Map<Character, String[]>> suffixIndex() {
    Map<java.util.Collection<String>, Map<Character, String[]>> m = new java.util.IdentityHashMap<>();
    for (java.util.Collection<String> set : List.of(ORG_SUFFIXES.keySet(), FACILITY_SUFFIXES, PROGRAM_SUFFIXES, NAMED_SITE_SUFFIXES,
        GEO_WORDS, NAME_SUFFIXES, UNIT_SUFFIXES)) {
      m.put(set, byLastCharacter(set));
    }
    return m;
  }

  static String orgSuffix(String surface) {
    return ORG_SUFFIXES.get(surface);
  }
}
