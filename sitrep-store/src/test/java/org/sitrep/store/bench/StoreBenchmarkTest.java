package org.sitrep.store.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.query.ReadOnlyStore;

class StoreBenchmarkTest {

  @TempDir
  Path dir;

  @Test
  void storesTheGeneratedCorpusAndTimesEveryQueryOnIt() throws Exception {
    StoreBenchReport report = new StoreBenchmark(600, 16, 1).run(dir, (d, t, tokens) -> {});
    assertEquals(120, report.articles());
    assertEquals(600, report.events());
    assertEquals(16, report.queries().size());
    for (Timing t : report.queries()) assertTrue(t.rows() > 0, t.what() + " found nothing");
    assertTrue(report.table().contains("timeline busiest"), report.table());
    try (Connection c = ReadOnlyStore.open(dir.resolve("bench.db")); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT count(*) FILTER (WHERE story_id <> article_id),"
            + " count(*) FILTER (WHERE NOT counted) FROM articles a JOIN events e USING (article_id)")) {
      rs.next();
      // About one generated article in ten copies an earlier one: MinHash must link it, and its events repeat.
      assertTrue(rs.getLong(1) > 0, "syndicated copies linked to their story");
      assertEquals(rs.getLong(1), rs.getLong(2), "every event of a copy is a repeat");
    }
  }

  @Test
  void theSameSeedGivesTheSameCorpus() {
    SyntheticCorpus a = SyntheticCorpus.withEvents(100, 7);
    SyntheticCorpus b = SyntheticCorpus.withEvents(100, 7);
    for (int i = 0; i < a.articles(); i++) assertEquals(a.article(i).contentHash(), b.article(i).contentHash());
  }
}
