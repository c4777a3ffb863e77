package org.sitrep.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.PartialDate;
import org.sitrep.model.RawArticle;
import org.sitrep.model.SourceFormat;

/**
 * Sanity checks on the shared seed articles (no gold exists for them), when they can be found above the working
 * directory. Expected values are read from the files themselves, so no article text is copied here.
 */
class CleanerSeedsTest {

  private static Path seeds;
  private final Cleaner cleaner = new Cleaner();

  @BeforeAll
  static void locateSeeds() {
    seeds = org.sitrep.testkit.SharedData.find().map(s -> s.resolve("corpus/seeds")).orElse(null);
  }

  @Test
  void promotionOpeningASeedIsBoilerplateAndTheNextLineIsTitle() throws IOException {
    Path file = seedWhoseFirstLineContains("Telegram channel");
    List<String> lines = nonBlankLines(file);
    Article a = clean(file);
    assertEquals(lines.get(0), a.boilerplate().get(0));
    assertEquals(lines.get(1), a.title());
  }

  @Test
  void seedWithDateAndSourceLineGetsPublishedDateAndOutlet() throws IOException {
    Path file = seedWithLineContaining("00:00:00 - Source:");
    Article a = clean(file);
    assertEquals(PartialDate.parse("2020-11-15"), a.published());
    assertEquals(nonBlankLines(file).get(0), a.outlet());
  }

  @Test
  void everySeedKeepsABodyFreeOfItsBoilerplate() throws IOException {
    for (Path file : seedFiles()) {
      Article a = clean(file);
      assertFalse(a.body().isEmpty(), file.toString());
      List<String> bodyLines = a.body().lines().map(String::strip).toList();
      for (String b : a.boilerplate()) assertTrue(!bodyLines.contains(b), file + ": " + b);
    }
  }

  private Article clean(Path file) throws IOException {
    String id = file.getFileName().toString().replace(".txt", "");
    return cleaner.apply(new RawArticle(id, file.toString(), 0, null, null, null, null,
        Files.readString(file, StandardCharsets.UTF_8), SourceFormat.TEXT));
  }

  private static List<Path> seedFiles() throws IOException {
    Assumptions.assumeTrue(seeds != null, "shared/corpus/seeds not found above the working directory");
    try (Stream<Path> files = Files.list(seeds)) {
      return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
    }
  }

  private static Path seedWhoseFirstLineContains(String s) throws IOException {
    for (Path f : seedFiles()) if (nonBlankLines(f).get(0).contains(s)) return f;
    Assumptions.assumeTrue(false, "no seed starts with " + s);
    throw new IllegalStateException();
  }

  private static Path seedWithLineContaining(String s) throws IOException {
    for (Path f : seedFiles()) if (Files.readString(f, StandardCharsets.UTF_8).contains(s)) return f;
    Assumptions.assumeTrue(false, "no seed contains " + s);
    throw new IllegalStateException();
  }

  private static List<String> nonBlankLines(Path f) throws IOException {
    return Files.readAllLines(f, StandardCharsets.UTF_8).stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
  }
}
