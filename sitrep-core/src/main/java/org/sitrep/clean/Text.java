package org.sitrep.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Small, pure measurements of a line of text that the header parser and the classifier share. */
final class Text {

  /** " | Site", " - Site": a separator and a short name closing a page or feed title. */
  private static final Pattern SITE_SUFFIX = Pattern.compile("\\s+[|\\-–—]\\s+(\\S+(?:\\s+\\S+){0,3})$");

  /** Reported speech marks a news paragraph; junk (promotions, forms, appeals) almost never reports what someone said. */
  private static final Pattern REPORTED_SPEECH = Pattern.compile(
      "(?i)\\b(said|says|told|added|stated|according to|announced|reported|claimed|warned)\\b");

  private Text() {}

  /** {@code s} without surrounding whitespace, no-break spaces, zero-width spaces and byte-order marks. */
  static String trim(String s) {
    int i = 0;
    int j = s.length();
    while (i < j && isSpace(s.charAt(i))) i++;
    while (j > i && isSpace(s.charAt(j - 1))) j--;
    return s.substring(i, j);
  }

  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B';
  }

  /** The number of whitespace-separated tokens. */
  static int wordCount(String s) {
    int count = 0;
    boolean inWord = false;
    for (int i = 0; i < s.length(); i++) {
      boolean space = isSpace(s.charAt(i));
      if (!space && !inWord) count++;
      inWord = !space;
    }
    return count;
  }

  /**
   * Lower-case letters and digits only: two lines with the same key differ only in punctuation, spacing or case,
   * which is how scrapers mangle repeated headlines ("can't" and "cant", "Iranian-backed" and "Iranianbacked").
   */
  static String letterKey(String s) {
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase).forEach(b::appendCodePoint);
    return b.toString();
  }

  /**
   * Whether the line ends a sentence: its last character, after closing quotes and brackets, is {@code . ! ? …}.
   * A final abbreviation such as "U.S." does not count, because headlines end with them.
   */
  static boolean endsSentence(String s) {
    int j = s.length();
    while (j > 0 && (isSpace(s.charAt(j - 1)) || "\"'”’»)]".indexOf(s.charAt(j - 1)) >= 0)) j--;
    if (j == 0) return false;
    char last = s.charAt(j - 1);
    if (last == '!' || last == '?' || last == '…') return true;
    if (last != '.') return false;
    return !(j >= 4 && s.charAt(j - 3) == '.' && Character.isUpperCase(s.charAt(j - 2))
        && Character.isUpperCase(s.charAt(j - 4)));
  }

  /** At least {@code minLetters} cased letters, nearly all of them upper case: shouted headlines and labels. */
  static boolean isAllCaps(String s, int minLetters) {
    int upper = 0;
    int lower = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isUpperCase(c)) upper++;
      else if (Character.isLowerCase(c)) lower++;
    }
    return upper >= minLetters && lower * 10 <= upper;
  }

  static boolean hasLetterOrDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetterOrDigit(s.charAt(i))) return true;
    }
    return false;
  }

  /** The number of tokens that start with a lower-case letter: function words and verbs, which labels lack. */
  static int lowercaseWords(String s) {
    int count = 0;
    boolean start = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isSpace(c)) {
        start = true;
      } else {
        if (start && Character.isLowerCase(c)) count++;
        start = false;
      }
    }
    return count;
  }

  /** {@code title} without a trailing " | Site" or " - Site" of at most four words, or null when it has none. */
  static @Nullable String withoutSiteSuffix(String title) {
    Matcher m = SITE_SUFFIX.matcher(head(title, 400));
    return m.find() && m.start() > 0 ? trim(title.substring(0, m.start())) : null;
  }

  /** The whitespace-separated tokens of {@code s}. */
  static List<String> tokens(String s) {
    List<String> out = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= s.length(); i++) {
      boolean space = i == s.length() || isSpace(s.charAt(i));
      if (!space && start < 0) start = i;
      if (space && start >= 0) {
        out.add(s.substring(start, i));
        start = -1;
      }
    }
    return out;
  }

  /** {@code s} without leading and trailing punctuation (Unicode categories P*), e.g. quotes, colons, brackets. */
  static String stripPunctuation(String s) {
    int i = 0;
    int j = s.length();
    while (i < j && isPunctuation(s.charAt(i))) i++;
    while (j > i && isPunctuation(s.charAt(j - 1))) j--;
    return s.substring(i, j);
  }

  static boolean isPunctuation(char c) {
    return switch (Character.getType(c)) {
      case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
          Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
          Character.OTHER_PUNCTUATION -> true;
      default -> false;
    };
  }

  static boolean reportsSpeech(String s) {
    return REPORTED_SPEECH.matcher(head(s, 2000)).find();
  }

  /** The first {@code n} characters: cue patterns look only at a bounded window so huge lines stay linear. */
  static String head(String s, int n) {
    return s.length() <= n ? s : s.substring(0, n);
  }

  /** The last {@code n} characters. */
  static String tail(String s, int n) {
    return s.length() <= n ? s : s.substring(s.length() - n);
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
