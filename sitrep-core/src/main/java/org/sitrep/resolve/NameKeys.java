package org.sitrep.resolve;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Spelling-tolerant keys for names. News transliterates Arabic and Persian names many ways (Qhaani, Ghaani, Qaani;
 * Rouhani, Rohani; Kataib, Kataeb, Kata'ib; Hashd, Hashed), and misspells them. A name's skeleton keeps its first
 * letter and its consonants after folding the letter groups that transliterations swap (q/gh/kh/ch/c to k, dh to d,
 * th to t, sh and z to s, ph to f), dropping vowels and the semivowels w and y, collapsing doubled letters, and
 * marking a final -i or -y after a consonant, which makes another name (Kadhim, Kadhimi). Two
 * words with the same skeleton may be one name; callers add the constraints (first names, country) that keep
 * different people apart. Stateless.
 */
final class NameKeys {

  private NameKeys() {}

  /** Courtesy titles that are not part of the name: "Mr. Rouhani" is Rouhani. */
  private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "dr", "sir", "dame", "sheikh",
      "shaikh", "sayyed", "sayyid", "mullah", "ayatollah", "grand", "imam", "hajji", "haji", "prof", "gen", "lt", "col",
      "maj", "capt", "sgt", "adm", "rev", "president", "minister", "premier", "king", "queen", "prince", "emir");

  /** The Arabic article and its assimilated forms, written as a separate word or with a hyphen. */
  private static final Set<String> PARTICLES = Set.of("al", "el", "ul", "ad", "ar", "as", "ash", "at", "az", "an");

  /** Words that do not carry an organisation's identity when matching initials. */
  private static final Set<String> FUNCTION_WORDS = Set.of("of", "the", "and", "for", "in", "on", "to", "de", "la", "&");

  /** Lower-case ASCII words of a name, apostrophes dropped, hyphens and dots as separators. */
  static List<String> words(String name) {
    String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
        .replaceAll("['’‘`ʼ´]", "").toLowerCase(Locale.ROOT);
    if (s.endsWith("s") && (name.endsWith("'s") || name.endsWith("’s"))) s = s.substring(0, s.length() - 1);
    List<String> out = new ArrayList<>();
    for (String w : s.split("[^\\p{Alnum}]+")) if (!w.isEmpty()) out.add(w);
    return out;
  }

  /** The words that identify a person: honorifics, a leading "the" and Arabic articles removed. */
  static List<String> personWords(String name) {
    List<String> out = new ArrayList<>();
    for (String w : words(name)) {
      if (out.isEmpty() && (HONORIFICS.contains(w) || w.equals("the"))) continue;
      if (PARTICLES.contains(w)) continue;
      out.add(w);
    }
    return out;
  }

  /** The words that identify an organisation: articles and function words removed. */
  static List<String> organisationWords(String name) {
    List<String> out = new ArrayList<>();
    for (String w : words(name)) if (!PARTICLES.contains(w) && !FUNCTION_WORDS.contains(w)) out.add(w);
    return out;
  }

  static List<String> skeletons(List<String> words) {
    List<String> out = new ArrayList<>(words.size());
    for (String w : words) out.add(skeleton(w));
    return out;
  }

  /** The consonant skeleton of one word, as described above. */
  static String skeleton(String word) {
    String w = word.toLowerCase(Locale.ROOT)
        .replace('q', 'k').replace("kh", "k").replace("gh", "k").replace("ch", "k").replace("ck", "k").replace('c', 'k')
        .replace("dh", "d").replace("th", "t").replace("sh", "s").replace("ph", "f").replace('z', 's');
    if (w.isEmpty()) return w;
    StringBuilder b = new StringBuilder();
    char first = w.charAt(0);
    b.append(isVowel(first) ? 'a' : first);
    for (int i = 1; i < w.length(); i++) {
      char c = w.charAt(i);
      if (isVowel(c) || c == 'w' || c == 'y' || c == 'h' && i == w.length() - 1) continue;
      if (c != b.charAt(b.length() - 1)) b.append(c);
    }
    // The Arabic -i ending makes another name: Kadhim is not Kadhimi, Sadr not Sadri. Kadhimi and Kadhemi still meet.
    int end = w.length();
    while (end > 0 && (w.charAt(end - 1) == 'i' || w.charAt(end - 1) == 'y')) end--;
    if (end > 1 && end < w.length() && !isVowel(w.charAt(end - 1))) b.append('i'); // Zelensky, Zelenskiy, Kadhimi
    return b.toString();
  }

  private static boolean isVowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
  }

  /**
   * The initials of an organisation's name ("Popular Mobilization Forces" gives PMF, "Islamic State" IS), skipping
   * function words and Arabic articles; empty for a one-word name.
   */
  static String initials(String name) {
    List<String> w = organisationWords(name);
    if (w.size() < 2) return "";
    StringBuilder b = new StringBuilder();
    for (String x : w) b.append(Character.toUpperCase(x.charAt(0)));
    return b.toString();
  }
}
