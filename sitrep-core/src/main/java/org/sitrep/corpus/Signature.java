package org.sitrep.corpus;

import java.nio.ByteBuffer;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * A MinHash signature: for each of a {@link MinHash}'s hash functions, the smallest 32-bit hash over a text's
 * shingles. The fraction of slots in which two signatures agree estimates the Jaccard similarity of the two
 * shingle sets. Only signatures made by the same {@link MinHash} (same size and seed) are comparable.
 *
 * <p>A text without words has the empty signature (no values): it is similar to nothing, not even to another empty
 * signature, and has no band keys, so an empty or failed extraction can never join somebody else's story.
 *
 * <p>Immutable: the array is copied on the way in and on the way out.
 */
public record Signature(int[] values) {

  public Signature {
    values = values.clone();
  }

  /** The empty signature of a text without words. */
  public static Signature empty() {
    return new Signature(new int[0]);
  }

  @Override
  public int[] values() {
    return values.clone();
  }

  /** The value in slot {@code i}, without copying the array. */
  int value(int i) {
    return values[i];
  }

  public int size() {
    return values.length;
  }

  /** Whether this is the signature of a text without words. */
  public boolean isEmpty() {
    return values.length == 0;
  }

  /**
   * The fraction of slots in which the two signatures agree: the estimated Jaccard similarity of the two texts'
   * shingle sets; 0 when either is empty.
   *
   * @throws IllegalArgumentException when both are non-empty but of different sizes (made by different MinHashes)
   */
  public double similarity(Signature other) {
    if (isEmpty() || other.isEmpty()) return 0;
    if (values.length != other.values.length) {
      throw new IllegalArgumentException("signatures of different sizes: " + values.length + " and "
          + other.values.length);
    }
    int equal = 0;
    for (int i = 0; i < values.length; i++) {
      if (values[i] == other.values[i]) equal++;
    }
    return (double) equal / values.length;
  }

  /** Four bytes per value, big-endian, for a database BLOB; the empty signature is zero bytes. */
  public byte[] toBytes() {
    ByteBuffer buffer = ByteBuffer.allocate(4 * values.length);
    for (int v : values) buffer.putInt(v);
    return buffer.array();
  }

  /** Reads what {@link #toBytes()} wrote. */
  public static Signature fromBytes(byte[] bytes) {
    if (bytes.length % 4 != 0) {
      throw new IllegalArgumentException("signature bytes not a multiple of 4: " + bytes.length);
    }
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    int[] values = new int[bytes.length / 4];
    for (int i = 0; i < values.length; i++) values[i] = buffer.getInt();
    return new Signature(values);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Signature s && Arrays.equals(values, s.values);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    return "Signature[" + values.length + " values]";
  }
}
