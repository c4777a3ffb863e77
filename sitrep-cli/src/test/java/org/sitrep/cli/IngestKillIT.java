package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.CorpusStore;
import org.sitrep.testkit.SharedNlp;

/**
 * {@code sitrep ingest} killed with SIGKILL part-way through, then run again, ends with exactly the rows of one
 * clean run. The killed run is a separate JVM running the shaded jar, as a user would run it.
 */
@Tag("corenlp")
class IngestKillIT {

  private static final Engine ENGINE = new Engine(SharedNlp::annotator);
  private static final String[] TABLES = {"articles", "sentences", "actors", "actor_spellings", "actor_titles",
      "article_actors", "mentions", "quotes", "events", "relations", "incidents", "incident_events"};
  private static final String[] TOWNS = {"Velsk", "Dunmore", "Korslav", "Amrah", "Tibna", "Qurna", "Hadith",
      "Sarwan", "Mekal", "Ostrin", "Balad Ruz", "Zemun"};
  private static final String[] GROUPS = {"the Northern Brigade", "the Free Highland Front", "the Coastal Guard",
      "the Sons of the River", "the Southern Legion", "the Eastern Shield"};

  @TempDir Path dir;

  /** Twelve short reports, each with its own town, group, spokesman and date, so no two are one story. */
  private Path corpus() throws IOException {
    ObjectMapper json = new ObjectMapper();
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < TOWNS.length; i++) {
      String town = TOWNS[i];
      String group = GROUPS[i % GROUPS.length];
      String text = town + " shelled overnight\n\n"
          + "Fighters of " + group + " shelled the town of " + town + " on Monday, local officials said. "
          + "At least " + (i + 2) + " houses were destroyed near the market of " + town + ".\n\n"
          + "\"We will answer every attack on our people,\" said colonel Adam Rezaei-" + (char) ('A' + i) + "ski, "
          + "a spokesman for the regional council.\n\n"
          + "The United Nations called on " + group + " to withdraw from the hills above " + town + ".\n";
      Map<String, String> row = new LinkedHashMap<>();
      row.put("id", "report-" + i);
      row.put("outlet", i % 2 == 0 ? "Wire" : "Herald");
      row.put("published", String.format("2024-03-%02d", 4 + i));
      row.put("text", text);
      lines.append(json.writeValueAsString(row)).append('\n');
    }
    return Files.writeString(dir.resolve("reports.jsonl"), lines);
  }

  @Test
  void aRunKilledMidwayAndRunAgainStoresExactlyWhatOneCleanRunStores() throws Exception {
    Path corpus = corpus();
    Path clean = dir.resolve("clean.db");
    StringWriter err = new StringWriter();
    int status = Main.run(ENGINE, new PrintWriter(new StringWriter()), new PrintWriter(err),
        "ingest", "-q", "--batch", "1", "--threads", "1", "--db", clean.toString(), corpus.toString());
    assertEquals(0, status, err.toString());
    Map<String, Long> expected = counts(clean);
    assertEquals(TOWNS.length, expected.get("articles"));

    Path killed = dir.resolve("killed.db");
    Process p = sitrep("ingest", "-q", "--batch", "1", "--threads", "1", "--db", killed.toString(), corpus.toString());
    Path search = Path.of(killed + ".search");
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
    // The search index commits once per stored batch: its second generation means a first article is stored.
    while (p.isAlive() && !committedTwice(search) && System.nanoTime() < deadline) Thread.sleep(20);
    // Kill first: reading the process's stderr for a message would wait for it to end.
    boolean wasRunning = p.isAlive();
    p.destroyForcibly();
    assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the killed ingest is gone");
    assertTrue(wasRunning, "the ingest ended before it could be killed");
    long stored = counts(killed).get("articles");
    assertTrue(stored < TOWNS.length, "killed before the end: " + stored + " of " + TOWNS.length + " stored");

    Process again = sitrep("ingest", "-q", "--batch", "1", "--threads", "1", "--db", killed.toString(), corpus.toString());
    assertTrue(again.waitFor(5, TimeUnit.MINUTES), "the second run finishes");
    assertEquals(0, again.exitValue(), "the second run's exit status (its stderr is in the test log)");
    assertEquals(expected, counts(killed));
  }

  private static boolean committedTwice(Path index) throws IOException {
    if (!Files.isDirectory(index)) return false;
    try (Stream<Path> files = Files.list(index)) {
      return files.map(f -> f.getFileName().toString())
          .anyMatch(n -> n.startsWith("segments_") && !n.equals("segments_1"));
    }
  }

  private static Process sitrep(String... args) throws IOException {
    Path jar = Path.of("target", "sitrep.jar");
    assertTrue(Files.exists(jar), "the shaded jar is built before integration tests: " + jar.toAbsolutePath());
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new java.util.ArrayList<>(List.of(java, "-Xmx2g", "-Xss4m", "-jar", jar.toString()));
    command.addAll(List.of(args));
    // stderr goes to the test's log: unread, a full pipe would stall the child.
    return new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
  }

  private static Map<String, Long> counts(Path db) {
    Map<String, Long> counts = new LinkedHashMap<>();
    try (CorpusStore store = CorpusStore.open(db)) {
      for (String t : TABLES) counts.put(t, store.count(t));
    }
    return counts;
  }
}
