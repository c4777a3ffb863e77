package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.testkit.SharedNlp;

/** {@code sitrep ingest} in-process: what a user sees on stderr and in the exit status. */
@Tag("corenlp")
class IngestCommandIT {

  private static final Engine ENGINE = new Engine(SharedNlp::annotator);

  @TempDir Path dir;

  private static CliRun run(String... args) {
    return CliRun.of(ENGINE, args);
  }

  @Test
  void aBadFileIsReportedTheRestStoredAndASecondRunAddsNothing() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("talks.txt"), """
        Talks resume in Amman

        Jordanian Foreign Minister Ayman Safadi met Iraqi Foreign Minister Fuad Hussein in Amman on Monday.
        """);
    Path junk = Files.write(in.resolve("junk.txt"), new byte[] {0, (byte) 0xff, 3, 0, 9, 0});
    String db = dir.resolve("sitrep.db").toString();

    CliRun first = run("ingest", "--db", db, "--published", "2024-05-06", in.toString());
    assertEquals(1, first.status(), first.err());
    assertTrue(first.errLines().get(0).startsWith(junk.toString()), first.err());
    assertTrue(first.err().contains("ingest: 1 read, 1 stored, 0 already stored"), first.err());

    CliRun again = run("ingest", "--db", db, in.toString());
    assertTrue(again.err().contains("ingest: 1 read, 0 stored, 1 already stored"), again.err());

    CliRun actors = run("actors", "--db", db, "--format", "csv", "Safadi");
    assertEquals(0, actors.status(), actors.err());
    assertTrue(actors.out().contains("Ayman Safadi"), actors.out());
  }

  @Test
  void aStorePathThatIsAFolderIsOneLineAndStatusTwo() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("a-folder"));
    Path article = Files.writeString(dir.resolve("a.txt"), "Talks resume\n\nThe talks resumed on Monday.\n");
    CliRun r = run("ingest", "--db", folder.toString(), article.toString());
    assertEquals(2, r.status());
    assertEquals(1, r.errLines().size(), r.err());
    assertTrue(r.err().contains(folder + ": is a folder"), r.err());
  }
}
