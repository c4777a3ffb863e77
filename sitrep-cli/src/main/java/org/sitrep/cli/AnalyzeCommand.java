package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.sitrep.json.ContractWriter;
import org.sitrep.model.ArticleAnalysis;
import org.sitrep.model.Problem;
import org.sitrep.pipeline.Batch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write to FILE instead of standard output")
  @Nullable Path output;

  @Mixin
  AnalysisOptions options = new AnalysisOptions();

  AnalyzeCommand(Engine engine) {
    this.engine = engine;
  }

  @Override
  public Integer call() throws IOException {
    CommandSpec s = java.util.Objects.requireNonNull(spec);
    PrintWriter err = s.commandLine().getErr();
    options.check(s.commandLine());
    Batch<ArticleAnalysis> result = engine.analyse(paths, options.dictionaries, options.limits(), options.published,
        options.threads, "analyze", !options.quiet);
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
    AtomicFile.write(output, w -> {
      for (ArticleAnalysis a : analyses) json.write(a, w);
    });
  }
}
