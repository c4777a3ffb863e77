package org.sitrep.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.sitrep.ingest.ReaderLimits;
import org.sitrep.json.ContractWriter;
import org.sitrep.model.ArticleAnalysis;
import org.sitrep.model.PartialDate;
import org.sitrep.model.Problem;
import org.sitrep.pipeline.Batch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sitrep analyze}: articles in, one contract JSON line per article out, in input order. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
    description = {"Analyses articles and prints one JSON object per article (JSON Lines), in input order.",
        "All articles of one call form one corpus: an actor has the same id in every article."},
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:every input was analysed", "1:some input could not be read or analysed (see stderr)",
        "2:bad usage or an internal error"})
final class AnalyzeCommand implements Callable<Integer> {

  private final Engine engine;

  @Spec
  @Nullable CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = ".txt, .html or .jsonl files, or directories of them")
  List<Path> paths = new ArrayList<>();

  @Option(names = "--published", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
      description = "date of articles that state none")
  @Nullable PartialDate published;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write to FILE instead of standard output")
  @Nullable Path output;

  @Option(names = "--threads", paramLabel = "N", description = "articles analysed at once (default: all cores, ${DEFAULT-VALUE})")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--max-chars", paramLabel = "N", description = "reject articles longer than N characters (default: ${DEFAULT-VALUE})")
  int maxChars = ReaderLimits.defaults().maxArticleChars();

  @Option(names = {"-q", "--quiet"}, description = "no progress bar")
  boolean quiet;

  @Option(names = "--dictionary", paramLabel = "FILE",
      description = "add actors or agents: a sitrep knowledge-base file or a PETRARCH/Phoenix dictionary (repeatable)")
  List<Path> dictionaries = new ArrayList<>();

  AnalyzeCommand(Engine engine) {
    this.engine = engine;
  }

  @Override
  public Integer call() throws IOException {
    CommandSpec s = java.util.Objects.requireNonNull(spec);
    PrintWriter err = s.commandLine().getErr();
    if (threads < 1) throw new picocli.CommandLine.ParameterException(s.commandLine(), "--threads must be at least 1");
    if (maxChars < 1) throw new picocli.CommandLine.ParameterException(s.commandLine(), "--max-chars must be at least 1");
    Batch<ArticleAnalysis> result = engine.analyse(paths, dictionaries, new ReaderLimits(maxChars), published, threads,
        "analyze", !quiet);
    for (Problem p : result.problems()) err.println(p);
    write(result.results(), s.commandLine().getOut());
    return result.problems().isEmpty() ? 0 : 1;
  }

  private void write(List<ArticleAnalysis> analyses, PrintWriter stdout) throws IOException {
    ContractWriter json = new ContractWriter();
    if (output == null) {
      for (ArticleAnalysis a : analyses) json.write(a, stdout);
      stdout.flush();
      return;
    }
    // Write beside the target and move into place: a crash never leaves half a file where a user expects output.
    Path target = output.toAbsolutePath();
    Path tmp = Files.createTempFile(target.getParent(), ".sitrep-", ".jsonl.tmp");
    try {
      try (Writer w = new BufferedWriter(Files.newBufferedWriter(tmp, StandardCharsets.UTF_8))) {
        for (ArticleAnalysis a : analyses) json.write(a, w);
      }
      try {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
