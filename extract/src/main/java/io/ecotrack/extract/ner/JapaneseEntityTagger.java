package io.ecotrack.extract.ner;

import static io.ecotrack.extract.ner.JapaneseNameWords.*;

import io.ecotrack.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;

/**
 * Japanese names from Lucene's kuromoji tokenizer and the part-of-speech tags of its dictionaries,
 * NEologd and IPADIC ({@link JapaneseMorphology}: 名詞-固有名詞-組織 / 人名 / 地域), joined by rules into
 * whole names: katakana runs joined by ・, a
 * name followed by an organization suffix (大学, 病院, 協会, 財団, 研究所 …) is an organization, a place
 * followed by 州, 県 or 市 a place, a surname with its given name a person, and 「」 around a short noun
 * phrase a program or facility.
 */
public final class JapaneseEntityTagger implements EntityTagger {

  private static final ThreadLocal<JapaneseMorphology> MORPHOLOGY = ThreadLocal.withInitial(JapaneseMorphology::new);

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

    /** A common noun: 名詞-一般 or 名詞-サ変接続 (a noun that takes する). */
    boolean commonNoun() {
      return pos.startsWith("名詞-一般") || pos.startsWith("名詞-サ変接続");
    }

    /** Only ASCII or other Unicode decimal digits: 48, ２４. */
    boolean digits() {
      for (int i = 0; i < surface.length(); i++) {
        if (!Character.isDigit(surface.charAt(i))) {
          return false;
        }
      }
      return !surface.isEmpty();
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
      return surface.length() == 1 && "・･=＝゠".indexOf(surface.charAt(0)) >= 0;
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

  /** A kuromoji tokenizer with the dictionary names are read with (NEologd), to measure tokenization alone. */
  public static JapaneseTokenizer kuromoji() {
    return JapaneseMorphology.neologdTokenizer();
  }

  /** The kuromoji tokens of {@code text} ({@link JapaneseMorphology}), for the rules here and the relation rules. */
  static List<Token> tokens(String text) {
    return MORPHOLOGY.get().tokens(text);
  }

  /** A place whose abbreviation is defined in passing: ウィスコンシン(WI)州. */
  public static final java.util.regex.Pattern ABBREVIATED_PLACE = java.util.regex.Pattern.compile(
      "([\\p{IsKatakana}ー・]{2,}|[\\p{IsHan}]{1,4})[(（]([A-Z]{2,5})[)）](州|県|市|国|省)");

  @Override
  public List<EntitySpan> tag(String text) {
    List<EntitySpan> defined = EntitySpan.from("abbreviated-place", abbreviatedPlaces(text));
    defined.addAll(EntitySpan.from("numbered-unit", numberedUnits(text)));
    List<EntitySpan> spans = new ArrayList<>(defined);
    List<Token> tokens = tokens(text);
    for (EntitySpan s : tagTokens(text, tokens)) {
      if (defined.stream().noneMatch(d -> d.overlaps(s))) {
        spans.add(s);
      }
    }
    for (EntitySpan s : EntitySpan.from("definition", definedTopics(text, tokens))) {
      // a definition ("Xは、英国の自動車メーカー。") outranks a guess from the name alone
      spans.removeIf(d -> d.start() == s.start() && d.end() == s.end() && d.confidence() < s.confidence());
      if (spans.stream().noneMatch(d -> d.overlaps(s))) {
        spans.add(s);
      }
    }
    spans.sort(java.util.Comparator.comparingInt(EntitySpan::start));
    spans = EntitySpan.from("list-item", listed(text, tokens, spans));
    spans = EntitySpan.from("route-start", routeStarts(tokens, spans));
    spans = SpacedPersonNames.apply(text, tokens, spans, PERSON_TITLES);
    spans = EntitySpan.from("address", addressesAndDirections(text, spans));
    return EntitySpan.from("repeated-name", repeated(text, spans));
  }

  /**
   * 井荻-高田馬場間, デンパサール-成田: the place a route starts from, written before a dash and a place the
   * rules found, is a place too.
   */
  private static List<EntitySpan> routeStarts(List<Token> tokens, List<EntitySpan> spans) {
    List<EntitySpan> added = new ArrayList<>();
    for (int k = 1; k + 1 < tokens.size(); k++) {
      Token dash = tokens.get(k);
      Token left = tokens.get(k - 1);
      Token right = tokens.get(k + 1);
      if (!(dash.surface().equals("-") || dash.surface().equals("－") || dash.surface().equals("‐"))
          || left.end() != dash.start() || dash.end() != right.start() || !(left.place() || !left.known() && left.katakana())) {
        continue;
      }
      boolean placeAfter = spans.stream().anyMatch(x -> x.start() == right.start() && x.type() == EntityType.LOCATION);
      boolean covered = spans.stream().anyMatch(x -> x.start() < left.end() && left.start() < x.end());
      if (placeAfter && !covered && (k < 2 || tokens.get(k - 2).end() != left.start() || !tokens.get(k - 2).noun())) {
        added.add(new EntitySpan(left.start(), left.end(), left.surface(), EntityType.LOCATION, null, null, 0.6));
      }
    }
    return withAdded(spans, added);
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
    List<int[]> items = new ArrayList<>(); // token ranges [from, to)
    int i = 0;
    while (i < tokens.size()) {
      items.clear();
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
    return withAdded(spans, added);
  }

  /** {@code spans} with {@code added} among them, in text order. */
  private static List<EntitySpan> withAdded(List<EntitySpan> spans, List<EntitySpan> added) {
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

  /** A token that can be part of a listed name: a noun that is not a number, pronoun or dependent noun, or a ・. */
  private static boolean listWord(Token t) {
    return t.nakaguro() || t.noun() && !t.pos().startsWith("名詞-数") && !t.pos().startsWith("名詞-代名詞")
        && !t.pos().startsWith("名詞-非自立") && !t.pos().startsWith("名詞-副詞可能") && Character.isLetter(t.surface().charAt(0));
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
      // the pattern is tried only where an abbreviation follows the parenthesis: scanning the whole text is slow
      if (!abbreviationAt(text, open + 1)) {
        continue;
      }
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

  /** B360, HF120, ASR-33: letters and a number name a model, not its maker. */
  private static final java.util.regex.Pattern MODEL_NUMBER = java.util.regex.Pattern.compile(
      "[A-Z]{1,2}-?[0-9]{2,}|[A-Z]{1,4}-[0-9]+");

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

  /** True when "WI)州" starts at {@code at}: two to five capitals, a closing parenthesis and a division. */
  private static boolean abbreviationAt(String text, int at) {
    int end = at;
    while (end < text.length() && end - at <= 5 && text.charAt(end) >= 'A' && text.charAt(end) <= 'Z') {
      end++;
    }
    return end - at >= 2 && end - at <= 5 && end + 1 < text.length()
        && (text.charAt(end) == ')' || text.charAt(end) == '）') && "州県市国省".indexOf(text.charAt(end + 1)) >= 0;
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
      if (kind > from) {
        from = kind; // ソフトウェア会社ビーイング, スラッシュメタルバンド・メガデス: a described kind, then the name
      }
      List<EntitySpan> found = withSurname(text, tokens, from, classifySplit(text, tokens, from, end));
      EntitySpan glossed = glossed(text, tokens, from, end, found);
      spans.addAll(glossed == null ? EntitySpan.from("chunk", found) : List.of(glossed.from("gloss")));
      i = Math.max(end, i + 1);
      java.util.regex.Matcher gloss = i < tokens.size() && !found.isEmpty() ? EnglishGloss.at(text, tokens.get(i).start()) : null;
      if (gloss != null) {
        while (i < tokens.size() && tokens.get(i).start() < gloss.end()) {
          i++; // メイヨー・クリニック(Mayo Clinic): the English form is the same name, not a second one
        }
      }
    }
    return spans;
  }

  /**
   * A name followed by its English form in parentheses, as reports write new companies: プロメガ(Promega),
   * エグザクト・サイエンシズ(Exact Sciences). The English form decides the type; a company is the default.
   */
  private EntitySpan glossed(String text, List<Token> tokens, int from, int to, List<EntitySpan> found) {
    int start = tokens.get(from).start();
    int end = tokens.get(to - 1).end();
    java.util.regex.Matcher g = EnglishGloss.at(text, end);
    if (g == null) {
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
    return endsWithAny(text, tokens.get(from).start(), tokens.get(to - 1).end(), NAME_SUFFIXES) != null;
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

  private static final java.util.regex.Pattern MODEL_CODE = java.util.regex.Pattern.compile("[A-Z0-9]");

  /** True when tokens [from, to) are all names of people or untyped names, or unknown words. */
  private static boolean namesOnly(List<Token> tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      Token t = tokens.get(k);
      if (!(t.personName() || t.properGeneral() || t.unknownWord() || !t.known() && t.katakana())) {
        return false;
      }
    }
    return true;
  }

  private static boolean noneTypedOrg(List<Token> tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      if (tokens.get(k).properOrg() || tokens.get(k).nakaguro()) {
        return false;
      }
    }
    return true;
  }

  private static boolean startsOrgPhrase(String text, List<Token> tokens, int i) {
    Token t = tokens.get(i);
    // a counter or a hiragana word (3ヶ月[後], 1日あたり, …のうち) is not where a name begins
    return !t.pos().startsWith("名詞-数") && !t.pos().startsWith("名詞-代名詞") && !t.pos().startsWith("名詞-非自立")
        && !t.suffix() && !JapaneseMorphology.hiragana(t.surface()) && t.surface().length() >= 2
        && endsInSuffixAhead(text, tokens, i, i) && i + 1 < tokens.size() && tokens.get(i + 1).noun();
  }

  /**
   * Classifies the chunk [from, to), first splitting a nested name such as 東京大学医科学研究所 into
   * 東京大学 and 医科学研究所.
   */
  private List<EntitySpan> classifySplit(String text, List<Token> tokens, int from, int to) {
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
      EntitySpan maker = classify(text, tokens, from, from + 1);
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

  /**
   * 東日本旅客鉄道・鹿島臨海鉄道, タワーレコード・NTTドコモ: organizations joined by ・, one by one, when each part
   * is one (a name the dictionary knows, or two tokens or more that the rules make an organization).
   */
  private List<EntitySpan> organizationsJoinedByDots(String text, List<Token> tokens, int from, int to) {
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
  private List<EntitySpan> joinedByDots(String text, List<Token> tokens, int from, int to, EntityType type,
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
    return List.of(new EntitySpan(start, p.end(), text.substring(start, p.end()), EntityType.PERSON, null, null, p.confidence(),
        "kanji-surname"));
  }

  /**
   * ケンタッキー州レキシントン: a division (州, 県, 郡 …) and a foreign name after it is a town of that division, even
   * when the gazetteer does not know the town; null otherwise.
   */
  private static EntitySpan townInDivision(String text, List<Token> tokens, int from, int to) {
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
  private List<EntitySpan> countryInitials(List<Token> tokens, int from, int to) {
    if (to - from < 2) {
      return null;
    }
    List<EntitySpan> out = new ArrayList<>();
    for (int k = from; k < to; k++) {
      Token t = tokens.get(k);
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
        && !(PLACE_OFFICES.contains(tokens.get(to).surface())
            && !(to + 1 < tokens.size() && tokens.get(to + 1).surface().startsWith("選挙"))); // [米]大統領, 米大統領[選挙]
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
      if (acronym && !model && !COMMON_ACRONYMS.contains(surface) || to - from == 1 && first.properOrg() && first.known()) {
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
    Token division = tokens.get(to - 1);
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
        Token t = tokens.get(k);
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

  /** Kinds of transfer written between a club's particle and 移籍: Xに[完全]移籍, Xへ[期限付き]移籍. */
  private static final Set<String> TRANSFER_KINDS = Set.of("完全", "期限", "付き", "期限付き", "レンタル");

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
      int w = to + 1;
      while (w + 1 < tokens.size() && TRANSFER_KINDS.contains(tokens.get(w).surface())) {
        w++; // Xに完全移籍, Xへ期限付き移籍: the kind of transfer, then the word
      }
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
  private static boolean insideCompound(List<Token> tokens, int from, int to) {
    if (tokens.get(from).surface().contains("・")) {
      return false; // ジョン・エドガー・フーヴァー: a foreign name written whole
    }
    Token prev = from > 0 ? tokens.get(from - 1) : null;
    boolean before = prev != null && prev.end() == tokens.get(from).start() && knownCommonWord(prev)
        && !KIND_BEFORE.containsKey(prev.surface()) && !LEADING_KINDS.contains(prev.surface())
        && endsWithAny(prev.surface(), PERSON_TITLES) == null
        && !ROLE_ENDINGS.contains(prev.surface().substring(prev.surface().length() - 1)); // 館長, 海軍長官 come before names
    boolean after = to < tokens.size() && tokens.get(to).start() == tokens.get(to - 1).end()
        && DESCRIBED_KINDS.contains(tokens.get(to).surface()); // [ライフサイエンス]企業
    return before || after;
  }

  private static boolean knownCommonWord(Token t) {
    return t.known() && t.commonNoun() && t.surface().length() >= 2;
  }

  /**
   * The index after common nouns ending in a kind of body (ソフトウェア[会社], スラッシュメタル[バンド]) and an optional
   * ・ at the start of tokens [from, end), when a name follows them; {@code from} when there are none.
   */
  private static int leadingKindEnd(List<Token> tokens, int from, int end) {
    for (int k = from; k < end - 1; k++) {
      Token t = tokens.get(k);
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
  private static boolean described(List<Token> tokens, int from, int to) {
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
  private static boolean eventAhead(List<Token> tokens, int to) {
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
  private static boolean modifies(Token next) {
    return next.commonNoun()
        && !PLACE_REFERENCES.contains(next.surface());
  }

  /** A person from a chunk with person-name tokens: the name, without a title or role that follows it. */
  private static EntitySpan person(String text, List<Token> tokens, int from, int to) {
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
    Token last = tokens.get(q - 1);
    if (q - p >= 2 && last.known() && last.pos().startsWith("名詞-一般") && !last.personName()
        && (last.katakana() || last.surface().length() >= 2)) {
      return null; // スマート|フォン, 高山|植物: a word kuromoji took for a name, then a common noun
    }
    boolean titled = q < tokens.size() && PERSON_TITLES.contains(tokens.get(q).surface());
    return new EntitySpan(tokens.get(p).start(), tokens.get(q - 1).end(), name, EntityType.PERSON, null, null,
        titled || q - p >= 2 ? 0.85 : 0.55, "person-name");
  }

  /** A person's whole name at {@code p}: one the dictionary knows whole (内藤礼), or a surname and a given name. */
  private static boolean wholeName(List<Token> tokens, int p, int to) {
    Token t = tokens.get(p);
    return t.pos().startsWith("名詞-固有名詞-人名-一般") && t.surface().length() >= 3
        || t.surname() && p + 1 < to && tokens.get(p + 1).givenName();
  }

  /** True when tokens [from, to) are all common nouns the dictionary knows (アーティスト, 球団, オーナー). */
  private static boolean commonNouns(List<Token> tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      Token t = tokens.get(k);
      if (!t.known() || !t.commonNoun()) {
        return false;
      }
    }
    return true;
  }

  /** A common noun after a complete name (surname and given name, or a name kuromoji knows whole): a role, not the name. */
  private static boolean roleAfterName(List<Token> tokens, int p, int k) {
    Token t = tokens.get(k);
    if (!t.pos().startsWith("名詞-一般") || t.personName() || !t.known() || t.katakana() || t.surface().length() < 2) {
      return false;
    }
    return tokens.get(k - 1).givenName() && k - 1 > p && tokens.get(k - 2).surname();
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
