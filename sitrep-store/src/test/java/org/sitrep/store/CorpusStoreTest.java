package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.CorpusActor;

class CorpusStoreTest {

  @TempDir
  Path dir;

  @Test
  void storesEveryFactWithItsProvenanceAndKeepsItAfterReopening() {
    Path db = dir.resolve("sitrep.db");
    try (CorpusStore store = CorpusStore.open(db)) {
      store.write(List.of(StoredArticles.article("a1", "Wire", "2024-03-04", "Northern Brigade", "Velsk")));
    }
    try (CorpusStore store = CorpusStore.open(db)) {
      assertEquals(1, store.count("articles"));
      assertEquals(2, store.count("sentences"));
      assertEquals(2, store.count("actors"));
      assertEquals(3, store.count("mentions"));
      assertEquals(1, store.count("quotes"));
      assertEquals(1, store.count("events"));
      assertEquals(1, store.count("relations"));
      List<CorpusActor> actors = store.actors();
      CorpusActor brigade = actors.stream().filter(a -> a.id().equals("northern-brigade")).findFirst().orElseThrow();
      assertEquals(List.of("Northern Brigade"), brigade.spellings());
      assertEquals(List.of("militia"), brigade.titles());
      assertEquals(1, brigade.articles());
    }
  }

  @Test
  void aBatchThatFailsHalfWayLeavesNothingBehind() {
    Path db = dir.resolve("sitrep.db");
    try (CorpusStore store = CorpusStore.open(db)) {
      store.write(List.of(StoredArticles.article("a1", "Wire", "2024-03-04", "Northern Brigade", "Velsk")));
      NewArticle fresh = StoredArticles.article("a2", "Daily", "2024-03-05", "Southern Front", "Korslav");
      NewArticle clash = StoredArticles.article("a1", "Daily", "2024-03-05", "Eastern Guard", "Dunmore");
      // The second article reuses a stored id: the whole batch, including its good first article, must roll back.
      assertThrows(StoreException.class, () -> store.write(List.of(fresh, clash)));
      assertEquals(1, store.count("articles"));
      assertEquals(2, store.count("sentences"));
      assertEquals(2, store.count("actors"));
      assertEquals(1, store.count("events"));
      store.write(List.of(fresh));
      assertEquals(2, store.count("articles"));
      assertEquals(4, store.count("actors"));
    }
  }

  @Test
  void aNewSpellingOfAStoredActorIsAddedOnceAndTheActorIsNotDuplicated() {
    try (CorpusStore store = CorpusStore.open(dir.resolve("sitrep.db"))) {
      store.write(List.of(StoredArticles.article("a1", "Wire", "2024-03-04", "Northern Brigade", "Velsk")));
      store.write(List.of(StoredArticles.article("a2", "Daily", "2024-03-05", "Northern Brigade", "Velsk")));
      assertEquals(2, store.count("actors"));
      assertEquals(2, store.count("actor_spellings"));
      assertEquals(4, store.count("article_actors"));
    }
  }

  @Test
  void aFileThatIsNotAStoreGivesAOneLineErrorNamingIt() throws Exception {
    Path junk = dir.resolve("junk.db");
    Files.writeString(junk, "this is not a database\n".repeat(500));
    StoreException e = assertThrows(StoreException.class, () -> CorpusStore.open(junk));
    assertTrue(e.getMessage().startsWith(junk.toString()), e.getMessage());
    assertTrue(!e.getMessage().contains("\n"), e.getMessage());
  }
}
