package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.testkit.SharedNlp;

/**
 * {@code sitrep bench} reports what it measured. Only sitrep's own pipeline runs here: CoreNLP's default pipeline
 * loads gigabytes of coreference models, which the benchmark itself, not the test suite, is for.
 */
@Tag("corenlp")
class BenchCommandIT {

  @TempDir Path dir;

  @Test
  void reportsThroughputAndHeapOfSitrepsPipeline() throws IOException {
    Path feed = dir.resolve("feed.jsonl");
    Files.writeString(feed, """
        {"id": "a", "published": "2023-04-18", "text": "Jordan and Iraq agreed on Monday to reopen the border crossing."}
        {"id": "b", "published": "2023-04-19", "text": "Protesters gathered in Amman on Tuesday, police said."}
        """, StandardCharsets.UTF_8);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.run(new Engine(SharedNlp::annotator), new PrintWriter(out), new PrintWriter(err),
        "bench", "--no-baseline", "--warmup", "0", "--threads", "1", feed.toString());
    assertEquals(0, status, err.toString());
    String line = out.toString().strip();
    assertTrue(line.startsWith("sitrep (1 threads): 2 articles, "), line);
    assertTrue(line.matches("(?s).* tokens in [0-9.]+ s .*: [0-9.]+ articles/s, [0-9,]+ tokens/s, peak heap [0-9,]+ MB"), line);
  }

  @Test
  void failsWithAMessageWhenNothingCanBeRead() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.run(new Engine(SharedNlp::annotator), new PrintWriter(out), new PrintWriter(err),
        "bench", "--no-baseline", dir.resolve("missing.jsonl").toString());
    assertEquals(1, status);
    assertTrue(err.toString().contains("missing.jsonl: no such file or directory"), err.toString());
    assertTrue(err.toString().contains("no articles to measure"), err.toString());
  }
}
