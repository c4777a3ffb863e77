package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.testkit.SharedNlp;

/** {@code sitrep actors} and {@code --dictionary}, in-process with the JVM's one CoreNLP pipeline. */
@Tag("corenlp")
class ActorsCommandIT {

  private static final Engine ENGINE = new Engine(SharedNlp::annotator);

  @TempDir Path dir;

  private record Result(int status, String out, String err) {}

  private static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.run(ENGINE, new PrintWriter(out), new PrintWriter(err), args);
    return new Result(status, out.toString(), err.toString());
  }

  private Path feed() throws IOException {
    Path p = dir.resolve("feed.jsonl");
    Files.writeString(p, """
        {"id": "a", "published": "2021-05-27", "text": "Prime Minister Mustafa al-Kadhimi met the envoy in Baghdad on Monday."}
        {"id": "b", "published": "2021-05-28", "text": "Iraqi Prime Minister Mustafa Al-Kadhemi said on Tuesday that the talks went well."}
        """, StandardCharsets.UTF_8);
    return p;
  }

  private static List<JsonNode> lines(String out) throws IOException {
    List<JsonNode> nodes = new ArrayList<>();
    for (String l : out.split("\n")) if (!l.isBlank()) nodes.add(new ObjectMapper().readTree(l));
    return nodes;
  }

  @Test
  void listsEachActorOnceWithAllItsSpellings() throws IOException {
    Result r = run("actors", "--format", "json", feed().toString());
    assertEquals(0, r.status(), r.err());
    List<JsonNode> kadhimi = new ArrayList<>();
    for (JsonNode n : lines(r.out())) if (n.get("spellings").toString().contains("Kad")) kadhimi.add(n);
    assertEquals(1, kadhimi.size(), r.out());
    JsonNode pm = kadhimi.get(0);
    assertEquals(2, pm.get("articles").asInt());
    assertTrue(pm.get("spellings").toString().contains("Mustafa al-Kadhimi"), pm.toString());
    assertTrue(pm.get("spellings").toString().contains("Mustafa Al-Kadhemi"), pm.toString());
  }

  @Test
  void printsATableAndFiltersByName() throws IOException {
    Result r = run("actors", "--name", "kadh", feed().toString());
    assertEquals(0, r.status(), r.err());
    List<String> rows = r.out().lines().toList();
    assertTrue(rows.get(0).startsWith("ID"), rows.toString());
    assertEquals(2, rows.size(), rows.toString());
    assertTrue(rows.get(1).contains("Mustafa al-Kadhimi | Mustafa Al-Kadhemi"), rows.get(1));
  }

  @Test
  void addsActorsFromAUsersKnowledgeBaseFile() throws IOException {
    Path kb = dir.resolve("extra.kb");
    Files.writeString(kb, """
        actor: northern-valley-brigades
        name: Northern Valley Brigades
        kind: ORGANIZATION
        country: IRQ
        sector: REB
        aliases: NVB | Saraya al-Wadi al-Shamali
        """, StandardCharsets.UTF_8);
    Path text = dir.resolve("story.txt");
    Files.writeString(text, "Fighters of Saraya al-Wadi al-Shamali shelled the village on Monday.\n", StandardCharsets.UTF_8);
    Result r = run("analyze", "--dictionary", kb.toString(), text.toString());
    assertEquals(0, r.status(), r.err());
    JsonNode actors = lines(r.out()).get(0).get("actors");
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
    Path kb = dir.resolve("broken.kb");
    Files.writeString(kb, "actor: x\nname: X\nkind: SPACESHIP\n", StandardCharsets.UTF_8);
    Result r = run("analyze", "--dictionary", kb.toString(), feed().toString());
    assertEquals(2, r.status());
    assertTrue(r.err().contains(kb + ":3"), r.err());
    assertEquals("", r.out());
  }
}
