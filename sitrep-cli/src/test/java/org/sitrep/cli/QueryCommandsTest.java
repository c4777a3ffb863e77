package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitrep.store.query.StoreFixture;
import org.w3c.dom.Document;

/**
 * The store query commands run in-process against the fixture store. None of them may load CoreNLP: the engine
 * given here fails the test if anything asks for the NLP stage.
 */
class QueryCommandsTest {

  private static final Engine NO_NLP = new Engine(() -> {
    throw new AssertionError("a query command loaded the NLP stage");
  });

  @TempDir Path dir;
  private Path db;

  @BeforeEach
  void store() {
    db = StoreFixture.create(dir);
  }

  private static CliRun run(String... args) {
    return CliRun.of(NO_NLP, args);
  }

  private CliRun query(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.add(1, "--db");
    all.add(2, db.toString());
    return run(all.toArray(String[]::new));
  }

  @ParameterizedTest
  @ValueSource(strings = {"actors", "events", "quotes", "timeline", "search", "graph", "export"})
  void missingStoreIsOneLineAndStatusTwo(String command) {
    Path missing = dir.resolve("nowhere.db");
    List<String> args = new ArrayList<>(List.of(command, "--db", missing.toString()));
    if (command.equals("timeline") || command.equals("search")) args.add("iran");
    if (command.equals("export")) args.add(dir.resolve("out").toString());
    CliRun r = run(args.toArray(String[]::new));
    assertEquals(2, r.status());
    assertEquals("sitrep: " + missing + ": no such store; run sitrep ingest first\n", r.err());
    assertEquals("", r.out());
    assertFalse(Files.exists(missing), "no empty store may be created");
  }

  @Test
  void defaultStoreIsSitrepDbInTheCurrentDirectory() {
    CliRun r = run("actors", "--help");
    assertEquals(0, r.status());
    assertTrue(r.out().contains("(default: sitrep.db)"), r.out());
  }

  @Test
  void actorsAsTableJsonAndCsv() throws IOException {
    CliRun table = query("actors");
    assertEquals(0, table.status(), table.err());
    assertTrue(table.lines().get(0).startsWith("ID "), table.out());
    assertEquals(1 + StoreFixture.ACTORS, table.lines().size());
    assertTrue(table.lines().get(1).startsWith("iran "), table.lines().get(1));

    CliRun json = query("actors", "kadhem", "--format", "json");
    assertEquals(0, json.status(), json.err());
    List<JsonNode> rows = json.json();
    assertEquals(1, rows.size());
    assertEquals("kadhimi", rows.get(0).get("id").asText());
    assertEquals(3, rows.get(0).get("spellings").size());
    assertEquals(2, rows.get(0).get("as_source").asInt());

    CliRun csv = query("actors", "Hussein", "--format", "CSV");
    assertEquals(0, csv.status(), csv.err());
    assertEquals("id,name,kind,country,sector,articles,as_source,as_target,quotes,titles,spellings", csv.lines().get(0));
    assertEquals(3, csv.lines().size());
    assertTrue(csv.out().contains("\r\n"));
  }

  @Test
  void eventsWithFilters() throws IOException {
    CliRun r = query("events", "--actor", "Northern Valley Brigades", "--type", "assault", "--from", "2020-01-01",
        "--to", "2020-12-31", "--format", "json");
    assertEquals(0, r.status(), r.err());
    List<JsonNode> rows = r.json();
    assertEquals(List.of(1, 3), rows.stream().map(n -> n.get("event_id").asInt()).toList());
    assertEquals("i1", rows.get(0).get("incident_id").asText());
    assertEquals(3, rows.get(0).get("incident_outlets").asInt());

    CliRun repeats = query("events", "--outlet", "YAHOO NEWS", "--include-repeats", "--format", "csv");
    assertEquals(0, repeats.status(), repeats.err());
    assertEquals(4, repeats.lines().size(), repeats.out());

    CliRun table = query("events", "--limit", "2");
    assertEquals(0, table.status(), table.err());
    assertEquals(3, table.lines().size());
    assertTrue(table.lines().get(0).startsWith("EVENT_ID  DAY "), table.lines().get(0));
    assertTrue(table.err().contains("showing the first 2"), table.err());
  }

  @Test
  void badFilterValuesAreUsageErrors() {
    CliRun day = query("events", "--from", "yesterday");
    assertEquals(2, day.status());
    assertTrue(day.err().contains("'yesterday' is not a day (YYYY-MM-DD)"), day.err());
    CliRun type = query("events", "--type", "HUG");
    assertEquals(2, type.status());
    CliRun actor = query("events", "--actor", "Zorro");
    assertEquals(2, actor.status());
    assertTrue(actor.err().startsWith("sitrep: no actor matches 'Zorro'"), actor.err());
  }

  @Test
  void quotesBySpeakerAndText() throws IOException {
    CliRun r = query("quotes", "--speaker", "rahimi", "--format", "json");
    assertEquals(0, r.status(), r.err());
    assertEquals(1, r.json().size());
    assertEquals("United Nations", r.json().get(0).get("addressee").asText());
    CliRun text = query("quotes", "--text", "finally");
    assertEquals(0, text.status(), text.err());
    assertEquals(2, text.lines().size(), text.out());
    CliRun csv = query("quotes", "--format", "csv");
    assertTrue(csv.out().contains("\"We agreed to end the dispute, \"\"finally\"\", today,\""), csv.out());
  }

  @Test
  void timelineCollapsesIncidentsAndRejectsAmbiguousNames() throws IOException {
    CliRun r = query("timeline", "nvb", "--format", "json");
    assertEquals(0, r.status(), r.err());
    List<JsonNode> rows = r.json();
    assertEquals(3, rows.size());
    assertEquals("[\"Al Jazeera\",\"Reuters\",\"Yahoo News\"]", rows.get(0).get("outlets").toString());
    assertEquals(2, rows.get(0).get("reports").asInt());
    CliRun table = query("timeline", "nvb");
    assertTrue(table.lines().get(1).contains("Al Jazeera, Reuters, Yahoo News"), table.out());

    CliRun ambiguous = query("timeline", "Hussein");
    assertEquals(2, ambiguous.status());
    assertTrue(ambiguous.err().contains("ali-hussein, qasim-hussein"), ambiguous.err());
    assertEquals(1, ambiguous.err().lines().count());
  }

  @Test
  void searchFindsSentences() throws IOException {
    CliRun noIndex = query("search", "sanctions");
    assertEquals(2, noIndex.status());
    assertTrue(noIndex.err().contains("no search index"), noIndex.err());

    StoreFixture.indexSentences(db);
    CliRun r = query("search", "sanctions", "--format", "json");
    assertEquals(0, r.status(), r.err());
    JsonNode top = r.json().get(0);
    assertEquals("r2", top.get("article_id").asText());
    assertEquals("Reuters", top.get("outlet").asText());
    assertTrue(top.get("snippet").asText().contains("[sanctions]") || top.get("snippet").asText().contains("[Sanctions]"));
    CliRun table = query("search", "\"tear gas\"");
    assertEquals(2, table.lines().size(), table.out());
    assertTrue(table.lines().get(0).startsWith("SCORE"), table.out());
  }

  @Test
  void graphWritesEachFormat() throws Exception {
    Path graphml = dir.resolve("g.graphml");
    CliRun r = query("graph", "-o", graphml.toString());
    assertEquals(0, r.status(), r.err());
    assertEquals("", r.out());
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    Document doc = f.newDocumentBuilder().parse(graphml.toFile());
    assertEquals(StoreFixture.ACTORS - 1, doc.getElementsByTagNameNS("*", "node").getLength());

    CliRun gexf = query("graph", "--format", "gexf");
    assertEquals(0, gexf.status(), gexf.err());
    assertTrue(gexf.out().contains("<gexf xmlns=\"http://gexf.net/1.3\""), gexf.out());

    CliRun json = query("graph", "--format", "json", "--include-repeats");
    assertEquals(0, json.status(), json.err());
    JsonNode graph = new ObjectMapper().readTree(json.out());
    assertEquals(StoreFixture.ACTORS - 1, graph.get("nodes").size());
  }

  @Test
  void exportWritesOneFilePerTable() {
    Path out = dir.resolve("export");
    CliRun parquet = query("export", out.toString());
    assertEquals(0, parquet.status(), parquet.err());
    assertEquals(6, parquet.lines().size(), parquet.out());
    assertTrue(Files.isRegularFile(out.resolve("events.parquet")));
    assertTrue(parquet.lines().get(0).endsWith("events.parquet\t" + StoreFixture.EVENTS + " rows"),
        parquet.lines().get(0));

    CliRun csv = query("export", out.toString(), "--format", "csv");
    assertEquals(0, csv.status(), csv.err());
    assertTrue(Files.isRegularFile(out.resolve("incidents.csv")));
  }

  @Test
  void queriesRunWhileAnotherReaderHasTheStoreOpen() throws Exception {
    try (var held = org.sitrep.store.query.ReadOnlyStore.open(db)) {
      assertFalse(held.isClosed());
      CliRun r = query("actors", "--format", "json");
      assertEquals(0, r.status(), r.err());
      assertEquals(StoreFixture.ACTORS, r.json().size());
    }
  }
}
