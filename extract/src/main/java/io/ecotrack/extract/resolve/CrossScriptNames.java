package io.ecotrack.extract.resolve;

import com.ibm.icu.text.Transliterator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A key under which a katakana name and a Latin one that sound alike meet: ジェネレーター and generator,
 * イグザクト and Exact, ファイザー and Pfizer, ハーバード大学 and Harvard University. The katakana is romanized with
 * ICU4J's Katakana-Latin transliterator; both romanizations are then reduced to their consonants, in classes that
 * absorb what Japanese cannot write (l and r, b and v, voiced and unvoiced stops, th and s), dropping the vowels
 * Japanese adds between consonants and the r that English does not sound before a consonant or at a word's end.
 * Kanji words of a Japanese name (大学, 工科大学) must appear as their English words in the Latin name
 * ({@code cross-script-words.tsv}). A name gets no key when the key would be too short to tell names apart
 * (fewer than {@value #MIN_CONSONANTS} consonants; one less beside kanji words or in a name of
 * {@value #LONG_NAME} letters or more) or when it holds kanji the table does not list.
 */
public final class CrossScriptNames {
  /** The fewest consonant classes a key has: shorter names must match by their exact spelling, not by sound. */
  static final int MIN_CONSONANTS = 3;

  private static final Transliterator KATAKANA_LATIN = Transliterator.getInstance("Katakana-Latin");
  private static final Map<String, List<String>> KANJI_WORDS = loadKanjiWords();
  private static final List<String> FILLERS = List.of("of", "the");
  /** Legal forms a Latin name may carry that its katakana name leaves out (Google Inc, Siemens AG). */
  private static final List<String> LEGAL_FORMS = List.of("inc", "corp", "corporation", "co", "ltd", "llc", "plc", "ag",
      "sa", "nv", "gmbh", "lp", "company", "limited");

  private CrossScriptNames() {}

  /**
   * The sound key of {@code name}, Japanese or Latin, prefixed by {@code kind} (the entity type's id prefix) so that
   * only names of one type meet; empty when the name gets none.
   */
  public static Optional<String> key(String name, String kind) {
    String n = Normalizer.normalize(name, Normalizer.Form.NFKC).strip();
    if (n.isEmpty()) {
      return Optional.empty();
    }
    String key = hasKanaOrKanji(n) ? japanese(n) : latin(n);
    // with English words of kanji beside it (ハーバード大学), or in a long name (ファイザー), fewer sounds tell it apart
    if (key == null || consonants(key) < (key.startsWith("|") && letters(n) < LONG_NAME ? MIN_CONSONANTS : MIN_CONSONANTS - 1)) {
      return Optional.empty();
    }
    return Optional.of(kind + ":" + key);
  }

  private static String japanese(String name) {
    List<String> english = new ArrayList<>();
    StringBuilder kana = new StringBuilder();
    int i = 0;
    outer:
    while (i < name.length()) {
      char c = name.charAt(i);
      if (isKatakana(c) || c == 'ー') {
        kana.append(c);
        i++;
        continue;
      }
      if (c == '・' || c == '･' || c == ' ' || c == '　' || c == '=' || c == '＝') {
        kana.append(' ');
        i++;
        continue;
      }
      for (Map.Entry<String, List<String>> w : KANJI_WORDS.entrySet()) {
        if (name.startsWith(w.getKey(), i)) {
          english.addAll(w.getValue());
          kana.append(' ');
          i += w.getKey().length();
          continue outer;
        }
      }
      return null; // kanji or letters the table does not know: no sound to compare
    }
    String romanized = KATAKANA_LATIN.transliterate(kana.toString());
    List<String> words = english.stream().sorted().toList();
    return String.join(" ", words) + "|" + consonantKey(romanized, false);
  }

  private static String latin(String name) {
    String n = name.toLowerCase(Locale.ROOT).replace("&", " and ").replaceAll("[–—\\-,.'’]", " ");
    if (!n.chars().allMatch(ch -> ch < 0x250 || Character.isWhitespace(ch))) {
      return null;
    }
    List<String> words = new ArrayList<>(List.of(n.split("\\s+")));
    words.removeIf(String::isEmpty);
    if (words.size() > 1) {
      words.removeAll(LEGAL_FORMS);
    }
    List<String> english = new ArrayList<>();
    // the English words of kanji words the Japanese name may hold, in the order of the table
    for (List<String> meaning : KANJI_WORDS.values()) {
      if (!meaning.isEmpty() && words.containsAll(meaning) && english.stream().noneMatch(meaning::contains)) {
        english.addAll(meaning);
      }
    }
    if (!english.isEmpty()) {
      words.removeAll(english);
      words.removeAll(FILLERS);
    }
    return english.stream().sorted().reduce((a, b) -> a + " " + b).orElse("") + "|" + consonantKey(String.join(" ", words), true);
  }

  /**
   * The consonant classes of a romanized name, word by word, joined without spaces; {@code english} for a name
   * spelled in English rather than romanized from katakana (its soft g and c sound as j and s).
   */
  static String consonantKey(String romanized, boolean english) {
    String s = Normalizer.normalize(romanized.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    StringBuilder out = new StringBuilder();
    for (String word : s.split("[^a-z]+")) {
      // English spelling: soft g and c; a final -tes or -ts is one sound, as ツ writes it (Gates ゲイツ, Roberts ロバーツ; a doubled tt stays, as ッツ writes it: Massachusetts)
      out.append(wordKey(english ? word.replace("dge", "j").replaceAll("g(?=[ei])", "j").replaceAll("c(?=[eiy])", "s")
          .replaceAll("(?<!t)te?s$", "ts") : word));
    }
    return out.toString();
  }

  /**
   * The looser key under which a name is also learned: the key without its r and l sounds, which English and
   * Japanese write least alike (Morgan モルガン, Merkel メルケル, Ford フォード). Empty when too little is left.
   */
  public static Optional<String> looseKey(String key) {
    int bar = key.indexOf('|');
    String sound = key.substring(bar + 1).replace("R", "");
    return sound.length() >= MIN_CONSONANTS ? Optional.of(key.substring(0, bar + 1) + "~" + sound) : Optional.empty();
  }

  private static String wordKey(String w) {
    if (w.isEmpty()) {
      return "";
    }
    w = w.replaceAll("^pf", "f").replaceAll("^kn", "n").replaceAll("^wr", "r").replaceAll("^ps", "s")
        .replace("tch", "ch").replace("ck", "k").replace("ph", "f").replace("gh", "")
        .replace("th", "s").replace("sh", "s").replace("ch", "s").replace("ts", "s").replace("dz", "z")
        .replace("x", "ks").replace("qu", "k")
        // an English r after a vowel and before a consonant or the word's end is not sounded (Pfizer, Ford)
        .replaceAll("(?<=[aeiou])r(?=[^aeiou]|$)", "");
    // a doubled letter (Buffett, ッ in バフェット) is one sound; two letters of one class are two (Medtronic, メドトロ)
    StringBuilder out = new StringBuilder();
    char last = 0;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      char k = consonantClass(c);
      if (k != 0 && c != last) {
        out.append(k);
      }
      last = k == 0 ? (isVowel(c) ? 0 : last) : c;
    }
    return out.toString();
  }

  private static char consonantClass(char c) {
    return switch (c) {
      case 'b', 'p', 'v' -> 'B';
      case 'c', 'k', 'q', 'g' -> 'K';
      case 'd', 't' -> 'T';
      case 'f' -> 'F';
      case 'l', 'r' -> 'R';
      case 'm', 'n' -> 'N';
      case 's', 'z', 'j' -> 'S';
      default -> 0; // vowels, h, w and y: Japanese writes them as vowels or not at all
    };
  }

  private static boolean isVowel(char c) {
    return "aeiouy".indexOf(c) >= 0;
  }

  /** A name of this many letters or more needs one consonant less for a key. */
  static final int LONG_NAME = 5;

  private static int letters(String name) {
    return (int) name.chars().filter(Character::isLetter).count();
  }

  private static int consonants(String key) {
    return key.length() - key.indexOf('|') - 1;
  }

  private static boolean hasKanaOrKanji(String s) {
    return s.chars().anyMatch(c -> isKatakana((char) c) || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
  }

  private static boolean isKatakana(char c) {
    return c >= 'ァ' && c <= 'ヺ';
  }

  private static Map<String, List<String>> loadKanjiWords() {
    Map<String, List<String>> out = new LinkedHashMap<>();
    try (InputStream in = CrossScriptNames.class.getResourceAsStream("cross-script-words.tsv");
         BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      int n = 0;
      for (String line; (line = r.readLine()) != null; ) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t");
        if (cols.length != 2 || out.containsKey(cols[0])) {
          throw new IllegalStateException("cross-script-words.tsv:" + n + ": want kanji <TAB> English words, each kanji once");
        }
        out.put(cols[0], cols[1].equals("-") ? List.of() : List.of(cols[1].split(" ")));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read cross-script-words.tsv", e);
    }
    return out;
  }
}
