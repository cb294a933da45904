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
  /**
   * A known place. {@code names} holds every English and Japanese name, the English one first; {@code within}
   * the ids of the places it lies in, the smallest first (a city's state or prefecture, then its country).
   */
  public record Place(String id, String subtype, String name, List<String> names, List<String> within) {}

  private static final Gazetteer DEFAULT = load();

  private final Map<String, Place> byName;
  private final Map<String, Place> byId = new HashMap<>();
  private final int longestName;

  private Gazetteer(Map<String, Place> byName) {
    this.byName = byName;
    byName.values().forEach(p -> byId.putIfAbsent(p.id(), p));
    for (Place p : byId.values()) {
      for (String outer : p.within()) {
        if (!byId.containsKey(outer)) {
          throw new IllegalStateException("places.tsv: " + p.id() + " lies in " + outer + ", which the gazetteer does not list");
        }
      }
    }
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
        List<String> within = cols.length > 4 && !cols[4].isBlank() ? List.of(cols[4].split(",")) : List.of();
        Place place = new Place(cols[0], cols[1], names.get(0), List.copyOf(names), within);
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

  /**
   * Whether what this gazetteer knows says that the place {@code inner} does not lie in the place {@code outer}:
   * Tokyo is not in the United States, Osaka City not in Tokyo, Japan not in Tokyo. False when either place is
   * unknown or when the gazetteer cannot tell (a city whose country it does not record, a world region).
   */
  public boolean contradictsContainment(String inner, String outer) {
    Place p = byId.get(inner);
    Place q = byId.get(outer);
    if (p == null || q == null || p.id().equals(q.id()) || p.within().contains(q.id())) {
      return false;
    }
    if (q.within().contains(p.id())) {
      return true;
    }
    String pCountry = country(p);
    String qCountry = country(q);
    return switch (q.subtype()) {
      case "COUNTRY" -> pCountry != null;
      case "STATE", "PREFECTURE" -> p.subtype().equals("COUNTRY") || p.subtype().equals("STATE") || p.subtype().equals("PREFECTURE")
          || p.within().stream().map(byId::get).anyMatch(x -> x != null && isDivision(x))
          || pCountry != null && !pCountry.equals(qCountry);
      case "CITY" -> !p.subtype().equals("REGION");
      default -> pCountry != null && qCountry != null && !pCountry.equals(qCountry);
    };
  }

  /** The id of the country a place is or lies in, or null when the gazetteer does not record one. */
  private String country(Place p) {
    if (p.subtype().equals("COUNTRY")) {
      return p.id();
    }
    return p.within().stream().filter(id -> byId.containsKey(id) && byId.get(id).subtype().equals("COUNTRY")).findFirst().orElse(null);
  }

  private static boolean isDivision(Place p) {
    return p.subtype().equals("STATE") || p.subtype().equals("PREFECTURE");
  }

  /** The US state with the two-letter postal code {@code code} (upper case), if any. */
  public Optional<Place> stateCode(String code) {
    return Optional.ofNullable(byName.get("\u0000" + code));
  }
}
