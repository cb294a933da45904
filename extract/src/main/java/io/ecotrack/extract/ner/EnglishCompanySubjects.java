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
 * itself, so the tagger often leaves such a word out.
 */
final class EnglishCompanySubjects implements SpanPass {
  static final String PASS = "company-subject";

  private static final Pattern SUBJECT = Pattern.compile("(?:^|(?<=[.!?]\\s)|(?<=\\n))(\\p{Lu}[\\p{L}]{2,}) (\\p{Ll}+)");

  private final NerFeatures vocabulary;
  private final Set<String> verbs;
  private final Set<String> stopWords;
  private final Gazetteer places;

  EnglishCompanySubjects(NerFeatures vocabulary, Set<String> verbs, Set<String> stopWords, Gazetteer places) {
    this.vocabulary = vocabulary;
    this.verbs = verbs;
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
    while (m.find()) {
      String word = m.group(1);
      String lower = word.toLowerCase(Locale.ROOT);
      if (!verbs.contains(m.group(2)) || cover.overlaps(m.start(1), m.end(1)) || vocabulary.writtenInLowercase(lower)
          || stopWords.contains(lower) || places.lookup(word).isPresent() || namesAPerson(spans, word)) {
        continue;
      }
      added.add(new EntitySpan(m.start(1), m.end(1), word, EntityType.ORGANIZATION, null, null, 0.6, PASS));
    }
    return EntitySpan.withAdded(spans, added);
  }

  private static boolean namesAPerson(List<EntitySpan> spans, String word) {
    for (EntitySpan s : spans) {
      if (s.type() == EntityType.PERSON && (s.text().equals(word) || s.text().endsWith(" " + word))) {
        return true;
      }
    }
    return false;
  }
}
