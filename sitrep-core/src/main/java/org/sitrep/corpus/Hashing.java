package org.sitrep.corpus;

/**
 * The 64-bit hashing the package relies on: FNV-1a over UTF-16 code units, sharpened by MurmurHash3's 64-bit
 * finaliser. Written out here rather than taken from {@link String#hashCode()} because shingle hashes, MinHash
 * signatures and incident ids are stored and compared across JVM runs, so they must never depend on the JVM, its
 * version or a per-run seed, and 32 bits are too few for corpora of millions of shingles.
 */
final class Hashing {

  static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  private Hashing() {}

  /** Continues an FNV-1a hash {@code h} with the chars of {@code s}, low byte first (UTF-16LE). */
  static long fnv1a(long h, CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      h = fnv1a(h, s.charAt(i));
    }
    return h;
  }

  /** Continues an FNV-1a hash {@code h} with one char, low byte first. */
  static long fnv1a(long h, char c) {
    h = (h ^ (c & 0xFF)) * FNV_PRIME;
    return (h ^ (c >>> 8)) * FNV_PRIME;
  }

  /** Continues an FNV-1a hash {@code h} with the eight bytes of {@code v}, low byte first. */
  static long fnv1a(long h, long v) {
    for (int i = 0; i < 8; i++) {
      h = (h ^ ((v >>> (8 * i)) & 0xFF)) * FNV_PRIME;
    }
    return h;
  }

  /**
   * MurmurHash3's fmix64: a bijection on 64-bit values in which every input bit flips each output bit with
   * probability about one half. FNV alone mixes its last chars poorly into the high bits, which MinHash uses.
   */
  static long fmix64(long k) {
    k ^= k >>> 33;
    k *= 0xff51afd7ed558ccdL;
    k ^= k >>> 33;
    k *= 0xc4ceb9fe1a85ec53L;
    k ^= k >>> 33;
    return k;
  }

  /** One step of SplitMix64: the {@code i}-th value of a well-spread sequence started from {@code seed}. */
  static long splitMix64(long seed, int i) {
    return fmix64(seed + (i + 1L) * 0x9E3779B97F4A7C15L);
  }
}
