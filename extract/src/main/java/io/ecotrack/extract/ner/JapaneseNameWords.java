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

  /** The roles a word of {@code ja-name-words.tsv} can play, each with whether it carries a value. */
  static final Map<String, Boolean> ROLES = Map.ofEntries(
      Map.entry("org-suffix", true),
      Map.entry("name-prefix", false),
      Map.entry("strong-org-suffix", false),
      Map.entry("legal-form", false),
      Map.entry("facility-suffix", false),
      Map.entry("named-site-suffix", false),
      Map.entry("generic-site-word", false),
      Map.entry("program-suffix", false),
      Map.entry("place-suffix", false),
      Map.entry("named-division", false),
      Map.entry("person-title", false),
      Map.entry("list-separator", false),
      Map.entry("definition-head", true),
      Map.entry("unit-suffix", false),
      Map.entry("station-suffix", false),
      Map.entry("geo-word", false),
      Map.entry("generic-org-head", false),
      Map.entry("leading-kind", false),
      Map.entry("self-reference", false),
      Map.entry("common-acronym", false),
      Map.entry("company-word-after-no", false),
      Map.entry("case-particle", false),
      Map.entry("family", false),
      Map.entry("place-verb", false),
      Map.entry("company-deed", false),
      Map.entry("person-deed", false),
      Map.entry("actor-particle", false),
      Map.entry("kind-before", true),
      Map.entry("kind-after", true),
      Map.entry("place-reference", false),
      Map.entry("role-ending", false),
      Map.entry("described-kind", false),
      Map.entry("event-word", false),
      Map.entry("work-word", false),
      Map.entry("common-noun-suffix", false),
      Map.entry("leader-group", false),
      Map.entry("place-office", false),
      Map.entry("place-attribute", false),
      Map.entry("after-name", false),
      Map.entry("name-ender", false),
      Map.entry("kanji-numeral", false),
      Map.entry("profile-address", false),
      Map.entry("profile-representative", false),
      Map.entry("list-kind", true));

  private static final WordRoles WORDS = WordRoles.load(JapaneseNameWords.class, "ja-name-words.tsv", ROLES);

  /** The label of a company profile's address line (所在地 東京都渋谷区…). */
  static final Set<String> PROFILE_ADDRESS = WORDS.words("profile-address");

  /** The label of a company profile's representative line (代表取締役 山田太郎). */
  static final Set<String> PROFILE_REPRESENTATIVE = WORDS.words("profile-representative");

  /** What a list's items are, written after など(の) or 等(の) that closes it: XやY、Zなどの大手 (companies). */
  static final Map<String, EntityType> LIST_KINDS = WORDS.types("list-kind");

  /** Suffixes that make the name before them an organization, with the subtype they imply (longest match wins). */
  static final Map<String, String> ORG_SUFFIXES = WORDS.values("org-suffix");

  /** Prefixes that belong to the name they stand before (旧日本軍, 在日米軍, 新日鐵). */
  static final Set<String> PREFIXES = WORDS.words("name-prefix");

  /** Suffixes that name an institution even after common words only (文部科学省, 日本銀行協会). */
  static final Set<String> STRONG_ORG_SUFFIXES = WORDS.words("strong-org-suffix");

  /** Words that put an organization's legal form before its name (株式会社クレハ). */
  static final Set<String> ORG_PREFIXES = WORDS.words("legal-form");

  /** Suffixes that make the name before them a named site (longest match wins over the organization suffixes). */
  static final Set<String> FACILITY_SUFFIXES = WORDS.words("facility-suffix");

  /** Site suffixes that make a name of the words before them even when those are common words (鉄鋼館, 電機学校). */
  static final Set<String> NAMED_SITE_SUFFIXES = WORDS.words("named-site-suffix");

  /** First words that make such a phrase a kind of site, not a name (最寄り駅, 市立図書館, 各球場). */
  static final Set<String> GENERIC_SITE_WORDS = WORDS.words("generic-site-word");

  /** What a program or site named in 「」 ends with; other quoted phrases are titles and sayings, not entities. */
  static final Set<String> PROGRAM_SUFFIXES = WORDS.words("program-suffix");

  static final Set<String> PLACE_SUFFIXES = WORDS.words("place-suffix");

  /** The divisions a place is named with (横浜市, ミシガン州): a place written with one is named, not a qualifier. */
  static final Set<String> NAMED_DIVISIONS = WORDS.words("named-division");

  static final Set<String> PERSON_TITLES = WORDS.words("person-title");

  static final Set<String> LIST_SEPARATORS = WORDS.words("list-separator");

  /** What a definition says its topic is: "XはYの選手。" makes X a person, "…の企業" an organization. */
  static final Map<String, EntityType> DEFINITION_HEADS = WORDS.types("definition-head");


  /** What ends the name of a unit inside an organization (サッカー部, 政治部, 研究開発本部, 医科学研究所). */
  static final Set<String> UNIT_SUFFIXES = WORDS.words("unit-suffix");

  static final Set<String> STATION_SUFFIXES = WORDS.words("station-suffix");

  /** Words that make a place of the name before them (アメリカ大陸, 丸の内地区, ソヴィエト連邦, 松山湿原). */
  static final Set<String> GEO_WORDS = WORDS.words("geo-word");

  /** Every suffix that completes a name (organization, site or geographic word), for one lookup per ending. */
  static final Set<String> NAME_SUFFIXES = java.util.stream.Stream.of(ORG_SUFFIXES.keySet(), FACILITY_SUFFIXES, GEO_WORDS)
      .flatMap(java.util.Collection::stream).collect(java.util.stream.Collectors.toUnmodifiableSet());

  /** Words that end a phrase naming a kind of organization (旅行会社, 中道政党). */
  static final Set<String> GENERIC_ORG_HEADS = WORDS.words("generic-org-head");

  /** Words that say what the name after them is, written right before it (子会社X, 母校X, 財団法人X). */
  static final Set<String> LEADING_KINDS = WORDS.words("leading-kind");

  /** Words kuromoji files as organizations that only refer to one: 自社 ("our own company"), 他社, 各社. */
  static final Set<String> SELF_REFERENCES = WORDS.words("self-reference");

  /** Acronyms of things rather than organizations, common in Japanese text (OS, SNS, LED, CEO …). */
  static final Set<String> COMMON_ACRONYMS = WORDS.words("common-acronym");

  /** Xの… words that belong to a company or club: Xの監督, Xの株価, Xの子会社. */
  static final Set<String> COMPANY_WORDS_AFTER_NO = WORDS.words("company-word-after-no");

  static final Set<String> CASE_PARTICLES = WORDS.words("case-particle");

  /** Family words: Xの夫 is a person. */
  static final Set<String> FAMILY = WORDS.words("family");

  /** What is done at a place: Xに生まれ, Xで結婚, Xに位置する. */
  static final Set<String> PLACE_VERBS = WORDS.words("place-verb");

  /** What companies and groups do, and people do not: the verbs of a clause whose subject is an organization. */
  static final Set<String> COMPANY_DEEDS = WORDS.words("company-deed");

  /** What people do: a clause with one of these is about a person whatever else it says. */
  static final Set<String> PERSON_DEEDS = WORDS.words("person-deed");

  /** Particles after which a name is the one acting: Xは, Xが. */
  static final Set<String> ACTOR_PARTICLES = WORDS.words("actor-particle");

  /** Words right before a foreign name that say what it names: ロックバンド、セックス・ピストルズ; 監督デイヴィッド・リンチ. */
  static final Map<String, EntityType> KIND_BEFORE = WORDS.types("kind-before");

  /** Words right after a foreign name that say what it names: …に移籍, …と契約 (a club); …監督, …氏 (a person). */
  static final Map<String, EntityType> KIND_AFTER = WORDS.types("kind-after");


  /** Words after a place that still refer to the place itself (香川県[出身], 日本[国内], 米国[在住]). */
  static final Set<String> PLACE_REFERENCES = WORDS.words("place-reference");

  /** Last characters of a job title or a work, never of a name: 作詞家, 経済学者, 本作. */
  static final Set<String> ROLE_ENDINGS = WORDS.words("role-ending");

  /** Kinds of body that common words before them describe rather than name (総合病院, 地方銀行, 化学メーカー). */
  static final Set<String> DESCRIBED_KINDS = WORDS.words("described-kind");

  /** Last words of an event's name: what ends so is no organization, place or person (モナコGP, 衆院選, 朝鮮戦争). */
  static final Set<String> EVENT_WORDS = WORDS.words("event-word");

  /** Kinds of work whose title follows in 「」 (雑誌「OHM」): the title names the work, not an organization or a person. */
  static final Set<String> WORK_WORDS = WORDS.words("work-word");

  /** Suffixes that turn the name before them into a common noun (スー族, グレゴリオ暦, カンフー使い, ラチ沿い). */
  static final Set<String> COMMON_NOUN_SUFFIXES = WORDS.words("common-noun-suffix");

  /** Groups named after their leader: a whole person's name before them is the name written (田中義一内閣). */
  static final Set<String> LEADER_GROUPS = WORDS.words("leader-group");

  /** Offices and people of a place written right after it: the place is still named (マレーシア[首相], 中国[船籍]). */
  static final Set<String> PLACE_OFFICES = WORDS.words("place-office");

  /** Suffixes that make a place a nationality, an origin or a side: the place is named, the suffix is not (イタリア[人]). */
  static final Set<String> PLACE_ATTRIBUTES = WORDS.words("place-attribute");

  /** Suffixes that follow a name without being part of it (会津若松駅[間], 明治政府[側], 日本病理学会[等]). */
  static final Set<String> AFTER_NAME = WORDS.words("after-name");

  /** Nouns that follow a name as what it did or has, not as part of it (テレビ高知[開局], 株式会社X[代表], 等々力[警部]). */
  static final Set<String> NAME_ENDERS = WORDS.words("name-ender");

  static final Set<String> KANJI_NUMERALS = WORDS.words("kanji-numeral");

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
