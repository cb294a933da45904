package io.ecotrack.extract.ner;

import static io.ecotrack.extract.ner.JapaneseChunker.*;
import static io.ecotrack.extract.ner.JapaneseListedNames.*;
import static io.ecotrack.extract.ner.JapaneseNameClassifier.*;
import static io.ecotrack.extract.ner.JapaneseNameContext.*;
import static io.ecotrack.extract.ner.JapaneseNameWords.*;

import io.ecotrack.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits one chunk of tokens into the names it holds before {@link JapaneseNameClassifier} types each: two
 * universities written together, places or organizations joined by ・, a town after its division (ケンタッキー州
 * レキシントン), a chain of places, a company and its unit or its site; and a surname written in kanji before a
 * given name the dictionary split off (pass {@code kanji-surname}).
 */
final class JapaneseChunkSplitter {
  private final Gazetteer places;
  private final JapaneseNameClassifier classifier;

  JapaneseChunkSplitter(Gazetteer places, JapaneseNameClassifier classifier) {
    this.places = places;
    this.classifier = classifier;
  }

  static final Pattern MODEL_CODE = Pattern.compile("[A-Z0-9]");

  /**
   * Classifies the chunk [from, to), first splitting a nested name such as 東京大学医科学研究所 into
   * 東京大学 and 医科学研究所.
   */
  List<EntitySpan> classifySplit(String text, List<JapaneseToken> tokens, int from, int to) {
    if (eventAhead(tokens, to)) {
      return List.of(); // 日中[戦争], ノモンハン[事件]: the names are part of an event's name
    }
    if (from >= 2 && tokens.get(from - 1).surface().equals("「") && endsWithAny(tokens.get(from - 2).surface(), WORK_WORDS) != null) {
      return List.of(); // 雑誌「OHM」, 映画「ワン・ライフ・トゥ・リヴ」: the title of a work, not who made it
    }
    int nameEnd = wholeName(tokens, from, to) ? (tokens.get(from).surname() ? from + 2 : from + 1) : from;
    if (nameEnd > from && nameEnd < to
        && LEADER_GROUPS.contains(text.substring(tokens.get(nameEnd).start(), tokens.get(to - 1).end()))) {
      // 田中義一[内閣], 安倍[派]: the person the group is named after is what the text names
      EntitySpan person = person(text, tokens, from, nameEnd);
      return person == null ? List.of() : List.of(person);
    }
    if (nameEnd > from && nameEnd < to && commonNouns(tokens, nameEnd, to) && to < tokens.size()
        && tokens.get(to).start() == tokens.get(to - 1).end() && endsWithAny(tokens.get(to).surface(), PERSON_TITLES) != null) {
      // 山田太郎[経営企画]部長: a person's whole name, then the department they head, then the title
      EntitySpan person = person(text, tokens, from, nameEnd);
      return person == null ? List.of() : List.of(person);
    }
    for (int k = from + 1; k < to - 1; k++) {
      String tokenText = tokens.get(k).surface();
      String remainder = text.substring(tokens.get(k + 1).start(), tokens.get(to - 1).end());
      boolean campus = remainder.endsWith("校") || remainder.endsWith("キャンパス"); // ウィスコンシン大学マディソン校 is one
      if (("大学".equals(tokenText) || "大學".equals(tokenText)) && !campus && suffixAt(text, tokens, k + 1, to)) {
        List<EntitySpan> out = new ArrayList<>();
        EntitySpan left = classifier.classify(text, tokens, from, k + 1);
        EntitySpan right = classifier.classify(text, tokens, k + 1, to);
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
    if (listed == null) {
      // 大阪府立体育会館・愛知県体育館: sites joined by ・, one by one
      listed = joinedByDots(text, tokens, from, to, EntityType.FACILITY, (segment, k) -> true);
    }
    if (listed != null) {
      return listed;
    }
    List<EntitySpan> countries = countryInitials(tokens, from, to);
    if (countries != null) {
      return countries;
    }
    if (to - from >= 3 && tokens.get(from).properOrg() && tokens.get(from).known() && tokens.get(from + 1).nakaguro()
        && noneTypedOrg(tokens, from + 2, to) && !suffixAt(text, tokens, from, to)
        && MODEL_CODE.matcher(text).region(tokens.get(from + 2).start(), tokens.get(to - 1).end()).find()) {
      // 日産・フェアレディZ, ホンダ・NSX: a maker, then a product with a model code, which is no organization
      EntitySpan maker = classifier.classify(text, tokens, from, from + 1);
      return maker == null ? List.of() : List.of(maker);
    }
    EntitySpan town = townInDivision(text, tokens, from, to);
    if (town != null) {
      return List.of(town);
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
      EntitySpan owner = classifier.classify(text, tokens, from, from + 1);
      if (suffix != null && e0 - s0 > suffix.length() && owner != null) {
        return List.of(owner, new EntitySpan(s0, e0, text.substring(s0, e0), EntityType.ORGANIZATION, "UNIT", null, 0.6));
      }
    }
    if (to - from >= 3 && tokens.get(from).properOrg() && tokens.get(from).known() && tokens.get(from + 1).place()) {
      // 日本製紙釧路工場, 北陸電力五条方発電所: a company, then its site named by the place
      EntitySpan site = classifier.classify(text, tokens, from + 1, to);
      EntitySpan owner = classifier.classify(text, tokens, from, from + 1);
      if (site != null && site.type() == EntityType.FACILITY && owner != null) {
        return List.of(owner, site);
      }
    }
    EntitySpan span = classifier.classify(text, tokens, from, to);
    if (span != null && span.type() == EntityType.FACILITY && from > 0 && STATION_SUFFIXES.contains(tokens.get(to - 1).surface())) {
      JapaneseToken before = tokens.get(from - 1);
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
  List<EntitySpan> placesJoinedByDots(String text, List<JapaneseToken> tokens, int from, int to) {
    return joinedByDots(text, tokens, from, to, EntityType.LOCATION, (segment, k) -> {
      for (int j = segment; j < k; j++) {
        if (!tokens.get(j).place() && !(j > segment && tokens.get(j).placeSuffix())) {
          return false;
        }
      }
      return true;
    });
  }

  /**
   * 東日本旅客鉄道・鹿島臨海鉄道, タワーレコード・NTTドコモ: organizations joined by ・, one by one, when each part
   * is one (a name the dictionary knows, or two tokens or more that the rules make an organization).
   */
  List<EntitySpan> organizationsJoinedByDots(String text, List<JapaneseToken> tokens, int from, int to) {
    boolean equalsSign = false; // マルクス=レーニン主義研究所: = joins the parts of one name
    for (int k = from; k < to; k++) {
      equalsSign |= tokens.get(k).nakaguro() && !tokens.get(k).surface().equals("・");
    }
    boolean loose = !equalsSign;
    return joinedByDots(text, tokens, from, to, EntityType.ORGANIZATION,
        (segment, k) -> tokens.get(segment).properOrg() && tokens.get(segment).known() || loose && k - segment >= 2);
  }

  /**
   * The names of one type that the ・ of tokens [from, to) separate, when there are two or more and every segment
   * is accepted by {@code segmentOk} (given its token range) and classified as {@code type}; else null.
   */
  List<EntitySpan> joinedByDots(String text, List<JapaneseToken> tokens, int from, int to, EntityType type,
      java.util.function.BiPredicate<Integer, Integer> segmentOk) {
    boolean dots = false;
    for (int k = from; k < to && !dots; k++) {
      dots = tokens.get(k).nakaguro();
    }
    if (!dots) {
      return null; // nothing joined: no need to classify the chunk as a segment
    }
    List<EntitySpan> out = new ArrayList<>();
    int segment = from;
    for (int k = from; k <= to; k++) {
      if (k == to || tokens.get(k).nakaguro()) {
        if (k == segment || !segmentOk.test(segment, k)) {
          return null;
        }
        EntitySpan name = classifier.classify(text, tokens, segment, k);
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
  static List<EntitySpan> withSurname(String text, List<JapaneseToken> tokens, int from, List<EntitySpan> found) {
    boolean shortSurname = tokens.get(from).surname() && tokens.get(from).surface().length() == 1;
    if (found.size() != 1 || found.get(0).type() != EntityType.PERSON || !(tokens.get(from).givenName() || shortSurname)
        || tokens.get(from).katakana() || found.get(0).start() != tokens.get(from).start()) {
      return found;
    }
    int k = from;
    int length = 0;
    int most = shortSurname ? 1 : 3; // 赤|澤尭: one more kanji before a one-character surname
    while (k > 0 && length < most) {
      JapaneseToken t = tokens.get(k - 1);
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
    return List.of(new EntitySpan(start, p.end(), text.substring(start, p.end()), EntityType.PERSON, null, null, p.confidence(),
        "kanji-surname"));
  }

  /**
   * ケンタッキー州レキシントン: a division (州, 県, 郡 …) and a foreign name after it is a town of that division, even
   * when the gazetteer does not know the town; null otherwise.
   */
  static EntitySpan townInDivision(String text, List<JapaneseToken> tokens, int from, int to) {
    int k = from;
    while (k < to && tokens.get(k).place()) {
      k++;
    }
    if (k == from || k >= to - 1 || !tokens.get(k).placeSuffix() || !allKatakanaBefore(tokens, k + 1, to)) {
      return null;
    }
    String town = text.substring(tokens.get(k + 1).start(), tokens.get(to - 1).end());
    if (endsWithAny(town, NAME_SUFFIXES) != null || town.length() < 3) {
      return null; // ミネソタ州メディカルセンター: a site or body of the state, not a town
    }
    int start = tokens.get(from).start();
    int end = tokens.get(to - 1).end();
    return new EntitySpan(start, end, text.substring(start, end), EntityType.LOCATION, "CITY", null, 0.7);
  }

  /** 米中, 独伊, 日米英: countries written by their initial characters side by side are named one by one. */
  List<EntitySpan> countryInitials(List<JapaneseToken> tokens, int from, int to) {
    if (to - from < 2) {
      return null;
    }
    List<EntitySpan> out = new ArrayList<>();
    for (int k = from; k < to; k++) {
      JapaneseToken t = tokens.get(k);
      if (t.surface().length() != 1 || !t.pos().startsWith("名詞-固有名詞-地域-国")) {
        return null;
      }
      var country = places.lookup(t.surface());
      out.add(new EntitySpan(t.start(), t.end(), t.surface(), EntityType.LOCATION, country.map(Gazetteer.Place::subtype).orElse("COUNTRY"),
          country.map(Gazetteer.Place::id).orElse(null), 0.8));
    }
    return out;
  }

  /**
   * ウィスコンシン州マディソン市: a chain of places is one name (as Japanese writes an address) that stands for its
   * last, smallest place, so it resolves to Madison's id.
   */
  List<EntitySpan> placeChain(String text, List<JapaneseToken> tokens, int from, int to) {
    int lastStart = from;
    int segments = 0;
    for (int k = from; k < to; k++) {
      JapaneseToken t = tokens.get(k);
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
}
