package org.sitrep.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A date as precise as the text allows: a year, a month of a year, or a day. Prints as ISO 8601
 * ({@code 2020}, {@code 2020-11}, {@code 2020-11-09}), as the contract asks.
 */
public record PartialDate(int year, @Nullable Integer month, @Nullable Integer day) implements Comparable<PartialDate> {

  private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

  public PartialDate {
    if (year < 1 || year > 9999) throw new IllegalArgumentException("year out of range: " + year);
    if (month == null && day != null) throw new IllegalArgumentException("day without month");
    if (month != null && (month < 1 || month > 12)) throw new IllegalArgumentException("month out of range: " + month);
    if (day != null) {
      try {
        LocalDate.of(year, month, day);
      } catch (DateTimeException e) {
        throw new IllegalArgumentException("no such day: " + year + "-" + month + "-" + day, e);
      }
    }
  }

  public static PartialDate of(LocalDate date) {
    return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
  }

  /** Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}; throws {@link IllegalArgumentException} otherwise. */
  public static PartialDate parse(String iso) {
    Matcher m = ISO.matcher(iso.strip());
    if (!m.matches()) throw new IllegalArgumentException("not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD): " + iso);
    return new PartialDate(Integer.parseInt(m.group(1)),
        m.group(2) == null ? null : Integer.valueOf(m.group(2)),
        m.group(3) == null ? null : Integer.valueOf(m.group(3)));
  }

  public boolean isDay() {
    return day != null;
  }

  /** The day, or null when this date is less precise than a day. */
  public @Nullable LocalDate toLocalDate() {
    return day == null || month == null ? null : LocalDate.of(year, month, day);
  }

  @Override
  public int compareTo(PartialDate o) {
    int c = Integer.compare(year, o.year);
    if (c == 0) c = Integer.compare(month == null ? 0 : month, o.month == null ? 0 : o.month);
    if (c == 0) c = Integer.compare(day == null ? 0 : day, o.day == null ? 0 : o.day);
    return c;
  }

  @Override
  public String toString() {
    if (month == null) return String.format("%04d", year);
    if (day == null) return String.format("%04d-%02d", year, month);
    return String.format("%04d-%02d-%02d", year, month, day);
  }
}
