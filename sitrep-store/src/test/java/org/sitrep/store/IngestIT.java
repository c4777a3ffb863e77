package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.clean.Cleaner;
import org.sitrep.extract.FactExtractor;
import org.sitrep.facts.FactLinker;
import org.sitrep.ingest.ArticleReader;
import org.sitrep.ingest.ReaderLimits;
import org.sitrep.knowledge.Knowledge;
import org.sitrep.pipeline.AnalysisPipeline;
import org.sitrep.resolve.ActorResolver;
import org.sitrep.store.search.SearchHit;
import org.sitrep.store.search.SentenceIndex;
import org.sitrep.testkit.SharedNlp;

/** Ingest end to end with the real pipeline on {@link WireStories}. */
class IngestIT {

  private static final Knowledge KNOWLEDGE = Knowledge.loadDefault();
  private static final String[] TABLES = {"articles", "sentences", "actors", "actor_spellings", "actor_titles",
      "article_actors", "mentions", "quotes", "events", "relations", "incidents", "incident_events"};

  @TempDir
  Path dir;

  private static AnalysisPipeline pipeline() {
    Knowledge k = KNOWLEDGE;
    return new AnalysisPipeline(new Cleaner(), SharedNlp.annotator(), new FactExtractor(k),
        new ActorResolver(k.countries(), k.actors()), new FactLinker(k), 2);
  }

  private IngestReport ingest(Path db, Path... inputs) {
    try (CorpusStore store = CorpusStore.open(db);
        SentenceIndex search = SentenceIndex.open(SentenceIndex.besideDatabase(db))) {
      return new Ingester(IngestIT::pipeline, 2).ingest(store, search,
          new ArticleReader(ReaderLimits.defaults()).read(List.of(inputs)), null, (d, t, tokens) -> {});
    }
  }

  private static Map<String, Long> counts(Path db) {
    Map<String, Long> counts = new LinkedHashMap<>();
    try (CorpusStore store = CorpusStore.open(db)) {
      for (String t : TABLES) counts.put(t, store.count(t));
    }
    return counts;
  }

  @Test
  void ingestingTheSameContentAgainAddsNothing() throws Exception {
    Path db = dir.resolve("sitrep.db");
    Path feed = WireStories.feed(dir);
    IngestReport first = ingest(db, feed);
    assertEquals(4, first.stored());
    assertTrue(first.problems().isEmpty(), first.problems().toString());
    Map<String, Long> once = counts(db);
    assertTrue(once.get("events") > 0 && once.get("mentions") > 0 && once.get("quotes") > 0, once.toString());

    // The same articles again, and once more under other file names and ids: same content, nothing new.
    Path renamed = WireStories.jsonl(dir.resolve("again.jsonl"), List.of(
        WireStories.row("other-id", "Reuters", "2024-05-06", WireStories.WIRE)));
    IngestReport second = ingest(db, feed, renamed);
    assertEquals(0, second.stored());
    assertEquals(5, second.alreadyStored());
    assertEquals(once, counts(db));
  }

  @Test
  void aSyndicatedCopyJoinsTheWireStoryAndItsEventsAreNotCountedTwice() throws Exception {
    Path db = dir.resolve("sitrep.db");
    IngestReport report = ingest(db, WireStories.feed(dir));
    assertEquals(1, report.syndicated());
    try (CorpusStore store = CorpusStore.open(db)) {
      Map<String, String> stories = pairs(store, "SELECT article_id, story_id FROM articles", null);
      assertEquals("wire-1", stories.get("copy-1"));
      assertEquals("wire-1", stories.get("wire-1"));
      assertEquals("indep-1", stories.get("indep-1"));
      assertEquals("bank-1", stories.get("bank-1"));
      long copyEvents = scalar(store, "SELECT count(*) FROM events WHERE article_id = 'copy-1'");
      long copyCounted = scalar(store, "SELECT count(*) FROM events WHERE article_id = 'copy-1' AND counted");
      long wireCounted = scalar(store, "SELECT count(*) FROM events WHERE article_id = 'wire-1' AND counted");
      assertTrue(copyEvents > 0, "the copy's events are stored");
      assertEquals(0, copyCounted, "every event of the copy repeats one of the wire story");
      assertEquals(scalar(store, "SELECT count(*) FROM events WHERE article_id = 'wire-1'"), wireCounted);
    }
  }

  @Test
  void twoOutletsReportingOneAttackGiveOneIncidentWithEveryOutlet() throws Exception {
    Path db = dir.resolve("sitrep.db");
    ingest(db, WireStories.feed(dir));
    try (CorpusStore store = CorpusStore.open(db)) {
      String sql = "SELECT i.outlets, i.independent_reports, i.syndicated_copies FROM incidents i"
          + " WHERE i.type = 'ASSAULT' AND i.source_id = 'kataib-hezbollah' AND list_contains(i.outlets, 'Al Mirsad')";
      try (PreparedStatement ps = store.connection().prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
        assertTrue(rs.next(), "an incident reported by Al Mirsad");
        Object[] outlets = (Object[]) rs.getArray(1).getArray();
        assertEquals(List.of("Reuters", "Gulf Daily", "Al Mirsad"), List.of(outlets));
        assertEquals(2, rs.getInt(2), "Reuters and Al Mirsad reported it independently");
        assertEquals(1, rs.getInt(3), "Gulf Daily ran the Reuters copy");
        assertFalse(rs.next(), "one incident, not several");
      }
    }
  }

  @Test
  void anActorInALaterIngestResolvesToTheStoredOneDespiteAnotherSpelling() throws Exception {
    Path db = dir.resolve("sitrep.db");
    ingest(db, WireStories.feed(dir));
    Path later = WireStories.jsonl(dir.resolve("later.jsonl"), List.of(
        WireStories.row("arrests-1", "Al Mirsad", "2024-05-08", WireStories.FOLLOW_UP)));
    ingest(db, later);
    try (CorpusStore store = CorpusStore.open(db)) {
      Map<String, String> ids = pairs(store, "SELECT m.text, m.actor_id FROM mentions m WHERE m.text LIKE ?", "Farid%");
      assertEquals(2, ids.size(), ids.toString());
      assertEquals(ids.get("Farid Qassemi"), ids.get("Farid Qasemi"), ids.toString());
      assertEquals(1, scalar(store, "SELECT count(*) FROM actors WHERE name LIKE 'Farid%'"));
    }
  }

  @Test
  void aBadFileIsReportedAndTheRestIsStoredAndSearchable() throws Exception {
    Path db = dir.resolve("sitrep.db");
    Path junk = dir.resolve("junk.txt");
    Files.write(junk, new byte[] {0, 1, 2, (byte) 0xff, (byte) 0xfe, 0, 0, 7});
    IngestReport report = ingest(db, junk, WireStories.feed(dir));
    assertEquals(4, report.stored());
    assertEquals(1, report.problems().size(), report.problems().toString());
    assertTrue(report.problems().get(0).toString().startsWith(junk.toString()), report.problems().toString());
    try (SentenceIndex search = SentenceIndex.open(SentenceIndex.besideDatabase(db))) {
      List<SearchHit> hits = search.search("interest rate", 5);
      assertEquals("bank-1", hits.get(0).articleId());
    }
  }

  private static Map<String, String> pairs(CorpusStore store, String sql, String param) throws SQLException {
    Map<String, String> out = new LinkedHashMap<>();
    try (PreparedStatement ps = store.connection().prepareStatement(sql)) {
      if (param != null) ps.setString(1, param);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) out.put(rs.getString(1), rs.getString(2));
      }
    }
    return out;
  }

  private static long scalar(CorpusStore store, String sql) throws SQLException {
    try (PreparedStatement ps = store.connection().prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

}
