package io.ecotrack.ingest.source;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as people write them in configuration and on the command line: {@code 500ms}, {@code 30s}, {@code 15m}, {@code 1h}, {@code 1d}. */
public final class Durations {
  private static final Pattern FORM = Pattern.compile("(\\d{1,18})\\s*(ms|s|m|h|d)");
  /** The longest duration accepted anywhere: ten years is no schedule, and more overflows what clocks can add. */
  public static final Duration MAX = Duration.ofDays(3650);

  private Durations() {}

  /** The duration {@code value} names, null for null; {@code what} names the setting in the error. */
  public static Duration parse(String value, String what) {
    if (value == null) {
      return null;
    }
    Matcher m = FORM.matcher(value.trim().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      throw new IllegalArgumentException(what + " '" + value + "' is not a duration such as 500ms, 30s, 15m, 1h or 1d");
    }
    long n = Long.parseLong(m.group(1));
    Duration d;
    try {
      d = switch (m.group(2)) {
        case "ms" -> Duration.ofMillis(n);
        case "s" -> Duration.ofSeconds(n);
        case "m" -> Duration.ofMinutes(n);
        case "h" -> Duration.ofHours(n);
        default -> Duration.ofDays(n);
      };
    } catch (ArithmeticException e) {
      d = null; // more than a Duration holds
    }
    if (d == null || d.compareTo(MAX) > 0) {
      throw new IllegalArgumentException(what + " '" + value + "' is longer than the longest allowed, " + MAX.toDays() + "d");
    }
    return d;
  }

  /** Like {@link #parse}, for an interval between runs: at least a second. */
  public static Duration parseInterval(String value, String what) {
    Duration d = parse(value, what);
    if (d != null && d.compareTo(Duration.ofSeconds(1)) < 0) {
      throw new IllegalArgumentException(what + " '" + value + "' is shorter than a second; give an interval such as 30m or 1h");
    }
    return d;
  }
}
