package org.sitrep.corpus;

import java.util.Arrays;

/**
 * MinHash signatures of texts and the band keys of locality-sensitive hashing (LSH). Each of {@code hashes} hash
 * functions is the shingle hash XORed with its own seed and remixed by MurmurHash3's finaliser; a signature keeps,
 * per function, the top 32 bits of the smallest value over the text's {@link Shingles}. The signature is cut into
 * {@code bands} bands of {@code hashes / bands} rows; two texts become candidates when some band agrees in every
 * row, which for Jaccard similarity {@code s} happens with probability {@code 1 - (1 - s^rows)^bands}.
 *
 * <p>The {@link #standard()} layout, 128 hashes in 32 bands of 4 rows, makes candidates of 87% of the pairs at
 * {@code s = 0.5}, 99% at 0.6 and all but one in 20 million at 0.8, but of only 5% at 0.2 and 0.3% at 0.1. On the
 * project's test stories (exact Jaccard of 5-word shingles) syndicated copies measured 0.57-0.78 and an
 * independently written report of the same incident, with the same names, numbers and quotes, 0.04, so copies are
 * found and few unrelated pairs need verifying. 128 slots estimate {@code s} with a standard error of at most
 * 0.044. Two rows per band would make candidates of half of all pairs at 0.1; eight would miss three in four copies
 * at 0.6.
 *
 * <p>Immutable and thread-safe; signatures depend only on the text, {@code hashes} and {@code seed}, never on the
 * JVM or the run, so they can be stored and compared later.
 */
public final class MinHash {

  /** The seed of {@link #standard()}; changing it invalidates every stored signature. */
  public static final long STANDARD_SEED = 0x5173_6570_2D6D_6831L;

  private final int hashes;
  private final int bands;
  private final int rows;
  private final long seed;
  private final long[] seeds;

  /**
   * @param hashes number of hash functions, the signature size
   * @param bands number of LSH bands; must divide {@code hashes}
   * @param seed picks the hash functions; signatures from different seeds are not comparable
   */
  public MinHash(int hashes, int bands, long seed) {
    if (hashes < 1) throw new IllegalArgumentException("hashes < 1: " + hashes);
    if (bands < 1 || hashes % bands != 0) {
      throw new IllegalArgumentException("bands must divide hashes: " + bands + " of " + hashes);
    }
    this.hashes = hashes;
    this.bands = bands;
    this.rows = hashes / bands;
    this.seed = seed;
    this.seeds = new long[hashes];
    for (int i = 0; i < hashes; i++) seeds[i] = Hashing.splitMix64(seed, i);
  }

  /**
   * 128 hashes in 32 bands of 4 rows with {@link #STANDARD_SEED}: the layout stored signatures use. Every call
   * builds an equivalent instance; they all give identical signatures.
   */
  public static MinHash standard() {
    return new MinHash(128, 32, STANDARD_SEED);
  }

  public int hashes() {
    return hashes;
  }

  public int bands() {
    return bands;
  }

  public int rows() {
    return rows;
  }

  public long seed() {
    return seed;
  }

  /** The signature of {@code text}'s {@link Shingles#DEFAULT_SIZE}-word shingles; empty when it has no words. */
  public Signature sign(String text) {
    return sign(Shingles.hashes(text));
  }

  /** The signature of a set of shingle hashes (duplicates do not matter); empty when there are none. */
  public Signature sign(long[] shingles) {
    if (shingles.length == 0) return Signature.empty();
    long[] min = new long[hashes];
    Arrays.fill(min, Long.MAX_VALUE);
    for (long shingle : shingles) {
      for (int i = 0; i < hashes; i++) {
        long v = Hashing.fmix64(shingle ^ seeds[i]) >>> 32;
        if (v < min[i]) min[i] = v;
      }
    }
    int[] values = new int[hashes];
    for (int i = 0; i < hashes; i++) values[i] = (int) min[i];
    return new Signature(values);
  }

  /**
   * One 64-bit key per band, hashing the band's rows together with the band's index, so that equal rows in
   * different bands give different keys and one map can hold every band. None for the empty signature.
   *
   * @throws IllegalArgumentException when the signature was not made with this layout
   */
  public long[] bandKeys(Signature signature) {
    if (signature.isEmpty()) return new long[0];
    if (signature.size() != hashes) {
      throw new IllegalArgumentException("signature of " + signature.size() + " values, expected " + hashes);
    }
    long[] keys = new long[bands];
    for (int b = 0; b < bands; b++) {
      long h = Hashing.fnv1a(Hashing.FNV_OFFSET, (long) b);
      for (int r = 0; r < rows; r++) {
        h = Hashing.fnv1a(h, (long) signature.value(b * rows + r));
      }
      keys[b] = Hashing.fmix64(h);
    }
    return keys;
  }

  @Override
  public String toString() {
    return "MinHash[" + hashes + " hashes, " + bands + " bands of " + rows + " rows]";
  }
}
