package org.sitrep.knowledge;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How the knowledge base compares names: the folding that makes "Kata'ib Hezbollah", "Kataib-Hezbollah" and
 * "KATAIB HEZBOLLAH" one key, and the casing rules for acronyms and for aliases marked {@code !}. Stateless.
 */
final class SurfaceForms {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  // Apostrophes and the ayn/hamza signs of Arabic transliteration: "Kata'ib", "Kata’ib", "Kataʼib" and "Kataib" meet.
  private static final Pattern APOSTROPHES = Pattern.compile("['’‘ʼʻʿʾ`´′]");
  private static final Pattern SEPARATORS = Pattern.compile("[\\p{Pd}_,()/\\\\\"“”«»:;!?]+");
  private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");
  private static final Pattern LEADING_THE = Pattern.compile("(?i)^the\\s+");
  private static final Pattern POSSESSIVE = Pattern.compile("['’ʼ]s$");

  private SurfaceForms() {}

  /**
   * The lookup key of a name: lower case, accents, apostrophes and dots removed, hyphens and other separators as
   * single spaces, a leading "the" dropped, and the Arabic article "al"/"el" dropped when at least two other words
   * remain ("Mustafa al-Kadhimi" meets "Mustafa Kadhimi", but "Al Jazeera" stays itself). Empty if nothing remains.
   */
  static String key(String text) {
    String s = fold(text);
    if (s.isEmpty()) {
      return s;
    }
    List<String> words = new ArrayList<>(List.of(s.split(" ")));
    if (words.size() > 1 && words.get(0).equals("the")) {
      words.remove(0);
    }
    long others = words.stream().filter(w -> !isArticle(w)).count();
    if (others >= 2) {
      words.removeIf(SurfaceForms::isArticle);
    }
    return String.join(" ", words);
  }

  /** Lower case, accents, apostrophes and dots removed, separators as single spaces; no word is dropped. */
  static String fold(String text) {
    String s = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
    s = s.toLowerCase(Locale.ROOT)
        .replace("&", " and ")
        // Letters that NFD does not decompose but news writes without the mark.
        .replace('ı', 'i')
        .replace('ł', 'l')
        .replace('ø', 'o')
        .replace('đ', 'd')
        .replace("ß", "ss")
        .replace("æ", "ae")
        .replace("œ", "oe");
    s = APOSTROPHES.matcher(s).replaceAll("").replace(".", "");
    s = SEPARATORS.matcher(s).replaceAll(" ");
    return SPACES.matcher(s).replaceAll(" ").strip();
  }

  private static boolean isArticle(String word) {
    return word.equals("al") || word.equals("el");
  }

  /**
   * True for a form that must match only text in capitals: an acronym of at most five letters with no lower-case
   * letter ("KH", "PMF", "IS", "U.N."), so that the words "is" and "who" do not match IS and WHO.
   */
  static boolean isCapitalsOnly(String form) {
    long letters = form.codePoints().filter(Character::isLetter).count();
    return letters > 0 && letters <= 5 && form.codePoints().noneMatch(Character::isLowerCase);
  }

  /** How a text must be written for a form to match it. */
  enum Casing {
    ANY,
    /** Marked {@code !} in the file: the form is also an ordinary word ("!Amnesty", "!Pentagon"). */
    CAPITALIZED,
    /** An acronym of at most five letters. */
    CAPITALS,
    /** A short form with inner capitals ("LeT", "JuD"): as written, or it is an ordinary word ("Let"). */
    EXACT
  }

  /** The spelling of a form as written in a file, without the {@code !} marker. */
  static String spelling(String form) {
    return form.startsWith("!") ? form.substring(1).strip() : form;
  }

  /** The casing a form written in a file demands. */
  static Casing casing(String form) {
    if (form.startsWith("!")) {
      return Casing.CAPITALIZED;
    }
    if (isCapitalsOnly(form)) return Casing.CAPITALS;
    return isShortMixedCase(form) ? Casing.EXACT : Casing.ANY;
  }

  /** At most five letters with a capital after a small letter, as in "LeT". */
  static boolean isShortMixedCase(String form) {
    long letters = form.codePoints().filter(Character::isLetter).count();
    return letters <= 5 && form.matches(".*\\p{Ll}\\p{Lu}.*");
  }

  /** True if the surface, without a leading "the", is written as the casing demands. */
  static boolean accepts(Casing casing, String surface) {
    return accepts(casing, surface, "");
  }

  /** As {@link #accepts(Casing, String)}; {@code form} is the spelling an {@link Casing#EXACT} form must equal. */
  static boolean accepts(Casing casing, String surface, String form) {
    String text = LEADING_THE.matcher(surface.strip()).replaceFirst("");
    return switch (casing) {
      case EXACT -> text.equals(form);
      case ANY -> true;
      case CAPITALS -> text.codePoints().noneMatch(Character::isLowerCase);
      case CAPITALIZED -> text.codePoints().filter(Character::isLetter).findFirst().stream()
          .anyMatch(Character::isUpperCase);
    };
  }

  /** The forms to try for a surface, best first: as written, then without a trailing possessive "'s". */
  static List<String> variants(String surface) {
    String text = surface.strip();
    String bare = POSSESSIVE.matcher(text).replaceFirst("");
    return bare.equals(text) || bare.isBlank() ? List.of(text) : List.of(text, bare);
  }
}
