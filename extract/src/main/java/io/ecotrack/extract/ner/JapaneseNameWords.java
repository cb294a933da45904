package io.ecotrack.extract.ner;

import io.ecotrack.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words the Japanese tagger reads names by: the suffixes that make organizations, sites and places, the titles
 * and kinds around people, and the words that end a name or type it from its context. Words only, no names of
 * organizations or people: those are found by these rules, so the tagger works on a cluster nobody listed.
 */
final class JapaneseNameWords {
  private JapaneseNameWords() {}

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
      Map.entry("財閥", "COMPANY"), Map.entry("組", "COMPANY"), Map.entry("陣営", "ASSOCIATION"), Map.entry("取引所", "COMPANY"),
      Map.entry("王家", "FAMILY"), Map.entry("新報", "COMPANY"), Map.entry("日報", "COMPANY"),
      Map.entry("学科", "UNIT"), Map.entry("内閣", "AGENCY"), Map.entry("派", "PARTY"), Map.entry("藩", "AGENCY"), Map.entry("薬舗", "COMPANY"),
      Map.entry("軌道", "COMPANY"), Map.entry("レコード", "COMPANY"), Map.entry("レコーズ", "COMPANY"),
      Map.entry("機関", "AGENCY"), Map.entry("公団", "AGENCY"), Map.entry("総会", "AGENCY"), Map.entry("高裁", "AGENCY"),
      Map.entry("地裁", "AGENCY"), Map.entry("兵団", "AGENCY"), Map.entry("エージェンシー", "COMPANY"),
      Map.entry("エンターテインメント", "COMPANY"), Map.entry("エンタテインメント", "COMPANY"), Map.entry("システムズ", "COMPANY"),
      Map.entry("テクノロジーズ", "COMPANY"), Map.entry("コミュニケーションズ", "COMPANY"), Map.entry("ラボラトリーズ", "COMPANY"),
      Map.entry("楽団", "ASSOCIATION"), Map.entry("交響楽団", "ASSOCIATION"), Map.entry("劇団", "ASSOCIATION"), Map.entry("球団", "TEAM"),
      Map.entry("屋", "COMPANY"));

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
      "塔", "貝塚", "ターミナル", "バスターミナル", "スクール", "店", "本社", "法廷", "駅前", "郵便局", "造船所", "プラザ",
      "補習校", "市民センター", "体育センター", "スケートセンター", "バスセンター", "ギャラリー", "シアター", "停留所", "バス停",
      "交差点", "バイパス", "パーキングエリア", "サービスエリア", "跡地", "望遠鏡", "横丁", "屋台村");

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
      "准将", "少将", "中将", "大将", "大佐", "中佐", "少佐", "大尉", "中尉", "少尉", "提督", "元帥", "外相", "蔵相", "首席",
      "大臣", "長官", "次官");

  static final Set<String> LIST_SEPARATORS = Set.of("、", "および", "及び", "や", "と", "，");

  /** What a definition says its topic is: "XはYの選手。" makes X a person, "…の企業" an organization. */
  static final Map<String, EntityType> DEFINITION_HEADS = definitionHeads();

  static Map<String, EntityType> definitionHeads() {
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

  /** What ends the name of a unit inside an organization (サッカー部, 政治部, 研究開発本部, 医科学研究所). */
  static final Set<String> UNIT_SUFFIXES = Set.of("部", "本部", "局", "支局", "支社", "研究所", "研究センター", "学部", "研究科",
      "学科", "事業部", "支部", "課", "室");

  static final Set<String> STATION_SUFFIXES = Set.of("駅", "線", "本線");

  /** Words that make a place of the name before them (アメリカ大陸, 丸の内地区, ソヴィエト連邦, 松山湿原). */
  static final Set<String> GEO_WORDS = Set.of("大陸", "地区", "連邦", "地方", "湿原", "渓谷", "半島", "高原", "盆地", "平野",
      "海峡", "諸島", "列島", "山脈", "山地", "砂漠", "海岸", "共和国", "王国", "帝国", "自治区", "特別区", "都市圏", "首都圏",
      "峡谷", "丘陵", "湖", "川", "山", "島", "湾", "岬", "峠", "海", "北部", "南部", "東部", "西部", "中部", "北東部", "北西部",
      "南東部", "南西部", "中央部", "諸国", "地域", "植民地", "南岸", "北岸", "東岸", "西岸", "沿岸", "沖", "温泉", "峰", "池",
      "中心部", "湖畔", "河畔", "山麓", "山頂", "湖岸", "河口", "流域", "市街", "市街地");

  /** Every suffix that completes a name (organization, site or geographic word), for one lookup per ending. */
  static final Set<String> NAME_SUFFIXES = java.util.stream.Stream.of(ORG_SUFFIXES.keySet(), FACILITY_SUFFIXES, GEO_WORDS)
      .flatMap(java.util.Collection::stream).collect(java.util.stream.Collectors.toUnmodifiableSet());

  /** Words that end a phrase naming a kind of organization (旅行会社, 中道政党). */
  static final Set<String> GENERIC_ORG_HEADS = Set.of("会社", "政党", "官庁", "企業", "団体", "組織", "番組");

  /** Words that say what the name after them is, written right before it (子会社X, 母校X, 財団法人X). */
  static final Set<String> LEADING_KINDS = Set.of("子会社", "親会社", "母校", "法人", "財団法人", "社団法人", "会社", "企業", "傘下",
      "系列", "制作会社", "出版社", "レコード会社", "芸能事務所", "事務所", "政党", "同盟国", "首都", "州都", "MF", "FW", "DF",
      "GK", "バンド", "ロックバンド", "グループ", "ユニット", "アイドルグループ", "アーティスト", "歌手", "俳優", "女優", "作家",
      "画家", "漫画家", "作曲家", "指揮者", "騎手", "コメディアン", "メーカー", "メーカ", "民放", "シアター");

  /** Words kuromoji files as organizations that only refer to one: 自社 ("our own company"), 他社, 各社. */
  static final Set<String> SELF_REFERENCES = Set.of("自社", "当社", "弊社", "他社", "各社", "両社", "本社", "御社", "貴社", "同社");

  /** Acronyms of things rather than organizations, common in Japanese text (OS, SNS, LED, CEO …). */
  static final Set<String> COMMON_ACRONYMS = Set.of("OS", "SNS", "SMS", "LED", "VR", "AR", "AI", "IT", "PC", "CM", "MV", "PV",
      "CD", "DVD", "TV", "GPS", "CPU", "GPU", "GPL", "EBITDA", "P2P", "GK", "FW", "MF", "DF", "PK", "FK", "CEO", "CFO", "COO",
      "CTO", "URL", "HTML", "ID", "SF", "DJ", "MC", "BGM", "OVA", "PDF", "USB", "LAN", "IP", "ATM", "GDP", "HIV", "DNA", "RNA",
      "KO", "MVP", "UFO", "OB", "OG", "PR", "QR", "SE", "CG", "RPG", "FPS", "LCD", "RFID", "CAD", "CNG", "UH", "JL", "PO", "SS",
      "GT", "EV", "HV", "ABS", "SUV", "PHP", "API", "SDK", "WEB", "NG", "OK", "VS", "FA", "AV", "HD", "SD", "BS", "CS", "FM",
      "AM", "LP", "EP", "MP", "HP", "MR", "TT", "GP", "NGO", "NPO", "LCC", "M&A", "UTC", "CC", "CAP", "CI", "RC", "HQ");

  /** Xの… words that belong to a company or club: Xの監督, Xの株価, Xの子会社. */
  static final Set<String> COMPANY_WORDS_AFTER_NO = Set.of("監督", "選手", "社長", "会長", "代表", "株式", "株価", "時価", "店舗",
      "工場", "顧客", "子会社", "本社", "従業員", "社員", "創業者", "製品", "傘下", "親会社", "経営陣", "取締役",
      // a band's or a group's
      "メンバー", "ボーカル", "ボーカリスト", "ヴォーカル", "ギタリスト", "ベーシスト", "ドラマー", "元メンバー");

  static final Set<String> CASE_PARTICLES = Set.of("に", "へ", "と", "の", "が", "を");

  /** Family words: Xの夫 is a person. */
  static final Set<String> FAMILY = Set.of("夫", "妻", "息子", "娘", "父", "母", "兄", "弟", "姉", "妹", "夫人", "長男", "次男",
      "長女", "次女", "祖父", "祖母", "孫", "甥", "姪", "妻子", "両親", "弟子", "師匠");

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

  /** Particles after which a name is the one acting: Xは, Xが. */
  static final Set<String> ACTOR_PARTICLES = Set.of("は", "が");

  /** Words right before a foreign name that say what it names: ロックバンド、セックス・ピストルズ; 監督デイヴィッド・リンチ. */
  static final Map<String, EntityType> KIND_BEFORE = kinds(Map.of(
      EntityType.ORGANIZATION, List.of("企業", "会社", "バンド", "ロックバンド", "チーム", "クラブ", "球団", "レーベル", "メーカー",
          "ブランド", "航空会社", "出版社", "団体", "新興企業", "子会社", "ベンチャー企業", "グループ", "社", "ユニット",
          "アイドルグループ"),
      EntityType.PERSON, List.of("監督", "俳優", "女優", "歌手", "選手", "作家", "将軍", "大統領", "画家", "息子", "娘", "妻", "夫",
          "父", "母", "兄", "弟", "姉", "妹", "学者", "経済学者", "哲学者", "作曲家", "指揮者", "詩人", "首相", "国王", "王", "皇帝",
          "司祭", "牧師", "騎手", "投手", "捕手", "外野手", "内野手", "ギタリスト", "ボーカル", "ドラマー", "コメディアン",
          "ヴォーカリスト", "ボーカリスト", "隊員", "継父", "継母", "教祖", "神主", "MF", "FW", "DF", "GK", "アーティスト",
          "漫画家")));

  /** Words right after a foreign name that say what it names: …に移籍, …と契約 (a club); …監督, …氏 (a person). */
  static final Map<String, EntityType> KIND_AFTER = kinds(Map.of(
      EntityType.ORGANIZATION, List.of("移籍", "入団", "加入", "傘下", "社長", "会長", "社員", "本社", "買収", "創業", "設立", "結成", "解散"),
      EntityType.PERSON, List.of("監督", "氏", "選手", "大統領", "首相", "夫妻", "さん", "投手", "主演", "作曲", "作詞")));

  static Map<String, EntityType> kinds(Map<EntityType, List<String>> byType) {
    Map<String, EntityType> m = new java.util.HashMap<>();
    byType.forEach((type, words) -> words.forEach(w -> m.put(w, type)));
    return Map.copyOf(m);
  }

  /** Words after a place that still refer to the place itself (香川県[出身], 日本[国内], 米国[在住]). */
  static final Set<String> PLACE_REFERENCES = Set.of("出身", "生まれ", "在住", "育ち", "国内", "国外", "市内", "県内", "州内",
      "都内", "府内", "道内", "区内", "町内", "村内", "域内", "各地", "全土", "全域", "国籍", "周辺", "近郊", "郊外", "滞在",
      "留学", "遠征", "移住", "進出", "上陸", "在勤", "赴任", "経由", "訪問");

  /** Last characters of a job title or a work, never of a name: 作詞家, 経済学者, 本作. */
  static final Set<String> ROLE_ENDINGS = Set.of("家", "者", "手", "員", "師", "長", "士", "官", "作", "人");

  /** Kinds of body that common words before them describe rather than name (総合病院, 地方銀行, 化学メーカー). */
  static final Set<String> DESCRIBED_KINDS = Set.of("病院", "会社", "企業", "メーカー", "銀行", "大学", "学校", "団体",
      "機関", "組織", "政党", "法人", "事務所", "施設", "店", "治療室", "総額");

  /** Last words of an event's name: what ends so is no organization, place or person (モナコGP, 衆院選, 朝鮮戦争). */
  static final Set<String> EVENT_WORDS = Set.of("杯", "GP", "グランプリ", "オリンピック", "パラリンピック", "大会", "選手権",
      "フェスティバル", "祭", "カップ", "戦争", "事件", "事故", "博覧会", "万博", "レース", "エアショー", "選", "紛争", "地震",
      "大震災", "革命", "条約", "協定", "競技会", "映画祭", "音楽祭", "会戦", "の戦い", "の乱", "の変", "選挙", "総選挙", "作戦", "海戦", "再統一", "条規", "首脳会議", "暴動", "蜂起", "会談", "空襲", "爆撃");

  /** Kinds of work whose title follows in 「」 (雑誌「OHM」): the title names the work, not an organization or a person. */
  static final Set<String> WORK_WORDS = Set.of("雑誌", "映画", "アルバム", "シングル", "番組", "小説", "漫画", "作品", "ゲーム",
      "曲", "楽曲", "新聞", "ドラマ", "アニメ", "書籍", "著書", "絵本", "舞台", "戯曲", "バレエ", "ソフト", "シリーズ", "誌", "紙");

  /** Suffixes that turn the name before them into a common noun (スー族, グレゴリオ暦, カンフー使い, ラチ沿い). */
  static final Set<String> COMMON_NOUN_SUFFIXES = Set.of("族", "暦", "臭", "使い", "沿い", "語", "式", "流", "風", "主義", "学");

  /** Groups named after their leader: a whole person's name before them is the name written (田中義一内閣). */
  static final Set<String> LEADER_GROUPS = Set.of("内閣", "挙国一致内閣", "党", "派", "組", "一派", "一門");

  /** Offices and people of a place written right after it: the place is still named (マレーシア[首相], 中国[船籍]). */
  static final Set<String> PLACE_OFFICES = Set.of("首相", "大統領", "国王", "王政", "王室", "政府", "国民", "大使", "大使館",
      "領事", "領事館", "法人", "代表", "向け", "移民", "船籍", "国旗", "旗", "市長", "知事", "撤退", "司法長官", "外相", "首脳");

  /** Suffixes that make a place a nationality, an origin or a side: the place is named, the suffix is not (イタリア[人]). */
  static final Set<String> PLACE_ATTRIBUTES = Set.of("人", "製", "産", "系", "中");

  /** Suffixes that follow a name without being part of it (会津若松駅[間], 明治政府[側], 日本病理学会[等]). */
  static final Set<String> AFTER_NAME = Set.of("間", "側", "等", "内", "外", "製", "入り", "ら", "行き", "発", "着", "経由", "系",
      "向け", "型");

  /** Nouns that follow a name as what it did or has, not as part of it (テレビ高知[開局], 株式会社X[代表], 等々力[警部]). */
  static final Set<String> NAME_ENDERS = Set.of("代表", "開局", "入団", "本社", "自身", "警部", "船長", "一行", "一家");

  static final Set<String> KANJI_NUMERALS = Set.of("一", "二", "三", "四", "五", "六", "七", "八", "九", "十");

  /** The longest of {@code suffixes} that {@code s} ends with, or null; checks each ending, not each suffix. */
  static String endsWithAny(String s, java.util.Collection<String> suffixes) {
    return endsWithAny(s, 0, s.length(), suffixes);
  }

  /** The longest of {@code suffixes} that {@code text[from, to)} ends with, or null. */
  static String endsWithAny(String text, int from, int to, java.util.Collection<String> suffixes) {
    if (to <= from) {
      return null;
    }
    // the suffixes ending in the text's last character, longest first: no substring per call
    SuffixesByLastCharacter index = SUFFIX_INDEX.get(suffixes);
    char last = text.charAt(to - 1);
    String[] candidates = (index != null ? index : new SuffixesByLastCharacter(suffixes)).endingIn(last);
    if (candidates != null) {
      for (String c : candidates) {
        if (to - from >= c.length() && text.startsWith(c, to - c.length())) {
          return c;
        }
      }
    }
    return null;
  }

  /** Suffixes grouped by their last character, longest first; a char array searched, so no char is boxed per lookup. */
  static final class SuffixesByLastCharacter {
    private final char[] lastCharacters;
    private final String[][] suffixes;

    SuffixesByLastCharacter(java.util.Collection<String> all) {
      java.util.TreeMap<Character, List<String>> grouped = new java.util.TreeMap<>();
      for (String x : all) {
        grouped.computeIfAbsent(x.charAt(x.length() - 1), c -> new ArrayList<>()).add(x);
      }
      lastCharacters = new char[grouped.size()];
      suffixes = new String[grouped.size()][];
      int i = 0;
      for (var e : grouped.entrySet()) {
        lastCharacters[i] = e.getKey();
        suffixes[i++] = e.getValue().stream()
            .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toArray(String[]::new);
      }
    }

    /** The suffixes ending in {@code c}, longest first, or null. */
    String[] endingIn(char c) {
      int i = java.util.Arrays.binarySearch(lastCharacters, c);
      return i < 0 ? null : suffixes[i];
    }
  }

  /** The suffix sets this tagger asks about, indexed once; read only after class initialization. */
  static final Map<java.util.Collection<String>, SuffixesByLastCharacter> SUFFIX_INDEX = suffixIndex();

  static Map<java.util.Collection<String>, SuffixesByLastCharacter> suffixIndex() {
    Map<java.util.Collection<String>, SuffixesByLastCharacter> m = new java.util.IdentityHashMap<>();
    for (java.util.Collection<String> set : List.of(ORG_SUFFIXES.keySet(), FACILITY_SUFFIXES, PROGRAM_SUFFIXES, NAMED_SITE_SUFFIXES,
        GEO_WORDS, NAME_SUFFIXES, UNIT_SUFFIXES, PERSON_TITLES, DESCRIBED_KINDS, EVENT_WORDS, LEADING_KINDS, WORK_WORDS)) {
      m.put(set, new SuffixesByLastCharacter(set));
    }
    return m;
  }
}
