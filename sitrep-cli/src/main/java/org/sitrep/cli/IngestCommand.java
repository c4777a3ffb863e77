package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.sitrep.ingest.ArticleReader;
import org.sitrep.knowledge.Knowledge;
import org.sitrep.model.Problem;
import org.sitrep.model.RawArticle;
import org.sitrep.pipeline.Batch;
import org.sitrep.store.CorpusStore;
import org.sitrep.store.IngestReport;
import org.sitrep.store.Ingester;
import org.sitrep.store.search.SentenceIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sitrep ingest}: analyses articles into the corpus store; safe to repeat and to interrupt. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = {"Analyses articles and adds them to the corpus store (a DuckDB file), with every fact's sentence.",
        "Content already stored is skipped, so running it again adds nothing; a killed run loses at most the batch",
        "in progress, and the next run stores exactly what is missing. New actors are resolved against the stored ones."},
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:every input was stored or already there", "1:some input could not be read, analysed or stored",
        "2:bad usage, or the store could not be opened"})
final class IngestCommand implements Callable<Integer> {

  private final Engine engine;

  @Spec
  @Nullable CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = ".txt, .html or .jsonl files, or directories of them")
  List<Path> paths = new ArrayList<>();

  @Option(names = "--db", paramLabel = "FILE", description = "the store (default: ${DEFAULT-VALUE}); created when missing")
  Path db = Path.of("sitrep.db");

  @Option(names = "--batch", paramLabel = "N",
      description = "articles analysed and committed together; a killed run loses at most one batch (default: ${DEFAULT-VALUE})")
  int batch = 32;

  @Mixin
  AnalysisOptions options = new AnalysisOptions();

  IngestCommand(Engine engine) {
    this.engine = engine;
  }

  @Override
  public Integer call() {
    CommandSpec s = Objects.requireNonNull(spec);
    PrintWriter err = s.commandLine().getErr();
    options.check(s.commandLine());
    if (batch < 1) throw new ParameterException(s.commandLine(), "--batch must be at least 1");
    Knowledge knowledge = engine.knowledge(options.dictionaries);
    Batch<RawArticle> input = new ArticleReader(options.limits()).read(paths);
    IngestReport report;
    try (CorpusStore store = CorpusStore.open(db);
        SentenceIndex search = SentenceIndex.open(SentenceIndex.besideDatabase(db));
        Progress progress = Progress.start("ingest", input.results().size(), !options.quiet)) {
      report = new Ingester(() -> engine.pipeline(options.threads, knowledge), batch)
          .ingest(store, search, input, options.published, progress);
    }
    for (Problem p : report.problems()) err.println(p);
    if (!options.quiet) err.println(report.summary());
    err.flush();
    return report.problems().isEmpty() ? 0 : 1;
  }
}
