package org.sitrep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.sitrep.ingest.ReaderLimits;
import org.sitrep.model.ArticleAnalysis;
import org.sitrep.model.CorpusActor;
import org.sitrep.model.PartialDate;
import org.sitrep.model.Problem;
import org.sitrep.pipeline.Batch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sitrep actors}: the actors of a corpus, each once, with every spelling the articles use. */
@Command(name = "actors", mixinStandardHelpOptions = true,
    description = {"Analyses a corpus and lists its actors, each once, with all their spellings.",
        "Exit status 1 if some input could not be read."})
final class ActorsCommand implements Callable<Integer> {

  enum Format { table, json, csv }

  private final Engine engine;

  @Spec
  @Nullable CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = ".txt, .html or .jsonl files, or directories of them")
  List<Path> paths = new ArrayList<>();

  @Option(names = "--format", paramLabel = "FORMAT", description = "table, json or csv (default: ${DEFAULT-VALUE})")
  Format format = Format.table;

  @Option(names = "--name", paramLabel = "TEXT", description = "only actors with a spelling containing TEXT")
  @Nullable String name;

  @Option(names = "--published", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
      description = "date of articles that state none")
  @Nullable PartialDate published;

  @Option(names = "--dictionary", paramLabel = "FILE", description = "add a knowledge-base file or Phoenix dictionary")
  List<Path> dictionaries = new ArrayList<>();

  @Option(names = "--threads", paramLabel = "N", description = "articles analysed at once (default: ${DEFAULT-VALUE})")
  int threads = Runtime.getRuntime().availableProcessors();

  ActorsCommand(Engine engine) {
    this.engine = engine;
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = Objects.requireNonNull(spec).commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Batch<ArticleAnalysis> result = engine.analyse(paths, dictionaries, ReaderLimits.defaults(), published, threads,
        "actors", true);
    List<Problem> problems = result.problems();
    problems.forEach(err::println);
    List<CorpusActor> actors = CorpusActor.of(result.results()).stream().filter(this::wanted).toList();
    switch (format) {
      case json -> {
        ObjectMapper json = new ObjectMapper();
        for (CorpusActor a : actors) out.println(json.writeValueAsString(row(a)));
      }
      case csv -> {
        out.println("id,name,kind,country,sector,articles,titles,spellings");
        for (CorpusActor a : actors) {
          out.println(String.join(",", csv(a.id()), csv(a.name()), a.kind().name(), csv(a.country()), csv(a.sector()),
              Integer.toString(a.articles()), csv(String.join("; ", a.titles())), csv(String.join("; ", a.spellings()))));
        }
      }
      case table -> {
        out.printf(Locale.ROOT, "%-34s %-13s %-7s %-6s %4s  %s%n", "ID", "KIND", "COUNTRY", "SECTOR", "ARTS", "SPELLINGS");
        for (CorpusActor a : actors) {
          out.printf(Locale.ROOT, "%-34s %-13s %-7s %-6s %4d  %s%n", a.id(), a.kind(), dash(a.country()),
              dash(a.sector()), a.articles(), String.join(" | ", a.spellings()));
        }
      }
    }
    out.flush();
    return problems.isEmpty() ? 0 : 1;
  }

  private boolean wanted(CorpusActor a) {
    if (name == null) return true;
    String n = name.toLowerCase(Locale.ROOT);
    return a.name().toLowerCase(Locale.ROOT).contains(n)
        || a.spellings().stream().anyMatch(s -> s.toLowerCase(Locale.ROOT).contains(n));
  }

  private static Map<String, Object> row(CorpusActor a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", a.id());
    m.put("name", a.name());
    m.put("kind", a.kind().name());
    m.put("country", a.country());
    m.put("sector", a.sector());
    m.put("titles", a.titles());
    m.put("spellings", a.spellings());
    m.put("articles", a.articles());
    return m;
  }

  private static String dash(@Nullable String s) {
    return s == null ? "-" : s;
  }

  private static String csv(@Nullable String s) {
    if (s == null) return "";
    return s.matches(".*[,\"\\n\\r].*") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
  }
}
