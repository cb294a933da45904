package io.ecotrack.extract.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Known places in English and Japanese (countries, US states and cities, Japanese prefectures and cities,
 * named regions), loaded from {@code places.tsv} with its sources noted in the file. Places only: organizations
 * and people are found by rules, so ecotrack works on clusters nobody listed in advance.
 */
public final class Gazetteer {
  /** A known place. {@code names} holds every English and Japanese name, the English one first. */
  public record Place(String id, String subtype, String name, List<String> names) {}

  private static final Gazetteer DEFAULT = load();

  private final Map<String, Place> byName;
  private final Map<String, Place> byId = new HashMap<>();
  private final int longestName;

  private Gazetteer(Map<String, Place> byName) {
    this.byName = byName;
    byName.values().forEach(p -> byId.putIfAbsent(p.id(), p));
    this.longestName = byName.keySet().stream().mapToInt(String::length).max().orElse(0);
  }

  public static Gazetteer places() {
    return DEFAULT;
  }

  /** The place named exactly {@code name} (after NFKC; case-insensitive for Latin letters), if known. */
  public Optional<Place> lookup(String name) {
    return Optional.ofNullable(byName.get(key(name)));
  }

  /** The place with canonical id {@code id}, if known. */
  public Optional<Place> byId(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** The longest name this gazetteer knows, in characters. */
  public int longestName() {
    return longestName;
  }

  static String key(String name) {
    // ニュー・デリー and ニューデリー are one name: middle dots do not count
    return Nfkc.of(name).trim().toLowerCase(Locale.ROOT).replace("・", "").replace("･", "");
  }

  private static Gazetteer load() {
    Map<String, Place> byName = new HashMap<>();
    try (InputStream in = Gazetteer.class.getResourceAsStream("places.tsv");
         BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line; (line = reader.readLine()) != null; ) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t");
        List<String> names = new ArrayList<>(List.of(cols[2].split("\\|")));
        names.addAll(List.of(cols[3].split("\\|")));
        Place place = new Place(cols[0], cols[1], names.get(0), List.copyOf(names));
        for (String n : names) {
          // two-letter state codes only in upper case, so "IN" or "OR" in a sentence is not Indiana or Oregon
          if (n.length() == 2 && n.chars().allMatch(Character::isUpperCase)) {
            byName.putIfAbsent("\u0000" + n, place);
          } else {
            byName.putIfAbsent(key(n), place);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the places gazetteer", e);
    }
    return new Gazetteer(byName);
  }

  /** The US state with the two-letter postal code {@code code} (upper case), if any. */
  public Optional<Place> stateCode(String code) {
    return Optional.ofNullable(byName.get("\u0000" + code));
  }
}
