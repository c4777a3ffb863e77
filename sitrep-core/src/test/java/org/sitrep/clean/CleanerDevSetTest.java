package org.sitrep.clean;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.PartialDate;
import org.sitrep.model.RawArticle;
import org.sitrep.model.SourceFormat;

/**
 * Runs the cleaner on the shared development corpus (when it can be found above the working directory) and scores
 * boilerplate as {@code score.py} does; prints the figures and every false positive and negative.
 */
class CleanerDevSetTest {

  private static final double MIN_F1 = 0.9;
  private static Path dev;
  private final Cleaner cleaner = new Cleaner();
  private final ObjectMapper json = new ObjectMapper();

  @BeforeAll
  static void locateDevSet() {
    dev = org.sitrep.testkit.SharedData.find().map(s -> s.resolve("corpus/dev")).orElse(null);
  }

  @Test
  void scoresTextFilesAboveThreshold() throws IOException {
    Assumptions.assumeTrue(dev != null, "shared/corpus/dev/dev.jsonl not found above the working directory");
    Map<String, JsonNode> gold = gold();
    BoilerplateScore.Result total = BoilerplateScore.Result.empty();
    int found = 0;
    int correct = 0;
    for (var e : gold.entrySet()) {
      String content = Files.readString(dev.resolve(e.getKey() + ".txt"), StandardCharsets.UTF_8);
      Article a = cleaner.apply(new RawArticle(e.getKey(), e.getKey() + ".txt", 0, null, null, null, null, content,
          SourceFormat.TEXT));
      BoilerplateScore.Result r = BoilerplateScore.score(strings(e.getValue().get("boilerplate")), a.boilerplate());
      report(e.getKey(), r, a);
      total = total.plus(r);
      String goldDate = e.getValue().path("published").asText(null);
      if (a.published() != null) {
        found++;
        if (a.published().toString().equals(goldDate)) correct++;
        else System.out.printf("  published %s, gold %s%n", a.published(), goldDate);
      }
    }
    System.out.printf("DEV .txt boilerplate P %.3f R %.3f F1 %.3f (tp %d, system %d, gold %d); published found %d/%d,"
            + " equal to gold %d%n", total.precision(), total.recall(), total.f1(), total.tp(), total.system(),
        total.gold(), found, gold.size(), correct);
    assertTrue(total.f1() >= MIN_F1, "boilerplate F1 on dev .txt " + total.f1());
  }

  @Test
  void scoresJsonLinesAboveThreshold() throws IOException {
    Assumptions.assumeTrue(dev != null, "shared/corpus/dev/dev.jsonl not found above the working directory");
    Map<String, JsonNode> gold = gold();
    BoilerplateScore.Result total = BoilerplateScore.Result.empty();
    List<String> lines = Files.readAllLines(dev.resolve("dev.jsonl"), StandardCharsets.UTF_8);
    for (int n = 0; n < lines.size(); n++) {
      if (lines.get(n).isBlank()) continue;
      JsonNode o = json.readTree(lines.get(n));
      String id = o.get("id").asText();
      PartialDate published = o.hasNonNull("published") ? PartialDate.parse(o.get("published").asText()) : null;
      Article a = cleaner.apply(new RawArticle(id, "dev.jsonl", n + 1, null, null, null, published,
          o.get("text").asText(), SourceFormat.TEXT));
      JsonNode g = gold.get(id);
      if (g == null) continue;
      total = total.plus(BoilerplateScore.score(strings(g.get("boilerplate")), a.boilerplate()));
    }
    System.out.printf("DEV .jsonl boilerplate P %.3f R %.3f F1 %.3f (tp %d, system %d, gold %d)%n",
        total.precision(), total.recall(), total.f1(), total.tp(), total.system(), total.gold());
    assertTrue(total.f1() >= MIN_F1, "boilerplate F1 on dev.jsonl " + total.f1());
  }

  private static void report(String id, BoilerplateScore.Result r, Article a) {
    System.out.printf("%s: tp %d sys %d gold %d | outlet=%s | title=%s | published=%s%n", id, r.tp(), r.system(),
        r.gold(), a.outlet(), a.title(), a.published());
    r.falsePositives().forEach(s -> System.out.println("  FP: " + s));
    r.falseNegatives().forEach(s -> System.out.println("  FN: " + s));
  }

  private Map<String, JsonNode> gold() throws IOException {
    Map<String, JsonNode> gold = new TreeMap<>();
    try (Stream<Path> files = Files.list(dev)) {
      for (Path p : files.filter(CleanerDevSetTest::isArticleGold).sorted().toList()) {
        String name = p.getFileName().toString();
        gold.put(name.substring(0, name.length() - ".gold.json".length()), json.readTree(p.toFile()));
      }
    }
    return gold;
  }

  /** A gold file beside an article of the same name (not the corpus-level {@code corpus.gold.json}). */
  private static boolean isArticleGold(Path p) {
    String name = p.getFileName().toString();
    return name.endsWith(".gold.json")
        && Files.isRegularFile(p.resolveSibling(name.substring(0, name.length() - ".gold.json".length()) + ".txt"));
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    if (array != null) array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
