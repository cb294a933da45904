package io.ecotrack.extract.ner;

import io.ecotrack.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pass {@code company-subject}: "Medtronic announced …". A single capitalized word that starts a sentence, that
 * English never writes in lower case (it is not in the training text's lower-case vocabulary), and that does what
 * companies do (the {@code company-verb} rows of {@code en-name-words.tsv}) is a company, unless the text names a
 * person by it (Smith after John Smith) or it is a known place. A capital at the start of a sentence says nothing by
 * itself, so the tagger often leaves such a word out. Words English also writes in lower case ("Best Buy announced
 * …") are a company only when the sentence says so itself ("…, the company said").
 */
final class EnglishCompanySubjects implements SpanPass {
  static final String PASS = "company-subject";

  private static final Pattern SUBJECT = Pattern.compile("(?:^|(?<=[.!?]\\s)|(?<=\\n))(\\p{Lu}[\\p{L}]{2,}) (\\p{Ll}+)");
  /** Two or three capitalized words opening a sentence, then a lower-case word. */
  private static final Pattern SUBJECT_WORDS =
      Pattern.compile("(?:^|(?<=[.!?]\\s)|(?<=\\n))(\\p{Lu}[\\p{L}&'\\-]*(?: \\p{Lu}[\\p{L}&'\\-]*){1,2}) (\\p{Ll}+)");

  private final NerFeatures vocabulary;
  private final Set<String> verbs;
  private final Set<String> personVerbs;
  private final Set<String> stopWords;
  private final Gazetteer places;

  /**
   * With the {@code verbs} companies do, and among them the {@code personVerbs} people do as often (said, will): a
   * word the model read as a person is a company only before one of the others.
   */
  EnglishCompanySubjects(NerFeatures vocabulary, Set<String> verbs, Set<String> personVerbs, Set<String> stopWords,
      Gazetteer places) {
    this.vocabulary = vocabulary;
    this.verbs = verbs;
    this.personVerbs = personVerbs;
    this.stopWords = stopWords;
    this.places = places;
  }

  @Override
  public List<EntitySpan> apply(String text, List<EntitySpan> spans) {
    if (!vocabulary.hasVocabulary()) {
      return spans;
    }
    SpanCover cover = new SpanCover(spans);
    List<EntitySpan> added = new ArrayList<>();
    Matcher m = SUBJECT.matcher(text);
    List<EntitySpan> replaced = new ArrayList<>();
    while (m.find()) {
      String word = m.group(1);
      String lower = word.toLowerCase(Locale.ROOT);
      // the model may have read the word as a person of one name ("Zorvatek announced …"): a person is named in full first
      EntitySpan person = personVerbs.contains(m.group(2)) ? null : personOfOneWord(spans, cover, m.start(1), m.end(1));
      if (!verbs.contains(m.group(2)) || person == null && cover.overlaps(m.start(1), m.end(1)) || stopWords.contains(lower)
          || places.lookup(word).isPresent() || namesAPerson(spans, word, person)
          || vocabulary.writtenInLowercase(lower) && !EnglishCompanyContext.attributedToCompany(text, m.start(1), m.end(1))) {
        continue;
      }
      added.add(new EntitySpan(m.start(1), m.end(1), word, EntityType.ORGANIZATION, null, null, 0.6, PASS));
      if (person != null) {
        replaced.add(person);
      }
    }
    Matcher w = SUBJECT_WORDS.matcher(text);
    while (w.find()) {
      String name = w.group(1);
      String first = name.substring(0, name.indexOf(' ')).toLowerCase(Locale.ROOT);
      List<EntitySpan> inside = organizationsInside(spans, w.start(1), w.end(1));
      if (verbs.contains(w.group(2)) && inside != null && !stopWords.contains(first)
          && places.lookup(name).isEmpty() && EnglishCompanyContext.attributedToCompany(text, w.start(1), w.end(1))) {
        added.add(new EntitySpan(w.start(1), w.end(1), name, EntityType.ORGANIZATION, null, null, 0.6, PASS));
        replaced.addAll(inside); // the model's "Best" of "Best Buy"
      }
    }
    if (replaced.isEmpty()) {
      return EntitySpan.withAdded(spans, added);
    }
    List<EntitySpan> kept = new ArrayList<>(spans);
    kept.removeAll(replaced);
    return EntitySpan.withAdded(kept, added);
  }

  /**
   * The spans within [start, end), when all are organizations shorter than it and none crosses its ends; null when
   * another name lies there.
   */
  private static List<EntitySpan> organizationsInside(List<EntitySpan> spans, int start, int end) {
    List<EntitySpan> inside = EntitySpan.within(spans, start, end);
    return inside != null && inside.stream().allMatch(s -> s.type() == EntityType.ORGANIZATION && s.length() < end - start)
        ? inside : null;
  }

  /** The span at exactly [start, end) when it is a person, else null. */
  private static EntitySpan personOfOneWord(List<EntitySpan> spans, SpanCover cover, int start, int end) {
    EntitySpan s = cover.at(start, end);
    return s != null && s.start() == start && s.end() == end && s.type() == EntityType.PERSON ? s : null;
  }

  /** Whether a person's full name in the text ends with {@code word} (Smith after John Smith). */
  private static boolean namesAPerson(List<EntitySpan> spans, String word, EntitySpan self) {
    for (EntitySpan s : spans) {
      if (s != self && s.type() == EntityType.PERSON && s.text().endsWith(" " + word)) {
        return true;
      }
    }
    return false;
  }
}
