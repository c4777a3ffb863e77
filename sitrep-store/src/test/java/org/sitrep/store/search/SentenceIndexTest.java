package org.sitrep.store.search;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The sentence index on short project-written sentences. */
class SentenceIndexTest {

  @TempDir Path dir;

  private static IndexedSentence s(String article, int n, String text) {
    return new IndexedSentence(article, n, text, "Daily Example", "Title of " + article, "2020-11-15");
  }

  private static List<String> ids(List<SearchHit> hits) {
    return hits.stream().map(h -> h.articleId() + "#" + h.sentence()).toList();
  }

  private SentenceIndex indexWith(List<IndexedSentence> sentences) {
    SentenceIndex index = SentenceIndex.open(dir.resolve("idx"));
    sentences.stream().map(IndexedSentence::articleId).distinct().forEach(a -> index.replaceArticle(a,
        sentences.stream().filter(x -> x.articleId().equals(a)).toList()));
    index.commit();
    return index;
  }

  @Test
  void sentenceWithBothWordsOutranksSentenceWithOne() {
    try (SentenceIndex index = indexWith(List.of(
        s("a", 0, "The government announced new sanctions on Tuesday."),
        s("b", 0, "The government imposed sanctions against the oil exporter."),
        s("c", 0, "Oil prices rose sharply on Tuesday.")))) {
      List<SearchHit> hits = index.search("sanctions oil", 10);
      assertEquals(3, hits.size());
      assertEquals("b#0", ids(hits).get(0));
      assertTrue(hits.get(0).score() > hits.get(1).score());
    }
  }

  @Test
  void stemmingFindsOtherWordForms() {
    try (SentenceIndex index = indexWith(List.of(
        s("a", 0, "The EU sanctioned three banks."),
        s("a", 1, "New sanctions followed in March."),
        s("b", 0, "Rebels attacked the convoy at dawn."),
        s("b", 1, "Nothing else happened.")))) {
      assertEquals(List.of("a#0", "a#1"), ids(index.search("sanction", 10)).stream().sorted().toList());
      assertEquals(List.of("b#0"), ids(index.search("attacks", 10)));
    }
  }

  @Test
  void phraseMatchesOnlyAdjacentWordsInOrder() {
    try (SentenceIndex index = indexWith(List.of(
        s("a", 0, "The prime minister resigned."),
        s("b", 0, "The minister said the prime concern was security."),
        s("c", 0, "The Prime Minister of Britain spoke.")))) {
      assertEquals(List.of("a#0", "c#0"), ids(index.search("\"prime minister\"", 10)).stream().sorted().toList());
      // A stop word inside the phrase keeps its place: "minister of britain" matches, "minister britain" does not.
      assertEquals(List.of("c#0"), ids(index.search("\"minister of Britain\"", 10)));
      assertEquals(List.of(), index.search("\"minister britain\"", 10));
    }
  }

  @Test
  void leadingMinusExcludes() {
    try (SentenceIndex index = indexWith(List.of(
        s("a", 0, "Troops entered the city."),
        s("b", 0, "Troops left the city after the ceasefire.")))) {
      assertEquals(List.of("a#0"), ids(index.search("troops -ceasefire", 10)));
      assertEquals(List.of("b#0"), ids(index.search("troops -\"entered the city\"", 10)));
      // Only exclusions leave nothing to rank.
      assertEquals(List.of(), index.search("-ceasefire", 10));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "troops:", "(troops", "troop*", "tr?ops", "a/b", "\"unbalanced troops",
      "troops AND city", "AND", "OR NOT", "-", "--", "\"", "\"\"", "title:troops^2~", "\\", "[troops TO city]", "{}",
      "&& || !", "- troops", "city-\"", "U.S.-led troops", "\u0000", "😀 troops"})
  void userInputNeverThrows(String query) {
    try (SentenceIndex index = indexWith(List.of(s("a", 0, "Troops entered the city.")))) {
      assertDoesNotThrow(() -> index.search(query, 5));
    }
  }

  @Test
  void blankOrStopWordQueryFindsNothingAndSpecialCharactersAreText() {
    try (SentenceIndex index = indexWith(List.of(s("a", 0, "Troops entered the city.")))) {
      assertEquals(List.of(), index.search("", 5));
      assertEquals(List.of(), index.search("the and of", 5));
      assertEquals(List.of("a#0"), ids(index.search("(troops:", 5)));
      assertEquals(List.of("a#0"), ids(index.search("\"entered the city", 5)));
    }
  }

  @Test
  void veryLongQueryDoesNotExceedClauseLimit() {
    StringBuilder q = new StringBuilder("troops");
    for (int i = 0; i < 3000; i++) q.append(" word").append(i);
    try (SentenceIndex index = indexWith(List.of(s("a", 0, "Troops entered the city.")))) {
      assertEquals(List.of("a#0"), ids(index.search(q.toString(), 5)));
      assertEquals(List.of(), index.search("\"" + q + "\"", 5));
    }
  }

  @Test
  void replacingAnArticleTwiceDoesNotDuplicate() {
    try (SentenceIndex index = indexWith(List.of(s("a", 0, "Troops entered the city."),
        s("a", 1, "Residents fled."), s("b", 0, "Talks resumed.")))) {
      assertEquals(3, index.sentenceCount());
      index.replaceArticle("a", List.of(s("a", 0, "Troops entered the city."), s("a", 1, "Residents fled.")));
      index.commit();
      index.replaceArticle("a", List.of(s("a", 0, "Troops entered the city."), s("a", 1, "Residents fled.")));
      index.commit();
      assertEquals(3, index.sentenceCount());
      assertEquals(1, index.search("troops", 10).size());
      assertEquals(Set.of("a", "b"), index.articleIds());
    }
  }

  @Test
  void deletingAnArticleRemovesItsHits() {
    try (SentenceIndex index = indexWith(List.of(s("a", 0, "Troops entered the city."),
        s("b", 0, "Troops withdrew.")))) {
      index.deleteArticle("a");
      // Invisible until committed.
      assertEquals(2, index.search("troops", 10).size());
      index.commit();
      assertEquals(List.of("b#0"), ids(index.search("troops", 10)));
      assertEquals(Set.of("b"), index.articleIds());
      assertEquals(1, index.sentenceCount());
    }
  }

  @Test
  void clearEmptiesTheIndex() {
    try (SentenceIndex index = indexWith(List.of(s("a", 0, "Troops entered the city.")))) {
      index.clear();
      index.commit();
      assertEquals(0, index.sentenceCount());
      assertEquals(Set.of(), index.articleIds());
      assertEquals(List.of(), index.search("troops", 10));
    }
  }

  @Test
  void committedDataSurvivesReopen() {
    Path idx = dir.resolve("idx");
    try (SentenceIndex index = SentenceIndex.open(idx)) {
      index.replaceArticle("a", List.of(s("a", 0, "Troops entered the city.")));
      index.commit();
    }
    try (SentenceIndex index = SentenceIndex.open(idx)) {
      SearchHit hit = index.search("city", 1).get(0);
      assertEquals(new SearchHit("a", 0, hit.score(), "Troops entered the city.", "Daily Example", "Title of a",
          "2020-11-15", "Troops entered the [city]."), hit);
    }
  }

  @Test
  void closeCommitsPendingWrites() {
    Path idx = dir.resolve("idx");
    try (SentenceIndex index = SentenceIndex.open(idx)) {
      index.replaceArticle("a", List.of(s("a", 0, "Troops entered the city.")));
    }
    try (SentenceIndex index = SentenceIndex.open(idx)) {
      assertEquals(Set.of("a"), index.articleIds());
      assertEquals(1, index.search("troops", 5).size());
    }
  }

  @Test
  void snippetBracketsMatchedWordsInTheirOriginalForm() {
    try (SentenceIndex index = indexWith(List.of(
        s("a", 0, "Sanctioned banks lost access; the sanctions hit the Prime Minister's allies.")))) {
      assertEquals("[Sanctioned] banks lost access; the [sanctions] hit the Prime Minister's allies.",
          index.search("sanction", 1).get(0).snippet());
      assertEquals("Sanctioned banks lost access; the sanctions hit the [Prime] [Minister's] allies.",
          index.search("\"prime minister\" -elections", 1).get(0).snippet());
    }
  }

  @Test
  void nullableFieldsStayNull() {
    try (SentenceIndex index = SentenceIndex.open(dir.resolve("idx"))) {
      index.replaceArticle("a", List.of(new IndexedSentence("a", 4, "Talks resumed.", null, null, null)));
      index.commit();
      SearchHit hit = index.search("talks", 1).get(0);
      assertEquals(4, hit.sentence());
      assertEquals(null, hit.outlet());
      assertEquals(null, hit.title());
      assertEquals(null, hit.published());
    }
  }

  @Test
  void tiesAreOrderedByArticleThenSentence() {
    try (SentenceIndex index = indexWith(List.of(s("b", 1, "Talks resumed."), s("b", 0, "Talks resumed."),
        s("a", 7, "Talks resumed.")))) {
      assertEquals(List.of("a#7", "b#0", "b#1"), ids(index.search("talks", 10)));
      assertEquals(List.of("a#7", "b#0"), ids(index.search("talks", 2)));
    }
  }

  @Test
  void sentencesOfAnotherArticleAreRejected() {
    try (SentenceIndex index = SentenceIndex.open(dir.resolve("idx"))) {
      assertThrows(IllegalArgumentException.class, () -> index.replaceArticle("a", List.of(s("b", 0, "Text."))));
      assertThrows(IllegalArgumentException.class,
          () -> index.replaceArticle("a", List.of(s("a", 0, "One."), s("a", 0, "Two."))));
    }
  }

  @Test
  void concurrentSearchesWhileWriting() throws Exception {
    List<IndexedSentence> initial = new ArrayList<>();
    for (int i = 0; i < 50; i++) initial.add(s("a" + i, 0, "Troops entered city number " + i + "."));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try (SentenceIndex index = indexWith(initial)) {
      List<Future<Integer>> results = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        results.add(pool.submit(() -> {
          int found = 0;
          for (int i = 0; i < 50; i++) found += index.search("troops city", 100).size();
          return found;
        }));
      }
      for (int i = 0; i < 20; i++) {
        index.replaceArticle("a" + i, List.of(s("a" + i, 0, "Troops entered city number " + i + ".")));
        index.commit();
      }
      for (Future<Integer> f : results) assertEquals(50 * 50, f.get());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void indexDirectorySitsBesideTheDatabase() {
    assertEquals(Path.of("/data/sitrep.db.search"), SentenceIndex.besideDatabase(Path.of("/data/sitrep.db")));
    assertEquals(Path.of("sitrep.db.search"), SentenceIndex.besideDatabase(Path.of("sitrep.db")));
  }

  @Test
  void aReaderSearchesWhileAWriterHoldsTheIndexAndCannotWrite(@TempDir Path readDir) {
    try (SentenceIndex writer = SentenceIndex.open(readDir)) {
      writer.replaceArticle("a1", List.of(new IndexedSentence("a1", 0, "Rockets hit the embassy compound.", "Wire", null, null)));
      writer.commit();
      try (SentenceIndex reader = SentenceIndex.openForReading(readDir)) {
        assertEquals("a1", reader.search("rocket", 5).get(0).articleId());
        assertThrows(IllegalStateException.class, () -> reader.deleteArticle("a1"));
      }
    }
  }

  @Test
  void readingAFolderWithoutAnIndexFailsWithItsName(@TempDir Path empty) {
    java.io.UncheckedIOException e = assertThrows(java.io.UncheckedIOException.class,
        () -> SentenceIndex.openForReading(empty));
    assertTrue(e.getMessage().contains(empty.toString()), e.getMessage());
  }
}
