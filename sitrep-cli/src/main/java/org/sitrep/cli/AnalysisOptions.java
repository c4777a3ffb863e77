package org.sitrep.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sitrep.ingest.ReaderLimits;
import org.sitrep.model.PartialDate;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The options of the commands that run the pipeline ({@code analyze}, {@code ingest}), declared once. */
final class AnalysisOptions {

  @Option(names = "--published", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
      description = "date of articles that state none")
  @Nullable PartialDate published;

  @Option(names = "--threads", paramLabel = "N", description = "articles analysed at once (default: all cores, ${DEFAULT-VALUE})")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--max-chars", paramLabel = "N", description = "reject articles longer than N characters (default: ${DEFAULT-VALUE})")
  int maxChars = ReaderLimits.defaults().maxArticleChars();

  @Option(names = {"-q", "--quiet"}, description = "no progress bar or summary line")
  boolean quiet;

  @Option(names = "--dictionary", paramLabel = "FILE",
      description = "add actors or agents: a sitrep knowledge-base file or a PETRARCH/Phoenix dictionary (repeatable)")
  List<Path> dictionaries = new ArrayList<>();

  /** Rejects values no run can use, as a usage error (exit status 2). */
  void check(CommandLine cli) {
    if (threads < 1) throw new CommandLine.ParameterException(cli, "--threads must be at least 1");
    if (maxChars < 1) throw new CommandLine.ParameterException(cli, "--max-chars must be at least 1");
  }

  ReaderLimits limits() {
    return new ReaderLimits(maxChars);
  }
}
