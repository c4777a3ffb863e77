package org.sitrep.corpus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MinHashTest {

  private final MinHash minHash = MinHash.standard();

  /** Words {@code w<from>} to {@code w<to - 1>}: texts whose shingle overlap is known exactly. */
  private static String words(int from, int to) {
    return IntStream.range(from, to).mapToObj(i -> "w" + i).collect(Collectors.joining(" "));
  }

  @Test
  void standardLayoutIs128HashesIn32BandsOf4Rows() {
    assertEquals(128, minHash.hashes());
    assertEquals(32, minHash.bands());
    assertEquals(4, minHash.rows());
    assertEquals(128, minHash.sign(StoryTexts.WIRE).size());
  }

  @Test
  void twoStandardInstancesGiveIdenticalSignatures() {
    MinHash other = MinHash.standard();
    assertEquals(minHash.sign(StoryTexts.WIRE), other.sign(StoryTexts.WIRE));
    assertArrayEquals(minHash.bandKeys(minHash.sign(StoryTexts.WIRE)), other.bandKeys(other.sign(StoryTexts.WIRE)));
    assertEquals(1.0, minHash.sign(StoryTexts.WIRE).similarity(other.sign(StoryTexts.WIRE)));
  }

  @Test
  void signaturesAreFixedAcrossRunsAndJvms() {
    // Pinned: signatures are stored in the database, so they must not depend on the JVM or the run.
    int[] values = minHash.sign("the quick brown fox jumps over the lazy dog").values();
    assertArrayEquals(new int[] {377481204, 178577762, 147734989, 293767149}, Arrays.copyOf(values, 4));
  }

  @Test
  void otherSeedsGiveOtherSignatures() {
    assertNotEquals(minHash.sign(StoryTexts.WIRE), new MinHash(128, 32, 42).sign(StoryTexts.WIRE));
  }

  @Test
  void estimatesJaccardSimilarity() {
    // 300-word texts of distinct words shifted by `shift`: (296 - shift) shared shingles of (296 + shift).
    for (int shift : new int[] {0, 30, 75, 100, 150, 200, 300}) {
      double exact = (double) Math.max(0, 296 - shift) / (296 + Math.min(shift, 296));
      double estimate = minHash.sign(words(0, 300)).similarity(minHash.sign(words(shift, 300 + shift)));
      // Four standard errors of a 128-slot estimate at most.
      assertEquals(exact, estimate, 0.18, "shift " + shift);
    }
  }

  @Test
  void emptyTextIsSimilarToNothing() {
    Signature empty = minHash.sign("");
    assertTrue(empty.isEmpty());
    assertEquals(Signature.empty(), minHash.sign(" — "));
    assertEquals(0.0, empty.similarity(empty));
    assertEquals(0.0, empty.similarity(minHash.sign(StoryTexts.WIRE)));
    assertEquals(0.0, minHash.sign(StoryTexts.WIRE).similarity(empty));
    assertEquals(0, minHash.bandKeys(empty).length);
  }

  @Test
  void bytesRoundTrip() {
    Signature signature = minHash.sign(StoryTexts.WIRE);
    byte[] bytes = signature.toBytes();
    assertEquals(4 * 128, bytes.length);
    assertEquals(signature, Signature.fromBytes(bytes));
    assertArrayEquals(signature.values(), Signature.fromBytes(bytes).values());
    assertEquals(Signature.empty(), Signature.fromBytes(Signature.empty().toBytes()));
    assertThrows(IllegalArgumentException.class, () -> Signature.fromBytes(new byte[5]));
  }

  @Test
  void signatureCopiesItsValues() {
    int[] values = {1, 2, 3, 4};
    Signature signature = new Signature(values);
    values[0] = 99;
    signature.values()[1] = 99;
    assertArrayEquals(new int[] {1, 2, 3, 4}, signature.values());
  }

  @Test
  void equalRowsInDifferentBandsGiveDifferentKeys() {
    int[] same = new int[128];
    Arrays.fill(same, 7);
    long[] keys = minHash.bandKeys(new Signature(same));
    assertEquals(32, keys.length);
    assertEquals(32, Arrays.stream(keys).distinct().count());
  }

  @Test
  void oneChangedSlotChangesOnlyItsBand() {
    int[] values = minHash.sign(StoryTexts.WIRE).values();
    long[] before = minHash.bandKeys(new Signature(values));
    values[9]++;
    long[] after = minHash.bandKeys(new Signature(values));
    for (int b = 0; b < 32; b++) {
      if (b == 2) assertNotEquals(before[b], after[b]);
      else assertEquals(before[b], after[b]);
    }
  }

  @Test
  void rejectsMismatchedLayouts() {
    assertThrows(IllegalArgumentException.class, () -> new MinHash(128, 30, 1));
    assertThrows(IllegalArgumentException.class, () -> new MinHash(0, 1, 1));
    Signature small = new MinHash(64, 16, 1).sign(StoryTexts.WIRE);
    assertThrows(IllegalArgumentException.class, () -> minHash.bandKeys(small));
    assertThrows(IllegalArgumentException.class, () -> small.similarity(minHash.sign(StoryTexts.WIRE)));
  }
}
