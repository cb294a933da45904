package io.ecotrack.extract.ner;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The English form of a name written in parentheses right after it, as Japanese reports introduce foreign
 * organizations: メイヨー・クリニック(Mayo Clinic), プロメガ（Promega）. A note the writer adds in the same
 * parentheses after a Japanese comma (メイヨー・クリニック（Mayo Clinic、注1）, …（Promega、本社：マディソン）) is not
 * part of the English form. The tagger reads the two as one name; the resolver keys the entity by the English form.
 */
public final class EnglishGloss {
  private static final Pattern GLOSS = Pattern.compile(
      "\\s?[(（]([A-Za-z][A-Za-z0-9 .,&'’–-]{1,80}?)\\s*(?:[、，]\\s*[^()（）\\n]{1,40})?[)）]");

  private EnglishGloss() {}

  /** The gloss written at {@code at}, matched (group 1 is the English form), or null when there is none. */
  public static Matcher at(String text, int at) {
    if (at >= text.length() || " \t\n\u000B\f\r(（".indexOf(text.charAt(at)) < 0) {
      return null; // a gloss can only start with white space or a parenthesis
    }
    Matcher g = GLOSS.matcher(text).region(at, text.length());
    return g.lookingAt() ? g : null;
  }
}
