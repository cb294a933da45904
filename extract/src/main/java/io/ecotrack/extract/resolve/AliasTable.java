package io.ecotrack.extract.resolve;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Names learned for canonical entities (メイヨー・クリニック → {@code org:mayo-clinic}, learned from a gloss
 * such as メイヨー・クリニック(Mayo Clinic)), so a later article that uses only one of the names resolves to
 * the same entity. This implementation lives in memory; the worker's table is filled from, and adds to,
 * what the index knows.
 */
public class AliasTable {
  private final Map<String, String> idByName = new ConcurrentHashMap<>();

  /** The canonical id learned for {@code normalizedName}, if any. */
  public Optional<String> idFor(String normalizedName) {
    return Optional.ofNullable(idByName.get(normalizedName));
  }

  /** Learns that {@code normalizedName} names {@code id}; a name learned earlier keeps its first id. */
  public void learn(String normalizedName, String id) {
    idByName.putIfAbsent(normalizedName, id);
  }

  public int size() {
    return idByName.size();
  }

  /** Every learned name and its id. */
  public Map<String, String> snapshot() {
    return Map.copyOf(idByName);
  }
}
