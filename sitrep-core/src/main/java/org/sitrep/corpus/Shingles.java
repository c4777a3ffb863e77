package org.sitrep.corpus;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Turns a body text into the set of hashed k-word shingles that MinHash samples. Two republished copies of a wire
 * story differ in typography as much as in words, so the text is normalised first: NFKC (full-width forms,
 * ligatures), lower case, apostrophes, quotation marks and invisible format characters (soft hyphens, zero-width
 * spaces) dropped so that {@code don't}, {@code don’t} and {@code "word"}, {@code “word”} agree, and every other
 * character that is not a letter, digit or combining mark — dashes of any kind included — separates words, so that
 * {@code town—which} and {@code town – which} agree too. Stateless and thread-safe.
 */
public final class Shingles {

  /** Five words: long enough that independently written articles on one topic share few shingles. */
  public static final int DEFAULT_SIZE = 5;

  private Shingles() {}

  /** The normalised words of {@code text}, in order. */
  public static List<String> words(String text) {
    String norm = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < norm.length(); ) {
      int cp = norm.codePointAt(i);
      i += Character.charCount(cp);
      if (isWordPart(cp)) {
        word.appendCodePoint(cp);
      } else if (!isIgnored(cp) && word.length() > 0) {
        words.add(word.toString());
        word.setLength(0);
      }
    }
    if (word.length() > 0) words.add(word.toString());
    return words;
  }

  /** The distinct hashes of the {@link #DEFAULT_SIZE}-word shingles of {@code text}, sorted. */
  public static long[] hashes(String text) {
    return hashes(text, DEFAULT_SIZE);
  }

  /**
   * The distinct hashes of the {@code k}-word shingles of {@code text}, sorted. A text of fewer than {@code k}
   * words has one shingle of all its words, so short texts can still match their copies; a text without words has
   * none.
   */
  public static long[] hashes(String text, int k) {
    if (k < 1) throw new IllegalArgumentException("shingle size < 1: " + k);
    List<String> words = words(text);
    if (words.isEmpty()) return new long[0];
    int n = Math.max(1, words.size() - k + 1);
    int width = Math.min(k, words.size());
    long[] hashes = new long[n];
    for (int start = 0; start < n; start++) {
      hashes[start] = hash(words, start, width);
    }
    Arrays.sort(hashes);
    int distinct = 0;
    for (int i = 0; i < hashes.length; i++) {
      if (i == 0 || hashes[i] != hashes[i - 1]) hashes[distinct++] = hashes[i];
    }
    return Arrays.copyOf(hashes, distinct);
  }

  private static long hash(List<String> words, int start, int width) {
    long h = Hashing.FNV_OFFSET;
    for (int i = start; i < start + width; i++) {
      if (i > start) h = Hashing.fnv1a(h, ' ');
      h = Hashing.fnv1a(h, words.get(i));
    }
    return Hashing.fmix64(h);
  }

  private static boolean isWordPart(int cp) {
    if (Character.isLetterOrDigit(cp)) return true;
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  /** Apostrophes, quotation marks and invisible format characters: removed without splitting the word. */
  private static boolean isIgnored(int cp) {
    return switch (cp) {
      case '\'', '"', '`', '\u02BC', '\u2018', '\u2019', '\u201A', '\u201B', '\u201C', '\u201D', '\u201E',
          '\u201F', '\u2032', '\u2033', '\u00AB', '\u00BB', '\u2039', '\u203A' -> true;
      default -> Character.getType(cp) == Character.FORMAT;
    };
  }
}
