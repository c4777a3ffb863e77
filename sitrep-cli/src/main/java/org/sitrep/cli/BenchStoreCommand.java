package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.sitrep.store.bench.StoreBenchReport;
import org.sitrep.store.bench.StoreBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sitrep bench-store}: the corpus store's write throughput and query latencies on a generated corpus. */
@Command(name = "bench-store", mixinStandardHelpOptions = true,
    description = {"Generates a corpus of N events (five per article, one article in ten a syndicated copy), stores it",
        "the way ingest does after NLP, then times every query: the median of --repeats runs after one warm-up.",
        "NLP is not part of it; sitrep bench measures that."})
final class BenchStoreCommand implements Callable<Integer> {

  @Spec
  @Nullable CommandSpec spec;

  @Option(names = "--events", paramLabel = "N", description = "events to generate (default: ${DEFAULT-VALUE})")
  int events = 25_000;

  @Option(names = "--batch", paramLabel = "N", description = "articles per transaction, as ingest --batch (default: ${DEFAULT-VALUE})")
  int batch = 32;

  @Option(names = "--repeats", paramLabel = "N", description = "timed runs of each query (default: ${DEFAULT-VALUE})")
  int repeats = 5;

  @Option(names = "--dir", paramLabel = "DIR", description = "keep the store and exports in DIR (default: a temporary folder, removed)")
  @Nullable Path dir;

  @Override
  public Integer call() throws IOException {
    CommandSpec s = Objects.requireNonNull(spec);
    if (events < 1 || batch < 1 || repeats < 1) {
      throw new ParameterException(s.commandLine(), "--events, --batch and --repeats must be at least 1");
    }
    Path work = dir != null ? Files.createDirectories(dir) : Files.createTempDirectory("sitrep-bench-store-");
    StoreBenchReport report;
    try (Progress progress = Progress.start("store", Math.max(1, events / 5), true)) {
      report = new StoreBenchmark(events, batch, repeats).run(work, progress);
    } finally {
      if (dir == null) deleteTree(work);
    }
    PrintWriter out = s.commandLine().getOut();
    out.print(report.table());
    out.flush();
    return 0;
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
    }
  }
}
