package io.ecotrack.extract.ner;

import io.ecotrack.model.EntityType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Passes on the shape of an English name the model gave. {@code nationality-word}: a nationality alone
 * ("Swedish", "French": the {@code demonym} rows of {@code en-name-words.tsv}) names no organization, person or place.
 * {@code two-companies}: "Hutchison Whampoa Ltd and Hongkong Electric Holdings Ltd" is two companies, each closed by its
 * legal form, that a tagger read as one. {@code possessive}: the 's after a name is no part of it ("South Africa's
 * leading bank" names South Africa). {@code company-of-place}: "Kestrel Motor Corp of South Korea" is a company,
 * closed by its legal form, and the country it is of.
 */
final class EnglishNameShapes implements SpanPass {
  static final String NATIONALITY = "nationality-word";
  static final String TWO_COMPANIES = "two-companies";
  static final String POSSESSIVE = "possessive";
  static final String COMPANY_OF_PLACE = "company-of-place";

  /** A stock ticker: capitals, perhaps an exchange suffix (MDT, AGA.ST, BRRS.O), written inside <> or (). */
  private static final Pattern TICKER = Pattern.compile("\\p{Lu}{1,5}(?:\\.\\p{Lu}{1,2})?");

  /** Legal forms that name no company on their own (a tagger's "Ltd" or "Inc" cut off its name). */
  private static final Set<String> LEGAL_FORMS = Set.of("inc", "inc.", "corp", "corp.", "co", "co.", "ltd", "ltd.", "plc", "llc",
      "ag", "sa", "nv", "ab", "lp", "gmbh", "spa");

  /** The legal forms as company names write them, without a closing dot. */
  private static final String LEGAL_FORMS_WRITTEN = "Inc|Corp|Co|Ltd|Plc|PLC|LLC|AG|SA|NV|AB|SpA|GmbH";

  /**
   * The legal forms (and Group, Holdings) that close an English company's name, as a regex alternation written as the
   * names write them: {@link OneTypePerName} reads a name closed by one as a company's, this pass splits two.
   */
  static final String CLOSING_FORMS = LEGAL_FORMS_WRITTEN + "|Holdings|Group";

  private static final Pattern LEGAL_FORM_AND = Pattern.compile(" (?:" + CLOSING_FORMS + ")\\.?(?= and \\p{Lu})");

  /** A legal form, then "of" and the rest of the name: the rest is the company's place when the gazetteer knows it. */
  private static final Pattern LEGAL_FORM_OF = Pattern.compile(
      " (?:" + LEGAL_FORMS_WRITTEN + "|S\\.A|N\\.V)\\.? of (\\p{Lu}.*)$");

  private final Set<String> demonyms;
  private final Gazetteer places;

  EnglishNameShapes(Set<String> demonyms, Gazetteer places) {
    this.demonyms = demonyms;
    this.places = places;
  }

  @Override
  public List<EntitySpan> apply(String text, List<EntitySpan> spans) {
    List<EntitySpan> out = null;
    for (int k = 0; k < spans.size(); k++) {
      EntitySpan s = spans.get(k);
      if (!s.text().contains(" ") && (demonyms.contains(s.text().toLowerCase(Locale.ROOT))
          || LEGAL_FORMS.contains(s.text().toLowerCase(Locale.ROOT)) || ticker(text, s))) {
        out = copy(out, spans);
        out.set(k, null);
        continue;
      }
      if (s.text().length() > 3 && (s.text().endsWith("'s") || s.text().endsWith("’s"))) {
        out = copy(out, spans);
        String name = s.text().substring(0, s.text().length() - 2);
        s = new EntitySpan(s.start(), s.end() - 2, name, s.type(), s.subtype(), s.placeId(), s.confidence(), POSSESSIVE);
        out.set(k, s);
      }
      Matcher of = s.type() == EntityType.ORGANIZATION ? LEGAL_FORM_OF.matcher(s.text()) : null;
      var place = of != null && of.find() ? places.lookup(of.group(1)) : Optional.<Gazetteer.Place>empty();
      if (place.isPresent()) {
        int at = s.start() + of.start(1);
        int cut = at - " of ".length();
        out = copy(out, spans);
        out.set(k, new EntitySpan(s.start(), cut, text.substring(s.start(), cut), s.type(), s.subtype(), null, s.confidence(),
            COMPANY_OF_PLACE));
        out.add(new EntitySpan(at, s.end(), text.substring(at, s.end()), EntityType.LOCATION, place.get().subtype(),
            place.get().id(), s.confidence(), COMPANY_OF_PLACE));
        continue;
      }
      Matcher m = s.type() == EntityType.ORGANIZATION ? LEGAL_FORM_AND.matcher(s.text()) : null;
      if (m != null && m.find()) {
        int cut = s.start() + m.end();
        int second = cut + " and ".length();
        out = copy(out, spans);
        out.set(k, new EntitySpan(s.start(), cut, text.substring(s.start(), cut), s.type(), s.subtype(), null, s.confidence(),
            TWO_COMPANIES));
        out.add(new EntitySpan(second, s.end(), text.substring(second, s.end()), s.type(), s.subtype(), null, s.confidence(),
            TWO_COMPANIES));
      }
    }
    if (out == null) {
      return spans;
    }
    out.removeIf(x -> x == null);
    out.sort(Comparator.comparingInt(EntitySpan::start));
    return out;
  }

  private static boolean ticker(String text, EntitySpan s) {
    if (s.start() == 0 || s.end() >= text.length() || !TICKER.matcher(s.text()).matches()) {
      return false;
    }
    char before = text.charAt(s.start() - 1);
    char after = text.charAt(s.end());
    return before == '<' && after == '>' || before == '(' && after == ')' && s.text().contains(".");
  }

  private static List<EntitySpan> copy(List<EntitySpan> out, List<EntitySpan> spans) {
    return out != null ? out : new ArrayList<>(spans);
  }
}
