package io.ecotrack.extract.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The features of each token that OpenNLP's own generators do not compute, passed to the name finder as its
 * additional context: what the hand rules found there (the rules' span type and subtype, and whether the
 * place gazetteer named it), on the token and its neighbours; the part of speech kuromoji gives, on the
 * token and its neighbours; the character classes of the token; and its first and last characters. The
 * rules are features, not the answer: the model learns where to trust them.
 */
public final class NerFeatures {
  private final Set<String> lowercaseWords;
  private final WordClusters clusters;

  /**
   * Features with {@code lowercaseWords}, the words the training text writes in lower case (empty for a language
   * without case): a capitalized word never seen in lower case is most likely a name, at the start of a sentence too
   * ("Medtronic announced …"), where its capital says nothing.
   */
  public NerFeatures(Set<String> lowercaseWords) {
    this(lowercaseWords, WordClusters.NONE);
  }

  /**
   * Features with {@code lowercaseWords} and the word classes {@code clusters} learned from unlabelled news: the
   * class of each token, so a name never seen in training is read by the words it is like.
   */
  public NerFeatures(Set<String> lowercaseWords, WordClusters clusters) {
    this.lowercaseWords = Set.copyOf(lowercaseWords);
    this.clusters = clusters;
  }

  /** The word classes these features use ({@link WordClusters#NONE} when none). */
  public WordClusters clusters() {
    return clusters;
  }

  /** True when these features know a lower-case vocabulary. */
  public boolean hasVocabulary() {
    return !lowercaseWords.isEmpty();
  }

  /** True when the training text writes {@code word} (in lower case) in lower case. */
  public boolean writtenInLowercase(String word) {
    return lowercaseWords.contains(word);
  }

  /** Features without a lower-case vocabulary. */
  public static final NerFeatures NO_VOCABULARY = new NerFeatures(Set.of());

  /** The words of {@code sentences} written wholly in lower-case letters: the vocabulary of {@link #NerFeatures(Set)}. */
  public static Set<String> lowercaseWords(List<List<NerToken>> sentences) {
    Set<String> out = new TreeSet<>();
    for (List<NerToken> sentence : sentences) {
      for (NerToken t : sentence) {
        String w = t.text();
        if (!w.isEmpty() && w.chars().allMatch(Character::isLowerCase)) {
          out.add(w);
        }
      }
    }
    return out;
  }

  /** Features of each token of {@code sentence}, given the spans the rules found in the document. */
  public String[][] of(List<NerToken> sentence, SpanCover rules) {
    int n = sentence.size();
    String[] ruleLabel = new String[n];
    String[] ruleSub = new String[n];
    for (int i = 0; i < n; i++) {
      EntitySpan s = rules.at(sentence.get(i).start(), sentence.get(i).end());
      if (s == null) {
        ruleLabel[i] = "O";
        ruleSub[i] = "-";
      } else {
        boolean begins = s.start() >= sentence.get(i).start() || i == 0 || sentence.get(i - 1).end() <= s.start();
        ruleLabel[i] = (begins ? "B-" : "I-") + s.type() + (s.placeId() != null ? "-gaz" : "");
        ruleSub[i] = s.subtype() == null ? "-" : s.subtype();
      }
    }
    String[] classes = new String[n];
    for (int i = 0; i < n; i++) {
      classes[i] = charClasses(sentence.get(i).text());
    }
    String[][] out = new String[n][];
    for (int i = 0; i < n; i++) {
      NerToken t = sentence.get(i);
      List<String> f = new ArrayList<>(16);
      f.add("r=" + ruleLabel[i]);
      f.add("rs=" + ruleSub[i]);
      f.add("r-1=" + (i > 0 ? ruleLabel[i - 1] : "BOS"));
      f.add("r+1=" + (i + 1 < n ? ruleLabel[i + 1] : "EOS"));
      f.add("r,w=" + ruleLabel[i] + "," + t.text().toLowerCase(Locale.ROOT));
      f.add("cc=" + classes[i]);
      f.add("cc-1=" + (i > 0 ? classes[i - 1] : "BOS"));
      f.add("cc+1=" + (i + 1 < n ? classes[i + 1] : "EOS"));
      String lower = t.text().toLowerCase(Locale.ROOT);
      f.add("suf=" + lower.substring(Math.max(0, lower.length() - 2)));
      f.add("pre=" + lower.substring(0, Math.min(2, lower.length())));
      if (!lowercaseWords.isEmpty() && Character.isUpperCase(t.text().codePointAt(0))) {
        boolean seen = lowercaseWords.contains(lower);
        f.add("lc=" + seen);
        f.add("lc,first=" + seen + "," + (i == 0));
      }
      if (!clusters.isEmpty()) {
        clusters.features("cl", t.text(), f);
      }
      if (t.pos() != null) {
        f.add("p=" + t.pos());
        f.add("p1=" + coarse(t.pos()));
        f.add("p-1=" + (i > 0 ? coarse(sentence.get(i - 1).pos()) : "BOS"));
        f.add("p+1=" + (i + 1 < n ? coarse(sentence.get(i + 1).pos()) : "EOS"));
        f.add("p+1,w=" + (i + 1 < n ? sentence.get(i + 1).text() : "EOS"));
        f.add("p-1,w=" + (i > 0 ? sentence.get(i - 1).text() : "BOS"));
        f.add("p,r=" + coarse(t.pos()) + "," + ruleLabel[i]);
      }
      out[i] = f.toArray(String[]::new);
    }
    return out;
  }

  /** The first two levels of an IPADIC part of speech (名詞-固有名詞). */
  private static String coarse(String pos) {
    if (pos == null) {
      return "-";
    }
    int first = pos.indexOf('-');
    int second = first < 0 ? -1 : pos.indexOf('-', first + 1);
    return second < 0 ? pos : pos.substring(0, second);
  }

  /** The runs of character classes of a token: K kanji, k katakana, h hiragana, A upper, a lower, 9 digit, . other. */
  static String charClasses(String s) {
    StringBuilder out = new StringBuilder(4);
    char prev = 0;
    for (int i = 0; i < s.length() && out.length() < 4; i++) {
      char c = s.charAt(i);
      Character.UnicodeScript script = Character.UnicodeScript.of(c);
      char k = script == Character.UnicodeScript.HAN ? 'K' : script == Character.UnicodeScript.KATAKANA ? 'k'
          : script == Character.UnicodeScript.HIRAGANA ? 'h' : Character.isUpperCase(c) ? 'A'
          : Character.isLowerCase(c) ? 'a' : Character.isDigit(c) ? '9' : '.';
      if (k != prev) {
        out.append(k);
        prev = k;
      }
    }
    return out.toString();
  }
}
