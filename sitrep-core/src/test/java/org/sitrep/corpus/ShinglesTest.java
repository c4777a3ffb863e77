package org.sitrep.corpus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShinglesTest {

  @Test
  void keepsLowerCaseLettersAndDigitsAndDropsQuotesWithoutSplittingWords() {
    assertEquals(List.of("dont", "stop", "the", "cross", "border", "fire", "at", "5", "a", "m", "in", "velsk"),
        Shingles.words("“Don’t  STOP” the cross-border fire—at 5 a.m. in\n\u00ADVelsk!"));
    assertEquals(List.of("café", "kyiv", "ffi"), Shingles.words("Cafe\u0301 'Kyiv' \uFB03"));
  }

  @Test
  void typographyDoesNotChangeTheShingles() {
    String straight = "\"We heard the whistle and then everything shook. My neighbour's roof simply disappeared,\""
        + " said Ilse Marenko - a bread seller.";
    String curly = "“We heard the whistle and then  everything shook. My neighbour’s roof simply disappeared,”\n"
        + "said ILSE Marenko — a bread seller";
    assertArrayEquals(Shingles.hashes(straight), Shingles.hashes(curly));
  }

  @Test
  void hashesEveryFiveWordShingleOnce() {
    assertEquals(3, Shingles.hashes("one two three four five six seven").length);
    // The repeated text has five distinct shingles: "a b c d e" occurs twice.
    assertEquals(5, Shingles.hashes("a b c d e a b c d e").length);
    long[] hashes = Shingles.hashes(StoryTexts.WIRE);
    long[] sorted = hashes.clone();
    Arrays.sort(sorted);
    assertArrayEquals(sorted, hashes);
    assertEquals(hashes.length, Arrays.stream(hashes).distinct().count());
  }

  @Test
  void shortTextIsOneShingleOfAllItsWords() {
    assertEquals(1, Shingles.hashes("Four killed in Velsk").length);
    assertArrayEquals(Shingles.hashes("four killed in velsk"), Shingles.hashes("Four killed, in Velsk."));
    assertFalse(Arrays.equals(Shingles.hashes("four killed in velsk"), Shingles.hashes("four killed in")));
    assertEquals(1, Shingles.hashes("ceasefire").length);
  }

  @Test
  void textWithoutWordsHasNoShingles() {
    assertEquals(0, Shingles.hashes("").length);
    assertEquals(0, Shingles.hashes(" — “” ... \n").length);
  }

  @Test
  void wordBoundariesMatter() {
    assertFalse(Arrays.equals(Shingles.hashes("ab c d e f"), Shingles.hashes("a bc d e f")));
  }

  @Test
  void hashesAreFixedAcrossRunsAndJvms() {
    // Pinned: stored signatures depend on these values; a change here must invalidate them deliberately.
    assertArrayEquals(new long[] {0xa5485b40253494e5L}, Shingles.hashes("the quick brown fox jumps"));
  }

  @Test
  void rejectsShinglesOfNoWords() {
    assertThrows(IllegalArgumentException.class, () -> Shingles.hashes("text", 0));
  }
}
