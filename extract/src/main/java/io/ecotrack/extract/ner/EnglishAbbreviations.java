package io.ecotrack.extract.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Words written with a dot that is part of the word (Mr. Smith, Gen. Motors, Acme Corp. said), loaded from
 * {@code en-abbreviations.txt}, one per line: CoNLL-2003 writes each with its dot as one token, and so must the
 * tokenizer, or "Mr." would end a sentence before the name it titles.
 */
public final class EnglishAbbreviations {
  private EnglishAbbreviations() {}

  /** The words, without their dots, each quoted for a regular expression. */
  public static List<String> words() {
    try (InputStream in = EnglishAbbreviations.class.getResourceAsStream("en-abbreviations.txt")) {
      if (in == null) {
        throw new IllegalStateException("missing resource en-abbreviations.txt");
      }
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
          .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .map(l -> {
            if (!l.matches("\\p{L}+")) {
              throw new IllegalStateException("en-abbreviations.txt: '" + l + "' is not a word of letters (no dot)");
            }
            return Pattern.quote(l);
          }).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
