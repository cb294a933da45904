package io.ecotrack.extract.ner;

import io.ecotrack.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * English names by capitalized-span chunking: runs of capitalized words (joined through "of", "for", "and",
 * "&" and "the" when a capitalized word follows) are classified by their last word (Inc., University,
 * Clinic, Foundation, Partners … make an organization), by the place gazetteer, and by the context of
 * people (a title before, a role or "said" after).
 */
public final class EnglishEntityTagger implements EntityTagger {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’&.–-]*|\\S");
  /** The roles a word of {@code en-name-words.tsv} can play, each with whether it carries a value. */
  static final Map<String, Boolean> ROLES = Map.ofEntries(
      Map.entry("org-suffix", true),
      Map.entry("facility-suffix", false),
      Map.entry("title", false),
      Map.entry("honorific", false),
      Map.entry("org-hint", false),
      Map.entry("sport-verb", false),
      Map.entry("and", false),
      Map.entry("of", false),
      Map.entry("of-head", false),
      Map.entry("demonym", false),
      Map.entry("connector", false),
      Map.entry("stopword", false),
      Map.entry("company-verb", false),
      Map.entry("person-verb", false),
      Map.entry("company-possession", false));

  private static final WordRoles WORDS = WordRoles.load(EnglishEntityTagger.class, "en-name-words.tsv", ROLES);
  static final Map<String, String> ORG_SUFFIXES = WORDS.values("org-suffix");
  /** The organization suffixes that name a company (ltd, inc, plc …): the legal forms. */
  static final Set<String> LEGAL_FORMS = ORG_SUFFIXES.entrySet().stream().filter(e -> e.getValue().equals("COMPANY"))
      .map(Map.Entry::getKey).collect(java.util.stream.Collectors.toUnmodifiableSet());
  static final Set<String> FACILITY_SUFFIXES = WORDS.words("facility-suffix");
  static final Set<String> TITLES = WORDS.words("title");
  /** Ordinary words that turn up in names of organizations and teams, and almost never in people's names. */
  static final Set<String> ORG_HINTS = WORDS.words("org-hint");
  /** Words around team names in results: "Leicestershire beat Somerset", "Ajax v PSV", "against Kent". */
  static final Set<String> SPORT_VERBS = WORDS.words("sport-verb");
  static final Set<String> AND = WORDS.words("and");
  static final Set<String> OF = WORDS.words("of");
  /** Words that head names built with "of": University of …, Bank of …, Duke of … */
  static final Set<String> OF_HEADS = WORDS.words("of-head");
  /** Nationality words before a name (an American …): not part of it. */
  static final Set<String> DEMONYMS = WORDS.words("demonym");
  static final Set<String> CONNECTORS = WORDS.words("connector");
  /** Capitalized words that start sentences or headlines but do not name anything. */
  static final Set<String> STOP = WORDS.words("stopword");

  /**
   * The rules' passes after the learned model: a title is no part of a name ({@link EnglishTitles}), and a "person"
   * the words after it make a company ({@link EnglishCompanyContext}).
   */
  public static final SpanPass DOCUMENT_PASSES = documentPasses();

  /**
   * The passes after a learned model trained with {@code features}: {@link #DOCUMENT_PASSES}, then a sentence's
   * first word that does what companies do and English never writes in lower case ({@link EnglishCompanySubjects}),
   * a place written before "-based" ({@link PlaceBasedNames}), a nationality alone dropped and two companies
   * joined by "and" split ({@link EnglishNameShapes}), a name mended by the abbreviation defined after it
   * ({@link AbbreviationLongForms}) or by the bracketed part of its registered name ({@link ParenthesizedNameParts}),
   * then one type for each name of the article
   * ({@link OneTypePerName}), then each name wherever the article
   * writes it again ({@link NamedAgain}).
   */
  public static SpanPass documentPasses(NerFeatures features, Gazetteer places) {
    SpanPass subjects = new EnglishCompanySubjects(features, WORDS.words("company-verb"), WORDS.words("person-verb"), STOP, places);
    SpanPass oneType = new OneTypePerName();
    SpanPass again = new NamedAgain();
    SpanPass placeBased = new PlaceBasedNames(places);
    SpanPass shapes = new EnglishNameShapes(DEMONYMS, places);
    SpanPass longForms = new AbbreviationLongForms(CONNECTORS);
    SpanPass parts = new ParenthesizedNameParts(LEGAL_FORMS);
    return (text, spans) -> again.apply(text, oneType.apply(text, parts.apply(text, longForms.apply(text,
        subjects.apply(text, shapes.apply(text, placeBased.apply(text, DOCUMENT_PASSES.apply(text, spans))))))));
  }

  private static SpanPass documentPasses() {
    SpanPass titles = new EnglishTitles(WORDS.words("title"), WORDS.words("honorific"));
    SpanPass companies = new EnglishCompanyContext(WORDS.words("company-verb"), WORDS.words("company-possession"));
    return (text, spans) -> companies.apply(text, titles.apply(text, spans));
  }

  private final Gazetteer places;

  public EnglishEntityTagger(Gazetteer places) {
    this.places = places;
  }

  private static final Pattern FOR_COUNTRY = Pattern.compile("\\G ?\\( ?(\\p{Lu}[\\p{L}.]*(?: \\p{Lu}[\\p{L}.]*){0,2}) ?\\)");

  /**
   * Whether a name is followed by the place it plays for in brackets ("Ann Kerrow ( Norway ) beat …"): a player of an
   * individual sport, not a team.
   */
  private boolean forCountry(String text, int end) {
    Matcher m = FOR_COUNTRY.matcher(text);
    return m.find(end) && places.lookup(m.group(1)).isPresent();
  }

  record Word(String text, int start, int end) {
    boolean capitalized() {
      return Character.isUpperCase(text.codePointAt(0));
    }

    String lower() {
      return text.toLowerCase(Locale.ROOT);
    }
  }

  static List<Word> words(String text) {
    List<Word> words = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String w = m.group();
      int end = m.end();
      // a sentence-final period is not part of the word, unless the word is an abbreviation (Inc., Corp.)
      if (w.length() > 1 && w.endsWith(".") && !ORG_SUFFIXES.containsKey(w.toLowerCase(Locale.ROOT))
          && !TITLES.contains(w.toLowerCase(Locale.ROOT)) && !w.matches("(?:\\p{Lu}\\.)+")) {
        w = w.substring(0, w.length() - 1);
        end--;
        words.add(new Word(w, m.start(), end));
        words.add(new Word(".", end, end + 1));
        continue;
      }
      words.add(new Word(w, m.start(), end));
    }
    return words;
  }

  @Override
  public List<EntitySpan> tag(String text) {
    List<Word> words = words(text);
    boolean[] shouting = shoutingWords(text, words);
    List<EntitySpan> spans = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      Word w = words.get(i);
      if (shouting[i]) {
        // a headline in capitals says nothing by its case: only known places are safe to tag
        i = placeInCapitals(text, words, i, spans);
        continue;
      }
      if (!w.capitalized() || !Character.isLetter(w.text().codePointAt(0))) {
        i++;
        continue;
      }
      int end = i + 1;
      while (end < words.size()) {
        Word next = words.get(end);
        int gapStart = words.get(end - 1).end();
        if (next.start() - gapStart > 1 || text.charAt(gapStart) == '\n') {
          break; // a line break or several spaces: another name
        }
        if (next.lower().endsWith("-based")) {
          break; // "Bergamo-based Atalanta": the place and the name are two things
        }
        if (next.capitalized() && Character.isLetter(next.text().codePointAt(0))) {
          end++;
        } else if (CONNECTORS.contains(next.lower()) && end + 1 < words.size() && words.get(end + 1).capitalized()
            && Character.isLetter(words.get(end + 1).text().codePointAt(0))
            && (!AND.contains(next.lower()) || next.text().equals("&") || endsInOrgSuffix(words, end + 1))
            && (!OF.contains(next.lower()) || OF_HEADS.contains(words.get(end - 1).lower())
                || ORG_SUFFIXES.containsKey(words.get(end - 1).lower()))) {
          // "of" joins only after a word that heads such names (University of Minnesota, Bank of Japan):
          // "John Casesa of Schroder Wertheim" and "Karlsruhe of Germany" are two names each
          // "and" joins two names into one only in an organization's name (Johnson and Johnson Inc.):
          // "Minneapolis and Rochester" are two places; an ampersand always does (Procter & Gamble)
          end += 2;
        } else {
          break;
        }
      }
      // a sentence-initial function word is not part of the name ("The", "In")
      int from = i;
      // a sentence-initial function word, a title or a connector is not part of the name ("The", "CEO of")
      while (from < end && (STOP.contains(words.get(from).lower()) || TITLES.contains(words.get(from).lower())
          || CONNECTORS.contains(words.get(from).lower()) || DEMONYMS.contains(words.get(from).lower()))) {
        from++;
      }
      // a title inside the run ends what came before it: "Education Minister Nagoum Yamassoum"
      for (int k = end - 2; k >= from; k--) {
        if (TITLES.contains(words.get(k).lower()) && !ORG_SUFFIXES.containsKey(words.get(end - 1).lower())) {
          from = k + 1;
          break;
        }
      }
      EntitySpan span = from < end ? classify(text, words, from, end) : null;
      if (span != null) {
        spans.add(span.from("capitalized-run"));
      }
      i = end;
    }
    return EntitySpan.from("repeated-word", propagate(text, words, spans));
  }

  /** A single-word organization named once in the text is that organization everywhere in it. */
  private static List<EntitySpan> propagate(String text, List<Word> words, List<EntitySpan> spans) {
    // names a document has introduced, by the single word that later stands for them:
    // "Pirelli SpA" → Pirelli (organization), "Oliver McCall" → McCall (person)
    Map<String, EntityType> known = new java.util.HashMap<>();
    for (EntitySpan s : spans) {
      String[] parts = s.text().split(" ");
      if (s.type() == EntityType.ORGANIZATION && parts.length == 1) {
        known.putIfAbsent(s.text(), EntityType.ORGANIZATION);
      } else if (s.type() == EntityType.PERSON && parts.length >= 2 && parts[parts.length - 1].length() > 2) {
        known.putIfAbsent(parts[parts.length - 1], EntityType.PERSON);
      } else if (s.type() == EntityType.ORGANIZATION && parts.length >= 2 && ORG_SUFFIXES.containsKey(parts[parts.length - 1]
          .toLowerCase(Locale.ROOT)) && parts[0].length() > 3 && !STOP.contains(parts[0].toLowerCase(Locale.ROOT))) {
        known.putIfAbsent(parts[0], EntityType.ORGANIZATION);
      }
    }
    if (known.isEmpty()) {
      return spans;
    }
    List<EntitySpan> out = new ArrayList<>(spans);
    SpanCover cover = new SpanCover(spans); // the words added do not overlap each other
    for (Word w : words) {
      EntityType type = known.get(w.text());
      if (type != null && !cover.overlaps(w.start(), w.end())) {
        out.add(new EntitySpan(w.start(), w.end(), w.text(), type, null, null, 0.5));
      }
    }
    out.sort(java.util.Comparator.comparingInt(EntitySpan::start));
    return out;
  }

  /** True when the capitalized run from {@code i} ends with an organization suffix (Corp., University …). */
  private static boolean endsInOrgSuffix(List<Word> words, int i) {
    int k = i;
    while (k + 1 < words.size() && words.get(k + 1).capitalized() && words.get(k + 1).start() - words.get(k).end() <= 1) {
      k++;
    }
    return ORG_SUFFIXES.containsKey(words.get(k).lower());
  }

  /** Marks the words of lines written in capitals (headlines, datelines). */
  private static boolean[] shoutingWords(String text, List<Word> words) {
    boolean[] shouting = new boolean[words.size()];
    int lineStart = 0;
    int w = 0;
    for (String line : text.split("\n", -1)) {
      int lineEnd = lineStart + line.length();
      long upper = line.chars().filter(Character::isUpperCase).count();
      long lower = line.chars().filter(Character::isLowerCase).count();
      boolean caps = upper >= 6 && lower * 5 < upper;
      while (w < words.size() && words.get(w).start() < lineEnd + 1) {
        shouting[w] = caps && words.get(w).start() >= lineStart;
        w++;
      }
      lineStart = lineEnd + 1;
    }
    return shouting;
  }

  private int placeInCapitals(String text, List<Word> words, int i, List<EntitySpan> spans) {
    for (int n = 3; n >= 1; n--) {
      if (i + n > words.size()) {
        continue;
      }
      int start = words.get(i).start();
      int end = words.get(i + n - 1).end();
      var place = places.lookup(text.substring(start, end));
      if (place.isPresent() && (n > 1 || words.get(i).text().length() > 2)) {
        spans.add(new EntitySpan(start, end, text.substring(start, end), EntityType.LOCATION, place.get().subtype(),
            place.get().id(), 0.8, "place-in-capitals"));
        return i + n;
      }
    }
    return i + 1;
  }

  private EntitySpan classify(String text, List<Word> words, int from, int to) {
    // trailing connectors never end a name
    while (to > from && CONNECTORS.contains(words.get(to - 1).lower())) {
      to--;
    }
    if (to <= from) {
      return null;
    }
    int start = words.get(from).start();
    int end = words.get(to - 1).end();
    String surface = text.substring(start, end);
    String lastLower = words.get(to - 1).lower();
    String firstLower = words.get(from).lower();
    boolean sentenceStart = from == 0 || words.get(from - 1).text().matches("[.!?\"“:]");
    String suffixType = ORG_SUFFIXES.get(lastLower);
    if (suffixType != null && (to - from >= 2 || lastLower.equals("reuters"))) {
      return new EntitySpan(start, end, surface, EntityType.ORGANIZATION, suffixType, null, 0.8);
    }
    if (surface.contains(" & ")) {
      return new EntitySpan(start, end, surface, EntityType.ORGANIZATION, "COMPANY", null, 0.75); // Marks & Spencer
    }
    if ((firstLower.equals("university") || firstLower.equals("bank") || firstLower.equals("ministry")
        || firstLower.equals("department") || firstLower.equals("institute") || firstLower.equals("college"))
        && to - from >= 3) {
      return new EntitySpan(start, end, surface, EntityType.ORGANIZATION, ORG_SUFFIXES.get(firstLower), null, 0.8);
    }
    if (FACILITY_SUFFIXES.contains(lastLower) && to - from >= 2) {
      return new EntitySpan(start, end, surface, EntityType.FACILITY, null, null, 0.6);
    }
    var place = places.lookup(surface);
    if (place.isEmpty() && to - from == 1 && surface.length() == 2) {
      place = places.stateCode(surface);
    }
    if (place.isPresent()) {
      return new EntitySpan(start, end, surface, EntityType.LOCATION, place.get().subtype(), place.get().id(), 0.9);
    }
    boolean titled = from > 0 && TITLES.contains(words.get(from - 1).lower());
    boolean said = to + 1 < words.size() && (words.get(to).lower().equals("said") || words.get(to).lower().equals("says"))
        || to + 2 < words.size() && words.get(to).text().equals(",") && TITLES.contains(words.get(to + 1).lower());
    boolean allCaps = surface.chars().noneMatch(Character::isLowerCase);
    if (allCaps && to - from == 1 && surface.length() >= 2 && surface.length() <= 6) {
      return new EntitySpan(start, end, surface, EntityType.ORGANIZATION, null, null, 0.5);
    }
    if (to - from == 1 && !allCaps) {
      String before = from > 0 ? words.get(from - 1).lower() : "";
      String after = words.size() > to + 2 ? text.substring(end, Math.min(text.length(), end + 20)) : "";
      boolean orgContext = after.startsWith(", based in") || after.startsWith(", headquartered in")
          || after.startsWith("-based") || after.startsWith(" Inc") || (from >= 2 && TITLES.contains(words.get(from - 2).lower())
          && (before.equals("of") || before.equals("at")));
      if (orgContext) {
        return new EntitySpan(start, end, surface, EntityType.ORGANIZATION, null, null, 0.6);
      }
    }
    if (titled || said) {
      if (to - from <= 4) {
        return new EntitySpan(start, end, surface, EntityType.PERSON, null, null, titled ? 0.8 : 0.65);
      }
    }
    boolean orgHint = false;
    for (int k = from; k < to; k++) {
      orgHint |= ORG_HINTS.contains(words.get(k).lower());
    }
    if (orgHint && to - from >= 2) {
      return new EntitySpan(start, end, surface, EntityType.ORGANIZATION, null, null, 0.5);
    }
    String before = from > 0 ? words.get(from - 1).lower() : "";
    String after = to < words.size() ? words.get(to).lower() : "";
    boolean score = after.matches("\\d+") || before.matches("\\d+") && from >= 2;
    if (!allCaps && (SPORT_VERBS.contains(after) || SPORT_VERBS.contains(before) || score && to - from == 1)
        && place.isEmpty() && !forCountry(text, end)) {
      return new EntitySpan(start, end, surface, EntityType.ORGANIZATION, "TEAM", null, 0.45); // "Kent beat Essex", "Essex 372"
    }
    if (!allCaps && !orgHint && (before.equals("in") || before.equals("near") || before.equals("outside"))
        && to - from <= 2 && !titled) {
      return new EntitySpan(start, end, surface, EntityType.LOCATION, null, null, 0.45); // "in Arbil": a place
    }
    if (to - from >= 2 && to - from <= 3 && !allCaps && personLike(words, from, to) && !namesAPlace(words, from, to)) {
      return new EntitySpan(start, end, surface, EntityType.PERSON, null, null, 0.5);
    }
    if (to - from >= 2 && !allCaps) {
      return new EntitySpan(start, end, surface, EntityType.ORGANIZATION, null, null, 0.4);
    }
    return null;
  }

  /** A name with a known place in it (Manchester United, Dynamo Moscow) is a team or a company, not a person. */
  private boolean namesAPlace(List<Word> words, int from, int to) {
    for (int k = from; k < to; k++) {
      if (places.lookup(words.get(k).text()).isPresent()) {
        return true;
      }
    }
    return false;
  }

  private static boolean personLike(List<Word> words, int from, int to) {
    for (int k = from; k < to; k++) {
      String w = words.get(k).text();
      if (CONNECTORS.contains(w.toLowerCase(Locale.ROOT)) || w.length() < 2 && !w.endsWith(".")) {
        return false;
      }
    }
    return true;
  }
}
