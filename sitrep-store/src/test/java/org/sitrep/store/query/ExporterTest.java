package org.sitrep.store.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export of the fixture store, read back with DuckDB. */
class ExporterTest {

  @TempDir Path dir;

  private static final Map<String, Integer> ROWS = Map.of("events", StoreFixture.EVENTS, "actors",
      StoreFixture.ACTORS, "articles", StoreFixture.ARTICLES, "quotes", StoreFixture.QUOTES, "relations",
      StoreFixture.RELATIONS, "incidents", StoreFixture.INCIDENTS);

  private List<ExportedFile> export(Path out, ExportFormat format) throws Exception {
    try (Connection c = ReadOnlyStore.open(StoreFixture.create(dir))) {
      return Exporter.export(c, out, format);
    }
  }

  @Test
  void parquetHoldsEveryTableWithPolecatStyleEventColumns() throws Exception {
    // A quote in the directory name checks the escaping of COPY's file path.
    Path out = dir.resolve("it's out");
    List<ExportedFile> files = export(out, ExportFormat.PARQUET);
    assertEquals(List.of("events", "actors", "articles", "quotes", "relations", "incidents"),
        files.stream().map(ExportedFile::table).toList());
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
      for (ExportedFile f : files) {
        assertEquals(out.resolve(f.table() + ".parquet").toAbsolutePath(), f.file());
        assertEquals((long) ROWS.get(f.table()), f.rows(), f.table());
        assertEquals((long) ROWS.get(f.table()), count(c, f.file()), f.table());
      }
      try (PreparedStatement ps = c.prepareStatement("""
          SELECT event_date::VARCHAR, event_type, event_mode, source_actor, source_country, source_sector,
                 target_actor, outlet, story_id, incident_id, independent_reports, counted
          FROM read_parquet(?) WHERE event_id = 2""")) {
        ps.setString(1, out.resolve("events.parquet").toString());
        try (ResultSet rs = ps.executeQuery()) {
          assertTrue(rs.next());
          assertEquals("2020-03-01", rs.getString(1));
          assertEquals("ASSAULT", rs.getString(2));
          assertEquals("firearms", rs.getString(3));
          assertEquals("Northern Valley Brigades", rs.getString(4));
          assertEquals("IRQ", rs.getString(5));
          assertEquals("REB", rs.getString(6));
          assertEquals("Iraqi Army", rs.getString(7));
          assertEquals("Yahoo News", rs.getString(8));
          assertEquals("r1", rs.getString(9));
          assertEquals("i1", rs.getString(10));
          assertEquals(2, rs.getInt(11));
          assertEquals(false, rs.getBoolean(12));
        }
      }
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT len(spellings), spellings[1] FROM read_parquet(?) WHERE actor_id = 'kadhimi'")) {
        ps.setString(1, out.resolve("actors.parquet").toString());
        try (ResultSet rs = ps.executeQuery()) {
          assertTrue(rs.next());
          assertEquals(3, rs.getInt(1));
          assertEquals("Kadhimi", rs.getString(2));
        }
      }
    }
  }

  @Test
  void csvHasHeadersAndJoinedLists() throws Exception {
    Path out = dir.resolve("csv");
    List<ExportedFile> files = export(out, ExportFormat.CSV);
    for (ExportedFile f : files) assertEquals((long) ROWS.get(f.table()), f.rows(), f.table());
    List<String> events = Files.readAllLines(out.resolve("events.csv"), StandardCharsets.UTF_8);
    assertEquals("event_id,event_date,event_type,event_mode,source_actor_id,source_actor,source_country,"
        + "source_sector,target_actor_id,target_actor,target_country,target_sector,location,outlet,story_id,"
        + "article_id,sentence,event_text,reported_by,incident_id,independent_reports,counted", events.get(0));
    assertEquals(StoreFixture.EVENTS + 1, events.size());
    String incidents = Files.readString(out.resolve("incidents.csv"), StandardCharsets.UTF_8);
    assertTrue(incidents.contains("Al Jazeera; Reuters; Yahoo News"), incidents);
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        PreparedStatement ps = c.prepareStatement("SELECT text FROM read_csv(?) WHERE article_id = 'r3'")) {
      ps.setString(1, out.resolve("quotes.csv").toString());
      try (ResultSet rs = ps.executeQuery()) {
        assertTrue(rs.next());
        assertEquals("We agreed to end the dispute, \"finally\", today,", rs.getString(1));
      }
    }
  }

  @Test
  void literalDoublesSingleQuotes() {
    assertEquals("'/tmp/it''s/a.csv'", Exporter.literal("/tmp/it's/a.csv"));
  }

  private static long count(Connection c, Path file) throws Exception {
    try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM read_parquet(?)")) {
      ps.setString(1, file.toString());
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }
}
