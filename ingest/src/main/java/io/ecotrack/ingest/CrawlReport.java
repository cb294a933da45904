package io.ecotrack.ingest;

import java.util.Map;
import java.util.TreeMap;

/**
 * What one crawl run did, for the summary line and the exit code. Thread-safe.
 */
public final class CrawlReport {
  /** What happened to one page. */
  public enum Outcome { NEW, CHANGED, UNCHANGED, SKIPPED_ROBOTS, FAILED }

  private int fetched;
  private int created;
  private int changed;
  private int unchanged;
  private int skippedRobots;
  private final Map<String, Integer> failedByReason = new TreeMap<>();

  synchronized void fetched() {
    fetched++;
  }

  synchronized void record(Outcome outcome, String reason) {
    switch (outcome) {
      case NEW -> created++;
      case CHANGED -> changed++;
      case UNCHANGED -> unchanged++;
      case SKIPPED_ROBOTS -> skippedRobots++;
      case FAILED -> failedByReason.merge(reason, 1, Integer::sum);
    }
  }

  public synchronized int fetchedCount() {
    return fetched;
  }

  public synchronized int newCount() {
    return created;
  }

  public synchronized int changedCount() {
    return changed;
  }

  public synchronized int unchangedCount() {
    return unchanged;
  }

  public synchronized int skippedByRobots() {
    return skippedRobots;
  }

  /** Articles published this run: new plus changed. */
  public synchronized int published() {
    return created + changed;
  }

  public synchronized Map<String, Integer> failedByReason() {
    return Map.copyOf(failedByReason);
  }

  public synchronized int failedCount() {
    return failedByReason.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** One line: fetched, new, changed, unchanged, skipped by robots, failed by reason. */
  public synchronized String summary() {
    StringBuilder s = new StringBuilder()
        .append("fetched ").append(fetched)
        .append(", new ").append(created)
        .append(", changed ").append(changed)
        .append(", unchanged ").append(unchanged)
        .append(", skipped by robots ").append(skippedRobots)
        .append(", failed ").append(failedCount());
    if (!failedByReason.isEmpty()) {
      s.append(' ').append(failedByReason);
    }
    return s.toString();
  }
}
