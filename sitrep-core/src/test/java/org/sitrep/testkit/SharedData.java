package org.sitrep.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds the team's {@code shared} folder (development corpora, gold files, dictionaries) beside the checkout.
 * Tests that need it call {@link #require()}, which skips them with a message when it is absent.
 */
public final class SharedData {

  private SharedData() {}

  /** The shared folder: the first {@code <ancestor>/shared} of the working directory holding the dev corpus. */
  public static Optional<Path> find() {
    for (Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared");
      if (Files.isRegularFile(candidate.resolve("corpus/dev/dev.jsonl"))) return Optional.of(candidate);
    }
    return Optional.empty();
  }

  public static Path require() {
    Optional<Path> shared = find();
    Assumptions.assumeTrue(shared.isPresent(), "../shared with corpus/dev is not beside this checkout; skipped");
    return shared.orElseThrow();
  }
}
