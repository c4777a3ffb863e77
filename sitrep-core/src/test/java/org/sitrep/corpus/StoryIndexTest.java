package org.sitrep.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Similarities measured on {@link StoryTexts} (exact Jaccard of 5-word shingles / {@link MinHash#standard()}
 * estimate): wire vs syndicated copy 0.783 / 0.781, wire vs shortened copy 0.600 / 0.695, the two copies 0.574 /
 * 0.664, wire vs independent report 0.041 / 0.008 (0.008-0.070 over six seeds), wire vs unrelated article 0.000 /
 * 0.000. Hence {@link StoryIndex#SAME_STORY} = 0.5.
 */
class StoryIndexTest {

  private final MinHash minHash = MinHash.standard();

  private static String words(int from, int to) {
    return IntStream.range(from, to).mapToObj(i -> "w" + i).collect(Collectors.joining(" "));
  }

  private String add(StoryIndex index, String articleId, String text) {
    return index.add(articleId, minHash.sign(text));
  }

  @Test
  void similaritiesSeparateCopiesFromIndependentReports() {
    Signature wire = minHash.sign(StoryTexts.WIRE);
    double copy = wire.similarity(minHash.sign(StoryTexts.SYNDICATED));
    double shortened = wire.similarity(minHash.sign(StoryTexts.SYNDICATED_SHORTENED));
    double independent = wire.similarity(minHash.sign(StoryTexts.INDEPENDENT));
    double unrelated = wire.similarity(minHash.sign(StoryTexts.UNRELATED));
    assertTrue(copy > 0.7, "copy " + copy);
    assertTrue(shortened > 0.6, "shortened " + shortened);
    assertTrue(independent < 0.1, "independent " + independent);
    assertTrue(unrelated < 0.05, "unrelated " + unrelated);
  }

  @Test
  void syndicatedCopiesJoinTheWireStory() {
    StoryIndex index = new StoryIndex();
    assertEquals("wire", add(index, "wire", StoryTexts.WIRE));
    assertEquals("wire", add(index, "ledger", StoryTexts.SYNDICATED));
    assertEquals("wire", add(index, "diaspora", StoryTexts.SYNDICATED_SHORTENED));
    assertEquals(Optional.of("wire"), index.storyOf("ledger"));
  }

  @Test
  void storyIdIsTheFirstCopySeen() {
    StoryIndex index = new StoryIndex();
    assertEquals("ledger", add(index, "ledger", StoryTexts.SYNDICATED));
    assertEquals("ledger", add(index, "wire", StoryTexts.WIRE));
    assertEquals("ledger", add(index, "diaspora", StoryTexts.SYNDICATED_SHORTENED));
  }

  @Test
  void independentReportOfTheSameIncidentIsAnotherStory() {
    StoryIndex index = new StoryIndex();
    add(index, "wire", StoryTexts.WIRE);
    add(index, "ledger", StoryTexts.SYNDICATED);
    assertEquals("afp", add(index, "afp", StoryTexts.INDEPENDENT));
  }

  @Test
  void unrelatedArticleIsAnotherStory() {
    StoryIndex index = new StoryIndex();
    add(index, "wire", StoryTexts.WIRE);
    assertEquals("bank", add(index, "bank", StoryTexts.UNRELATED));
    assertEquals(2, index.size());
  }

  @Test
  void emptyTextIsNobodysCopy() {
    StoryIndex index = new StoryIndex();
    assertEquals("empty", add(index, "empty", ""));
    assertEquals("empty2", add(index, "empty2", ""));
    assertEquals("wire", add(index, "wire", StoryTexts.WIRE));
    assertEquals("empty3", add(index, "empty3", "  "));
    assertEquals(4, index.size());
  }

  @Test
  void addingAnArticleAgainChangesNothing() {
    StoryIndex index = new StoryIndex();
    add(index, "wire", StoryTexts.WIRE);
    assertEquals("wire", add(index, "ledger", StoryTexts.SYNDICATED));
    assertEquals("wire", add(index, "ledger", StoryTexts.UNRELATED));
    assertEquals("wire", add(index, "ledger", StoryTexts.SYNDICATED));
    assertEquals(2, index.size());
    assertEquals("bank", add(index, "bank", StoryTexts.UNRELATED));
  }

  @Test
  void joinsTheMostSimilarEarlierStory() {
    // Exact Jaccard: x-z 0.32 (two stories); 40..239 is 0.66 to x and 0.53 to z; 60..259 is 0.53 to x, 0.66 to z.
    // A threshold of 0.4 makes sure both earlier stories qualify.
    assertEquals("x", twoStories().add("probe", minHash.sign(words(40, 240))));
    assertEquals("z", twoStories().add("probe", minHash.sign(words(60, 260))));
  }

  private StoryIndex twoStories() {
    StoryIndex index = new StoryIndex(minHash, 0.4);
    assertEquals("x", add(index, "x", words(0, 200)));
    assertEquals("z", add(index, "z", words(100, 300)));
    return index;
  }

  @Test
  void findsCopiesAmongManyArticles() {
    StoryIndex index = new StoryIndex();
    for (int i = 0; i < 2000; i++) add(index, "a" + i, words(i * 1000, i * 1000 + 150));
    for (int i = 0; i < 2000; i += 97) {
      assertEquals("a" + i, add(index, "copy" + i, "Photo: Reuters " + words(i * 1000 + 10, i * 1000 + 150)));
    }
    assertEquals(2021, index.size());
  }

  @Test
  void unknownArticleHasNoStory() {
    assertEquals(Optional.empty(), new StoryIndex().storyOf("nope"));
  }

  @Test
  void rejectsBadThresholdsAndForeignSignatures() {
    assertThrows(IllegalArgumentException.class, () -> new StoryIndex(minHash, 0));
    assertThrows(IllegalArgumentException.class, () -> new StoryIndex(minHash, 1.5));
    Signature foreign = new MinHash(64, 16, 1).sign(StoryTexts.WIRE);
    assertThrows(IllegalArgumentException.class, () -> new StoryIndex().add("x", foreign));
  }

  @Test
  void restoredArticlesKeepTheirStoredStoryAndLinkLaterCopies() {
    StoryIndex index = new StoryIndex();
    // Stored by an earlier run under a story of its own, even though it would now join another story.
    index.restore("wire", "wire", minHash.sign(StoryTexts.WIRE));
    index.restore("wire", "other", minHash.sign(StoryTexts.UNRELATED));
    assertEquals(Optional.of("wire"), index.storyOf("wire"));
    assertEquals("wire", add(index, "copy", StoryTexts.SYNDICATED));
  }
}
