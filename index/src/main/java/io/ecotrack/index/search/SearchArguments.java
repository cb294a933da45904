package io.ecotrack.index.search;

import io.ecotrack.model.EntityType;
import io.ecotrack.model.Predicate;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;

/** The words of a query's options read as what they name: a predicate, an entity type, a day; a bad one is a {@link BadQueryException}. */
public final class SearchArguments {
  private SearchArguments() {}

  /** A predicate such as PARTNERS_WITH (any case; partners-with too). */
  public static Predicate parsePredicate(String p) {
    try {
      return Predicate.valueOf(p.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw new BadQueryException("unknown predicate '" + p + "'; valid: " + Arrays.toString(Predicate.values()));
    }
  }

  /** An entity type such as ORGANIZATION (any case). */
  public static EntityType parseType(String t) {
    try {
      return EntityType.valueOf(t.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new BadQueryException("unknown type '" + t + "'; valid: " + Arrays.toString(EntityType.values()));
    }
  }

  /** A day such as 2025-12-01, or a number of days back from today such as 7d (UTC). */
  public static Instant parseSince(String since) {
    String s = since.trim();
    if (s.matches("\\d{1,4}d")) {
      return LocalDate.now(ZoneOffset.UTC).minusDays(Long.parseLong(s.substring(0, s.length() - 1))).atStartOfDay()
          .toInstant(ZoneOffset.UTC);
    }
    try {
      return LocalDate.parse(s).atStartOfDay().toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      throw new BadQueryException("--since '" + since + "' is not a date such as 2025-12-01 nor a number of days back such as 7d");
    }
  }
}
