package io.ecotrack.extract.ner;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Acronyms of organizations' names: UW–Madison for University of Wisconsin–Madison, MIT for Massachusetts Institute of
 * Technology. The letters are the initials of the name's words, small words (of, the, and, for, at) left out; what
 * follows a dash must end both.
 */
public final class Acronyms {
  /** An acronym, alone or before a dash and the rest of a name: MIT, UW–Madison. */
  private static final Pattern ACRONYM = Pattern.compile("(\\p{Lu}{2,6})(?:[–-](\\S.*))?");

  /** Two capitals or more, then a small letter in the same word: an acronym leads the word (UW–Madison, IBMers). */
  private static final Pattern LEADING = Pattern.compile("\\p{Lu}{2,}\\S*\\p{Ll}");

  private static final Set<String> SKIPS = Set.of("of", "the", "and", "for", "at", "&");

  private Acronyms() {}

  /** True when {@code s} is written as an acronym (alone, or before a dash and a word). */
  public static boolean isAcronym(String s) {
    return ACRONYM.matcher(s).matches();
  }

  /** True when the first word of {@code s} starts with an acronym and goes on in small letters (UW–Madison). */
  public static boolean leadsWord(String s) {
    return LEADING.matcher(s).lookingAt();
  }

  /** True when {@code acronym} is the acronym of {@code name}. */
  public static boolean spells(String acronym, String name) {
    Matcher m = ACRONYM.matcher(acronym);
    if (!m.matches() || name.equals(acronym)) {
      return false;
    }
    String rest = m.group(2);
    String head = name;
    if (rest != null) {
      if (!name.endsWith(rest) || name.length() == rest.length()) {
        return false;
      }
      head = name.substring(0, name.length() - rest.length()).replaceAll("[–-]$", "");
    }
    StringBuilder initials = new StringBuilder();
    for (String w : head.split("[\\s–-]+")) {
      if (!w.isEmpty() && !SKIPS.contains(w.toLowerCase(Locale.ROOT))) {
        initials.append(w.charAt(0));
      }
    }
    return initials.length() >= 2 && initials.toString().equals(m.group(1));
  }
}
