package io.ecotrack.extract.ner;

import static io.ecotrack.extract.ner.JapaneseChunker.*;
import static io.ecotrack.extract.ner.JapaneseDefinedNames.*;
import static io.ecotrack.extract.ner.JapaneseNameContext.*;
import static io.ecotrack.extract.ner.JapaneseNameWords.*;

import io.ecotrack.model.EntityType;
import java.util.List;

/**
 * Types one run of tokens as an organization, a place, a facility or a person, or says it is none: by the suffixes
 * of {@code ja-name-words.tsv} (大学, 病院, 駅, 州 …), the place gazetteer, the dictionary's name types, and the words
 * around the run ({@link JapaneseNameContext}). Events, eras, works and common-noun compounds are not names.
 */
final class JapaneseNameClassifier {
  private final Gazetteer places;

  JapaneseNameClassifier(Gazetteer places) {
    this.places = places;
  }

  EntitySpan classify(String text, List<JapaneseToken> tokens, int from, int to) {
    if (to <= from) {
      return null;
    }
    JapaneseToken first = tokens.get(from);
    int start = first.start();
    int end = tokens.get(to - 1).end();
    String surface = text.substring(start, end);
    if (first.katakana() && from > 0 && tokens.get(from - 1).end() == start && tokens.get(from - 1).katakana()
        && !tokens.get(from - 1).nakaguro() && !tokens.get(from - 1).nameLike()) {
      return null; // サッ[パリ]: the end of a katakana word kuromoji split is no name
    }
    if (to - from == 2 && first.katakana() && first.surface().equals(tokens.get(from + 1).surface())) {
      return null; // パリパリ: a word said twice is a sound, not a name
    }

    if (to - from >= 2 && tokens.get(to - 1).suffix() && COMMON_NOUN_SUFFIXES.contains(tokens.get(to - 1).surface())) {
      return null; // スー族, グレゴリオ暦, カンフー使い: a suffix that makes the name a common noun
    }
    if (to + 1 < tokens.size() && tokens.get(to).start() == end && tokens.get(to).digits()
        && (tokens.get(to + 1).surface().equals("年") || tokens.get(to + 1).surface().equals("年度"))) {
      return null; // 天正9年, 慶應4年: an era's name, not a person's
    }
    String event = endsWithAny(surface, EVENT_WORDS);
    if (event != null && surface.length() > event.length() || eventAhead(tokens, to)) {
      return null; // ロンドンオリンピック, ナビスコ杯, 衆院選: an event, not the organization or place in its name
    }
    var place = places.lookup(surface);
    boolean modifier = to < tokens.size() && tokens.get(to).start() == end && modifies(tokens.get(to))
        && !tokens.get(to - 1).placeSuffix() // ミシガン州[選出]: a place written with 州 or 市 is named, not a qualifier
        && endsWithAny(tokens.get(to - 1).surface(), NAMED_DIVISIONS) == null // 横浜市[近辺]: so is one token written so
        && !tokens.get(to).pos().startsWith("名詞-サ変接続") // グアム[到着], 北朝鮮[支持]: the place of an act is named
        && !(PLACE_OFFICES.contains(tokens.get(to).surface())
            && !(to + 1 < tokens.size() && tokens.get(to + 1).surface().startsWith("選挙"))); // [米]大統領, 米大統領[選挙]
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
      JapaneseToken t = tokens.get(k);
      allLatin &= t.latin() || t.surface().equals("-") || t.surface().equals(" ") || t.digits();
      allPlace &= t.place() || t.nakaguro() || (t.suffix() && PLACE_SUFFIXES.contains(t.surface()));
      anyPerson |= t.personName();
      anyOrg |= t.properOrg() && t.known(); // kuromoji files many unknown katakana words under 組織
      named |= t.properName() || t.latin() && Character.isUpperCase(t.surface().charAt(0));
      hasNakaguro |= t.nakaguro();
      allKatakana &= t.katakana() || t.nakaguro();
    }
    String facility = endsWithAny(surface, FACILITY_SUFFIXES);
    String org = endsWithAny(surface, ORG_SUFFIXES.keySet());
    JapaneseToken lastToken = tokens.get(to - 1);
    if (org != null && lastToken.surface().length() > org.length() && lastToken.known()
        && lastToken.pos().startsWith("名詞-サ変接続")) {
      org = null; // 反省 ends in 省 and is no ministry: a suffix inside a word for a deed says nothing
    }
    boolean longerNamePart = (to - from >= 2 || first.properName()) && named;
    if (facility != null && (org == null || facility.length() >= org.length()) && surface.length() > facility.length()
        && longerNamePart) {
      return new EntitySpan(start, end, surface, EntityType.FACILITY, null, null, 0.7);
    }
    String site = endsWithAny(surface, NAMED_SITE_SUFFIXES);
    if (site != null && (org == null || site.length() >= org.length()) && surface.length() - site.length() >= 2
        && to - from >= 2 && !GENERIC_SITE_WORDS.contains(first.surface()) && !first.pos().startsWith("名詞-非自立")
        && !first.pos().startsWith("名詞-代名詞") && !first.pos().startsWith("名詞-数") && !described(tokens, from, to)) {
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
    if ("屋".equals(org) && !surface.substring(0, surface.length() - 1).codePoints()
        .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
      org = null; // 大文字屋 is a house's name, ダフ屋 and 2部屋 are not
    }
    if (org != null && tokens.get(to - 1).surface().equals("社") && tokens.get(to - 1).suffix() && surface.length() - 1 >= 2
        && !first.pos().startsWith("名詞-数") && !SELF_REFERENCES.contains(surface)) {
      institution = true; // 改造社, 東京創元社, 中外旅行社: a publisher or agency named by what it does
    }
    if (org != null && tokens.get(to - 1).surface().equals("社") && surface.length() - 1 >= 3
        && allKatakanaBefore(tokens, from, to - 1)) {
      institution = true; // ウエストランド社: a foreign company, whatever its words mean
    }
    if (org != null && surface.length() > org.length() && (longerNamePart || institution) && !(institution && described(tokens, from, to))) {
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
      boolean model = MODEL_NUMBER.matcher(surface).matches();
      if (acronym && !model && !COMMON_ACRONYMS.contains(Nfkc.of(surface)) || to - from == 1 && first.properOrg() && first.known()) {
        // an acronym, or an organization the dictionary knows by its Latin name (DeNA, Uber)
        return new EntitySpan(start, end, surface, EntityType.ORGANIZATION, null, null, 0.5);
      }
      String english = EnglishEntityTagger.ORG_SUFFIXES.get(surface.substring(surface.lastIndexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT));
      // Mayo Clinic, Exact Sciences Corp.: an English name with an organization's last word
      if (english != null && surface.contains(" ")) {
        return new EntitySpan(start, end, surface, EntityType.ORGANIZATION, english, null, 0.7);
      }
      EntityType byContext = typeFromContext(tokens, from, to);
      // Google, or a name the dictionary knows (EXILE TRIBE, Mr.Children), that its context makes an organization
      boolean word = to - from == 1 && (Character.isUpperCase(surface.charAt(0)) && surface.chars().skip(1).anyMatch(Character::isLowerCase)
          || first.known() && first.properName() && surface.length() >= 3);
      return word && byContext == EntityType.ORGANIZATION ? new EntitySpan(start, end, surface, EntityType.ORGANIZATION, null, null, 0.55) : null;
    }
    if (allPlace && !modifier) {
      return new EntitySpan(start, end, surface, EntityType.LOCATION, null, null, 0.8);
    }
    JapaneseToken division = tokens.get(to - 1);
    if (to - from >= 2 && (division.placeSuffix() || division.suffix() && division.surface().equals("国"))
        && namesOnly(tokens, from, to - 1)) {
      // メイソン郡, 甲斐国: a name the dictionary files as a person's, then a division, is a place
      return new EntitySpan(start, end, surface, EntityType.LOCATION, null, null, 0.75);
    }
    if (place.isPresent() || allPlace) {
      return null; // 日本映画, 大阪文化, 江戸時代: the place describes the word after it, it is not mentioned as a place
    }
    if (to - from >= 3 && tokens.get(to - 1).surface().equals("世") && tokens.get(to - 2).digits()
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
        JapaneseToken t = tokens.get(k);
        commonWord |= t.known() && t.pos().startsWith("名詞-一般") && t.surface().length() >= 3;
      }
      // a city's name before a plural (クリーブランド・ブラウンズ, サンディエゴ・パドレス) names a team
      String last = tokens.get(to - 1).surface();
      boolean team = first.place() && (last.endsWith("ズ") || last.endsWith("ス"))
          // タンパベイ・バッカニアーズ, ニューオーリンズ・セインツ: an English plural last is a team or a band
          || last.length() >= 4 && (last.endsWith("ズ") || last.endsWith("ツ")) && !first.personName();
      boolean person = !team && (first.personName() || !commonWord && !anyOrg);
      return new EntitySpan(start, end, surface, person ? EntityType.PERSON : EntityType.ORGANIZATION, null, null, 0.5);
    }
    if (to - from == 1 && first.personName() && !first.surname() && typeFromContext(tokens, from, to) == EntityType.ORGANIZATION) {
      // a "person" the dictionary knows whose context makes it a group: 是空[解散], ロックバンド[X JAPAN]
      return new EntitySpan(start, end, surface, EntityType.ORGANIZATION, null, null, 0.55);
    }
    if (to - from == 1 && first.katakana() && first.personName() && insideCompound(tokens, from, to)) {
      return null; // ライフサイエンス[企業], 医療機器[クラスター]: a loanword the dictionary files as a name, inside a compound
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

  static boolean acronym(JapaneseToken t) {
    String s = t.surface();
    return s.length() >= 2 && s.length() <= 4 && s.chars().allMatch(c -> c >= 'A' && c <= 'Z');
  }

  /** True when tokens [from, to) hold a katakana word the dictionary does not know, and no known katakana word. */
  static boolean unknownKatakana(List<JapaneseToken> tokens, int from, int to) {
    boolean unknown = false;
    for (int k = from; k < to; k++) {
      JapaneseToken t = tokens.get(k);
      if (t.katakana() && t.known()) {
        return false;
      }
      unknown |= t.katakana() && !t.known();
    }
    return unknown;
  }

  static boolean anyPlace(List<JapaneseToken> tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      if (tokens.get(k).place()) {
        return true;
      }
    }
    return false;
  }

  /** True when tokens [from, to) are all katakana (or ・), at least one of them. */
  static boolean allKatakanaBefore(List<JapaneseToken> tokens, int from, int to) {
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

  static String orgSuffix(String surface) {
    return ORG_SUFFIXES.get(surface);
  }
}
