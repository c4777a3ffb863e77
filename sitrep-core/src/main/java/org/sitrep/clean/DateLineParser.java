package org.sitrep.clean;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.sitrep.model.PartialDate;

/**
 * Reads calendar dates as news pages print them: {@code 2019-03-12}, {@code March 11, 2019}, {@code Nov. 5, 2020},
 * {@code 5 November 2020}, {@code 19th July, 2020}, {@code 14.11.2022} (day.month.year), and {@code 25/12/2020} or
 * {@code 25-12-2020} only when unambiguous. A month and day without a year give nothing, because the year is unknown.
 * Stateless and thread-safe; no method throws on any input.
 */
public final class DateLineParser {

  /** A date found in a text, with the character range {@code [start, end)} of the words that state it. */
  public record DateMatch(PartialDate date, int start, int end) {}

  private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
      + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
  /** Cue words are ASCII, so ASCII case folding suffices and is much faster than Unicode folding. */
  private static final int CI = Pattern.CASE_INSENSITIVE;
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)", CI);
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+(\\d{4})(?!\\d)", CI);
  private static final Pattern MONTH_YEAR = Pattern.compile("\\b" + MONTH + ",?\\s+(\\d{4})(?!\\d)", CI);
  private static final Pattern YEAR_MONTH_DAY = Pattern.compile("(?<!\\d)(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})(?!\\d)");
  private static final Pattern DOTTED = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?!\\d)");
  /** Slashes or dashes with the year last: day and month order differs by country, so only unambiguous ones count. */
  private static final Pattern SLASHED = Pattern.compile("(?<![\\d/-])(\\d{1,2})([/-])(\\d{1,2})\\2(\\d{4})(?!\\d)");

  /** Labels that introduce a date stamp on a page. */
  private static final Pattern LABEL = Pattern.compile(
      "^(?:date|dated|published|posted|updated|last\\s+updated|last\\s+modified|modified|created|issued|first\\s+published)"
          + "(?:\\s+(?:on|at))?\\s*[:\\-–—|]?\\s*", CI);
  /** Words and tokens that may surround a date in a date stamp line without making it a sentence. */
  private static final Set<String> STAMP_WORDS = Set.of(
      "date", "dated", "published", "posted", "updated", "last", "modified", "created", "issued", "first", "edited",
      "on", "at", "source", "time", "am", "pm", "a.m.", "p.m.", "gmt", "utc", "ago", "local",
      "second", "seconds", "sec", "secs", "minute", "minutes", "min", "mins", "hour", "hours", "hr", "hrs",
      "day", "days", "week", "weeks", "month", "months", "read", "reading",
      "et", "est", "edt", "cet", "cest", "bst", "pst", "pdt", "ist", "ast", "msk", "eet", "eest", "irst", "jst", "kst");
  private static final Pattern WEEKDAY = Pattern.compile(
      "(?i)(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(day|sday|nesday|rsday|urday)?\\.?");
  private static final Pattern CLOCK = Pattern.compile("(?i)t?\\d{1,2}[:.]\\d{2}(?::\\d{2}(?:\\.\\d+)?)?z?(?:am|pm|h)?");
  private static final Pattern STAMP_SEPARATORS = Pattern.compile("[\\s|,،;•·/()\\[\\]–—+\\-]+");
  private static final int MAX_STAMP_CHARS = 140;
  private static final Pattern FRAGMENT_START = Pattern.compile("\\s*(?:on|at|in|by|from|since|until)\\b", CI);

  /** The first complete date (at least a year and month) stated anywhere in {@code text}, if any. */
  public Optional<PartialDate> parse(String text) {
    return find(text).map(DateMatch::date);
  }

  /**
   * The earliest date stated in {@code text} (the longest one when two start together), with its position. Month and
   * year alone give a month-precise date; numbers that are not a real calendar day are skipped.
   */
  public Optional<DateMatch> find(String text) {
    if (text.chars().noneMatch(c -> c >= '0' && c <= '9')) return Optional.empty(); // every format has digits
    DateMatch best = null;
    for (DateMatch m : Arrays.asList(
        first(MONTH_DAY_YEAR, text, this::monthDayYear), first(DAY_MONTH_YEAR, text, this::dayMonthYear),
        first(YEAR_MONTH_DAY, text, this::yearMonthDay), first(DOTTED, text, this::dotted),
        first(SLASHED, text, this::slashed), first(MONTH_YEAR, text, this::monthYear))) {
      if (m != null && (best == null || m.start() < best.start()
          || (m.start() == best.start() && m.end() > best.end()))) {
        best = m;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * Whether {@code line} is a date stamp and nothing more: a date plus only weekdays, clock times, labels
   * ("Published:", "Last Modified"), relative times ("5 minutes ago"), separators and at most three other
   * capitalised tokens (an author, a site or a section name). A lower-case word means a sentence, not a stamp.
   */
  public boolean isDateLine(String line) {
    String t = Text.trim(line);
    if (t.isEmpty() || t.length() > MAX_STAMP_CHARS) return false;
    Optional<DateMatch> found = find(t);
    if (found.isEmpty()) return false;
    String residue = t.substring(0, found.get().start()) + " " + t.substring(found.get().end());
    // "on March 11, 2019" opens a wrapped sentence fragment, not a stamp ("Published on ..." has its label first).
    if (FRAGMENT_START.matcher(residue).lookingAt()) return false;
    int others = 0;
    for (String token : STAMP_SEPARATORS.split(residue)) {
      String w = Text.stripPunctuation(token);
      if (w.isEmpty() || isStampToken(w)) continue;
      if (Character.isLowerCase(w.charAt(0))) return false;
      others++;
    }
    return others <= 3;
  }

  /**
   * The date a line starts with, after an optional label ({@code " date 2025-05-16 Ukrainian..."},
   * {@code "Published: 5 November 2020"}): archive prefixes put the published date before the first sentence.
   */
  public Optional<PartialDate> leadingDate(String line) {
    String t = Text.head(Text.trim(line), 300);
    Matcher label = LABEL.matcher(t);
    int from = label.lookingAt() ? label.end() : 0;
    Matcher weekday = WEEKDAY.matcher(t).region(from, t.length());
    if (weekday.lookingAt() && weekday.end() < t.length() && !Character.isLetter(t.charAt(weekday.end()))) {
      from = skipSeparators(t, weekday.end());
    }
    String rest = t.substring(from);
    return find(rest).filter(m -> m.start() == 0).map(DateMatch::date);
  }

  /**
   * The date in a dateline that opens a paragraph: {@code TEHRAN (Agency - 19th July, 2020) The ...} or
   * {@code CITY, March 5, 2020 (Agency) --}. The dateline is the capitalised place and what follows up to the closing
   * bracket or dash; a dateline without a year ({@code WASHINGTON, July 17 (KUNA) --}) gives nothing.
   */
  public Optional<PartialDate> datelineDate(String paragraph) {
    String t = Text.head(Text.trim(paragraph), 160);
    if (t.isEmpty() || !Character.isUpperCase(t.charAt(0))) return Optional.empty();
    int open = t.indexOf('(');
    int cut = open > 0 ? t.indexOf(')', open) + 1 : -1;
    if (cut <= 0) cut = firstDash(t);
    if (cut <= 0) return Optional.empty();
    String prefix = t.substring(0, cut);
    String place = open > 0 && open < cut ? prefix.substring(0, open) : prefix;
    if (Text.wordCount(place) > 8) return Optional.empty();
    return parse(prefix);
  }

  private static int firstDash(String t) {
    int best = -1;
    for (String dash : List.of(" --", " —", " –", "--", "—")) {
      int i = t.indexOf(dash);
      if (i > 0 && (best < 0 || i < best)) best = i;
    }
    return best;
  }

  private static int skipSeparators(String t, int i) {
    while (i < t.length() && (Text.isSpace(t.charAt(i)) || ",،.".indexOf(t.charAt(i)) >= 0)) i++;
    return i;
  }

  private static boolean isStampToken(String w) {
    String lower = w.toLowerCase(Locale.ROOT);
    return STAMP_WORDS.contains(lower) || WEEKDAY.matcher(w).matches() || CLOCK.matcher(w).matches()
        || (lower.length() <= 2 && lower.chars().allMatch(Character::isDigit));
  }

  private interface Reader {
    @Nullable PartialDate read(Matcher m);
  }

  /** The first match of {@code p} in {@code text} that is a real date (a later one when the first is not). */
  private static @Nullable DateMatch first(Pattern p, String text, Reader reader) {
    Matcher m = p.matcher(text);
    while (m.find()) {
      PartialDate d = reader.read(m);
      if (d != null) return new DateMatch(d, m.start(), m.end());
    }
    return null;
  }

  private @Nullable PartialDate monthDayYear(Matcher m) {
    return date(num(m.group(3)), month(m.group(1)), num(m.group(2)));
  }

  private @Nullable PartialDate dayMonthYear(Matcher m) {
    return date(num(m.group(3)), month(m.group(2)), num(m.group(1)));
  }

  private @Nullable PartialDate monthYear(Matcher m) {
    return date(num(m.group(2)), month(m.group(1)), null);
  }

  private @Nullable PartialDate yearMonthDay(Matcher m) {
    return date(num(m.group(1)), num(m.group(3)), num(m.group(4)));
  }

  private @Nullable PartialDate dotted(Matcher m) {
    return date(num(m.group(3)), num(m.group(2)), num(m.group(1)));
  }

  /** {@code a/b/yyyy}: day first when {@code a > 12}, month first when {@code b > 12}, otherwise ambiguous. */
  private @Nullable PartialDate slashed(Matcher m) {
    int a = num(m.group(1));
    int b = num(m.group(3));
    int year = num(m.group(4));
    if (a > 12 && b <= 12) return date(year, b, a);
    if (b > 12 && a <= 12) return date(year, a, b);
    return a == b ? date(year, a, a) : null;
  }

  /** A valid date in a plausible range for news, or null. */
  private static @Nullable PartialDate date(int year, int month, @Nullable Integer day) {
    if (year < 1900 || year > 2100 || month < 1 || month > 12) return null;
    try {
      return new PartialDate(year, month, day);
    } catch (IllegalArgumentException e) {
      return null; // 31 November and the like: not a date, keep looking
    }
  }

  private static int num(String digits) {
    return Integer.parseInt(digits); // callers pass at most four ASCII digits
  }

  private static int month(String name) {
    String m = name.toLowerCase(Locale.ROOT);
    return switch (m.substring(0, 3)) {
      case "jan" -> 1;
      case "feb" -> 2;
      case "mar" -> 3;
      case "apr" -> 4;
      case "may" -> 5;
      case "jun" -> 6;
      case "jul" -> 7;
      case "aug" -> 8;
      case "sep" -> 9;
      case "oct" -> 10;
      case "nov" -> 11;
      default -> 12;
    };
  }
}
