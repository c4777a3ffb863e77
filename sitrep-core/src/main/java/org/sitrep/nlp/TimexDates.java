package org.sitrep.nlp;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.sitrep.model.PartialDate;

/** Turns SUTime's TIMEX3 values into dates as precise as the text allows. */
final class TimexDates {

  private static final Pattern VALUE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?(?:T.*)?");
  private static final Pattern YEAR_IN_TEXT = Pattern.compile("\\b\\d{4}\\b|'\\d{2}\\b");

  private TimexDates() {}

  /**
   * The date of a TIMEX3 {@code value} ("2020-11-09", "2020-11", "2020", "2020-11-09T14:00"), or null for values
   * that name no calendar date (durations, "PRESENT_REF", weeks, seasons). SUTime gives a bare "December 20" the
   * document's year even in an article of early January; news looks ahead by weeks, not by most of a year, so a
   * yearless date more than half a year after publication moves back one year.
   */
  static @Nullable PartialDate resolve(@Nullable String value, String text, @Nullable PartialDate published) {
    if (value == null) return null;
    Matcher m = VALUE.matcher(value);
    if (!m.matches()) return null;
    PartialDate date;
    try {
      date = new PartialDate(Integer.parseInt(m.group(1)),
          m.group(2) == null ? null : Integer.valueOf(m.group(2)),
          m.group(3) == null ? null : Integer.valueOf(m.group(3)));
    } catch (IllegalArgumentException e) {
      return null; // SUTime can produce impossible days from garbled text; such a value names no date.
    }
    LocalDate day = date.toLocalDate();
    LocalDate pub = published == null ? null : published.toLocalDate();
    if (day != null && pub != null && day.isAfter(pub.plusDays(183)) && !YEAR_IN_TEXT.matcher(text).find()) {
      return PartialDate.of(day.minusYears(1));
    }
    // A bare month ("in January") more than four months ahead of publication is last year's: SUTime looks forward.
    if (day == null && date.month() != null && published != null && published.month() != null
        && !YEAR_IN_TEXT.matcher(text).find()) {
      int ahead = (date.year() * 12 + date.month()) - (published.year() * 12 + published.month());
      if (ahead > 4) return new PartialDate(date.year() - 1, date.month(), null);
    }
    return date;
  }
}
