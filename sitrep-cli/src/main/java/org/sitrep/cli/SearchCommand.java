package org.sitrep.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.sitrep.store.StoreException;
import org.sitrep.store.query.RowFormat;
import org.sitrep.store.query.SearchRow;
import org.sitrep.store.query.StoreQueries;
import org.sitrep.store.search.SentenceIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sitrep search}: full-text search over the stored sentences, best match first. */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = {"Finds sentences by words (any word form: 'sanction' finds 'sanctioned'), \"quoted phrases\" and",
        "-excluded words, best match first. Quote the whole query, or put -- before it, when it has -words."})
final class SearchCommand implements Callable<Integer> {

  @Spec
  @Nullable CommandSpec spec;

  @Mixin
  StoreOption store = new StoreOption();

  @Parameters(arity = "1..*", paramLabel = "QUERY", description = "words, \"phrases\" and -exclusions")
  List<String> query = new ArrayList<>();

  @Option(names = "--limit", paramLabel = "N", description = "at most N sentences (default: ${DEFAULT-VALUE})")
  int limit = 20;

  @Option(names = "--format", paramLabel = "FORMAT", description = "table, json or csv (default: table)")
  RowFormat format = RowFormat.TABLE;

  @Override
  public Integer call() throws Exception {
    CommandSpec s = Objects.requireNonNull(spec);
    if (limit < 1) throw new picocli.CommandLine.ParameterException(s.commandLine(), "--limit must be at least 1");
    Path dir = SentenceIndex.besideDatabase(store.existing());
    if (!Files.isDirectory(dir)) throw new StoreException(dir + ": no search index; run sitrep ingest first");
    List<SearchRow> rows;
    // Read-only: no write lock, so a search runs while an ingest adds to the store.
    try (SentenceIndex index = SentenceIndex.openForReading(dir)) {
      rows = StoreQueries.search(index, String.join(" ", query), limit);
    }
    format.write(rows, SearchRow.columns(), s.commandLine().getOut());
    Limits.warnIfCut(rows.size(), limit, s.commandLine().getErr());
    return 0;
  }
}
