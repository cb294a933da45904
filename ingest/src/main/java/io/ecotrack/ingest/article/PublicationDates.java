package io.ecotrack.ingest.article;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads publication dates as pages write them: ISO 8601 with or without time and offset, RFC 1123, and
 * Japanese forms such as {@code 2025年12月26日} and era years such as {@code 令和7年1月6日}. A date with
 * no offset is taken in the page's zone: JST for Japanese pages, UTC otherwise.
 */
public final class PublicationDates {
  private static final Pattern JA_DATE = Pattern.compile(
      "(令和|平成|昭和)?\\s*(\\d{1,4}|元)\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日(?:[^\\d]{0,12}?(\\d{1,2})[時:：](\\d{2}))?");
  private static final Pattern ISO_PREFIX = Pattern.compile("\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)?(?:Z|[+-]\\d{2}:?\\d{2})?");
  private static final Pattern SLASH_DATE = Pattern.compile("(\\d{4})[/.](\\d{1,2})[/.](\\d{1,2})");
  private static final DateTimeFormatter[] ENGLISH = {
      DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH),
      DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH),
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH),
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH),
  };
  private static final Pattern ENGLISH_DATE = Pattern.compile(
      "((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.? \\d{1,2}, \\d{4}|\\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* \\d{4})");

  private PublicationDates() {}

  /** The date in {@code value}, or null when it holds none. */
  public static OffsetDateTime parse(String value, ZoneOffset defaultOffset) {
    if (value == null) {
      return null;
    }
    String v = java.text.Normalizer.normalize(value.trim(), java.text.Normalizer.Form.NFKC);
    if (v.isEmpty()) {
      return null;
    }
    Matcher iso = ISO_PREFIX.matcher(v);
    if (iso.lookingAt()) {
      OffsetDateTime d = parseIso(iso.group().replace(' ', 'T'), defaultOffset);
      if (d != null) {
        return d;
      }
    }
    try {
      return ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toOffsetDateTime();
    } catch (DateTimeParseException ignored) {
      // not RFC 1123
    }
    OffsetDateTime ja = japanese(v, defaultOffset);
    if (ja != null) {
      return ja;
    }
    Matcher slash = SLASH_DATE.matcher(v);
    if (slash.find()) {
      return date(Integer.parseInt(slash.group(1)), Integer.parseInt(slash.group(2)), Integer.parseInt(slash.group(3)), 0, 0, defaultOffset);
    }
    Matcher en = ENGLISH_DATE.matcher(v);
    if (en.find()) {
      String text = en.group(1).replace(".", "");
      for (DateTimeFormatter f : ENGLISH) {
        try {
          return LocalDate.parse(text, f).atStartOfDay().atOffset(defaultOffset);
        } catch (DateTimeParseException ignored) {
          // try the next form
        }
      }
    }
    return null;
  }

  /** The first Japanese date ({@code 2025年12月26日}, {@code 令和7年…}) in {@code text}, or null. */
  public static OffsetDateTime japanese(String text, ZoneOffset offset) {
    Matcher m = JA_DATE.matcher(text);
    while (m.find()) {
      int year = m.group(2).equals("元") ? 1 : Integer.parseInt(m.group(2));
      String era = m.group(1);
      if (era != null) {
        year += switch (era) {
          case "令和" -> 2018;
          case "平成" -> 1988;
          default -> 1925;
        };
      }
      if (year < 1900 || year > 2200) {
        continue;
      }
      int hour = m.group(5) == null ? 0 : Integer.parseInt(m.group(5));
      int minute = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
      OffsetDateTime d = date(year, Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), hour, minute, offset);
      if (d != null) {
        return d;
      }
    }
    return null;
  }

  private static OffsetDateTime parseIso(String v, ZoneOffset defaultOffset) {
    try {
      return OffsetDateTime.parse(v.replaceAll("([+-]\\d{2})(\\d{2})$", "$1:$2"));
    } catch (DateTimeParseException ignored) {
      // no offset
    }
    try {
      return LocalDateTime.parse(v).atOffset(defaultOffset);
    } catch (DateTimeParseException ignored) {
      // no time
    }
    try {
      return LocalDate.parse(v.substring(0, Math.min(10, v.length()))).atStartOfDay().atOffset(defaultOffset);
    } catch (DateTimeParseException ignored) {
      return null;
    }
  }

  private static OffsetDateTime date(int y, int mo, int d, int h, int mi, ZoneOffset offset) {
    try {
      return OffsetDateTime.of(y, mo, d, Math.min(h, 23), Math.min(mi, 59), 0, 0, offset);
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }
}
