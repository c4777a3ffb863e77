package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.testkit.SharedNlp;

/** {@code sitrep analyze} run in-process, with the JVM's one CoreNLP pipeline. */
@Tag("corenlp")
class AnalyzeCommandIT {

  private static final Engine ENGINE = new Engine(SharedNlp::annotator);
  private static final List<String> CONTRACT_FIELDS =
      List.of("id", "outlet", "title", "published", "body", "boilerplate", "actors", "quotes", "events", "relations");

  @TempDir Path dir;

  private static CliRun run(String... args) {
    return CliRun.of(ENGINE, args);
  }

  private Path write(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  private static final String STORY = """
      Talks on border crossing resume in Amman

      Jordanian Foreign Minister Ayman Safadi met Iraqi Foreign Minister Fuad Hussein in Amman on Monday.

      "The crossing will reopen within weeks," Hussein told reporters.
      """;

  @Test
  void printsOneContractLinePerArticleWithResolvedDates() throws IOException {
    Path txt = write("story.txt", STORY);
    CliRun r = run("analyze", "--published", "2023-04-19", txt.toString());
    assertEquals(0, r.status(), r.err());
    assertEquals(List.of(), r.errLines());
    List<JsonNode> lines = r.json();
    assertEquals(1, lines.size());
    JsonNode a = lines.get(0);
    List<String> fields = new ArrayList<>();
    a.fieldNames().forEachRemaining(fields::add);
    assertEquals(CONTRACT_FIELDS, fields.subList(0, CONTRACT_FIELDS.size()));
    assertEquals("story", a.get("id").asText());
    assertEquals("Talks on border crossing resume in Amman", a.get("title").asText());
    assertEquals("2023-04-19", a.get("published").asText());
    assertFalse(a.get("body").asText().contains("Talks on border crossing resume"), "title line is not body");
    assertEquals("The crossing will reopen within weeks,", a.get("quotes").get(0).get("text").asText());
    assertEquals(1, a.get("quotes").get(0).get("sentence").asInt());
    List<String> actorIds = new ArrayList<>();
    a.get("actors").forEach(x -> actorIds.add(x.get("id").asText()));
    assertTrue(actorIds.contains("fuad-hussein"), actorIds.toString());
    JsonNode fuad = null;
    for (JsonNode x : a.get("actors")) if (x.get("id").asText().equals("fuad-hussein")) fuad = x;
    assertEquals("IRQ", fuad.get("country").asText());
    assertTrue(fuad.get("mentions").toString().contains("\"Hussein\""), fuad.toString());
  }

  @Test
  void reportsEachBadInputOnOneLineAndAnalysesTheRest() throws IOException {
    Path missing = dir.resolve("missing.txt");
    Path feed = write("feed.jsonl", """
        {"id": "ok-1", "text": "Iraq and Jordan signed a trade deal on Monday.", "published": "2023-04-18"}
        {"id": "broken", "text": "unterminated
        {"id": "ok-2", "text": "Protesters gathered in Tbilisi on Thursday."}
        """);
    Path empty = write("empty.txt", "");
    CliRun r = run("analyze", missing.toString(), feed.toString(), empty.toString());
    assertEquals(1, r.status());
    List<String> ids = new ArrayList<>();
    for (JsonNode n : r.json()) ids.add(n.get("id").asText());
    assertEquals(List.of("ok-1", "ok-2"), ids);
    List<String> err = r.errLines();
    assertEquals(3, err.size(), r.err());
    assertEquals(missing + ": no such file or directory", err.get(0));
    assertTrue(err.get(1).startsWith(feed + ":2: malformed JSON line"), err.get(1));
    assertEquals(empty + ": empty article", err.get(2));
  }

  @Test
  void givesTheSameActorTheSameIdAcrossArticlesOfOneCall() throws IOException {
    Path feed = write("feed.jsonl", """
        {"id": "a", "text": "Iraqi Prime Minister Mustafa al-Kadhimi met envoys from Iraq's neighbours on Monday.", "published": "2021-05-27"}
        {"id": "b", "text": "Prime Minister al-Kadhimi said Iraq would not be dragged into war.", "published": "2021-05-28"}
        """);
    CliRun r = run("analyze", feed.toString());
    assertEquals(0, r.status(), r.err());
    List<JsonNode> lines = r.json();
    List<String> idsA = new ArrayList<>();
    lines.get(0).get("actors").forEach(x -> idsA.add(x.get("id").asText()));
    List<String> idsB = new ArrayList<>();
    lines.get(1).get("actors").forEach(x -> idsB.add(x.get("id").asText()));
    assertTrue(idsA.contains("irq") && idsB.contains("irq"), idsA + " " + idsB);
    assertTrue(idsA.contains("mustafa-al-kadhimi") && idsB.contains("mustafa-al-kadhimi"), idsA + " " + idsB);
  }

  @Test
  void writesToOutputFileWhenAsked() throws IOException {
    Path txt = write("story.txt", STORY);
    Path out = dir.resolve("out.jsonl");
    CliRun r = run("analyze", "-o", out.toString(), txt.toString());
    assertEquals(0, r.status(), r.err());
    assertEquals("", r.out());
    List<String> written = Files.readAllLines(out);
    assertEquals(1, written.size());
    assertTrue(written.get(0).startsWith("{\"id\":\"story\""), written.get(0));
  }

  @Test
  void rejectsBadPublishedDateAsUsageError() {
    CliRun r = run("analyze", "--published", "last week", "whatever.txt");
    assertEquals(2, r.status());
    assertTrue(r.err().contains("'last week' is not a date (YYYY-MM-DD)"), r.err());
  }

  @Test
  void analysesTheProjectsOwnExamples() {
    Path examples = Path.of(System.getProperty("user.dir")).resolveSibling("examples");
    CliRun r = run("analyze", examples.toString());
    assertEquals(0, r.status(), r.err());
    assertTrue(r.out().lines().count() >= 4, r.out());
  }

  // Moved from ActorsCommandIT when `sitrep actors` became a store query: --dictionary now lives on analyze only.
  @Test
  void addsActorsFromAUsersKnowledgeBaseFile() throws IOException {
    Path kb = write("extra.kb", """
        actor: northern-valley-brigades
        name: Northern Valley Brigades
        kind: ORGANIZATION
        country: IRQ
        sector: REB
        aliases: NVB | Saraya al-Wadi al-Shamali
        """);
    Path text = write("story.txt", "Fighters of Saraya al-Wadi al-Shamali shelled the village on Monday.\n");
    CliRun r = run("analyze", "--dictionary", kb.toString(), text.toString());
    assertEquals(0, r.status(), r.err());
    JsonNode actors = r.json().get(0).get("actors");
    boolean found = false;
    for (JsonNode a : actors) {
      if (a.get("id").asText().equals("northern-valley-brigades")) {
        found = true;
        assertEquals("REB", a.get("sector").asText());
        assertEquals("Northern Valley Brigades", a.get("name").asText());
      }
    }
    assertTrue(found, actors.toString());
  }

  @Test
  void refusesAMalformedKnowledgeBaseFileNamingItsLine() throws IOException {
    Path kb = write("broken.kb", "actor: x\nname: X\nkind: SPACESHIP\n");
    Path text = write("story.txt", STORY);
    CliRun r = run("analyze", "--dictionary", kb.toString(), text.toString());
    assertEquals(2, r.status());
    assertTrue(r.err().contains(kb + ":3"), r.err());
    assertEquals("", r.out());
  }
}
