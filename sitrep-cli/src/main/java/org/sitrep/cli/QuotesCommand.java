package org.sitrep.cli;

import java.sql.Connection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.sitrep.store.query.QuoteRow;
import org.sitrep.store.query.RowFormat;
import org.sitrep.store.query.StoreQueries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sitrep quotes}: who said what, by speaker and words. */
@Command(name = "quotes", mixinStandardHelpOptions = true,
    description = {"Lists quotations in publication order with speaker, speech verb, addressee and outlet."})
final class QuotesCommand implements Callable<Integer> {

  @Spec
  @Nullable CommandSpec spec;

  @Mixin
  StoreOption store = new StoreOption();

  @Option(names = "--speaker", paramLabel = "ACTOR", description = "only quotations of this actor (id, name or spelling)")
  @Nullable String speaker;

  @Option(names = "--text", paramLabel = "WORDS", description = "only quotations containing WORDS (ignoring case)")
  @Nullable String text;

  @Option(names = "--limit", paramLabel = "N", description = "at most N quotations (default: ${DEFAULT-VALUE})")
  int limit = 100;

  @Option(names = "--format", paramLabel = "FORMAT", description = "table, json or csv (default: table)")
  RowFormat format = RowFormat.TABLE;

  @Override
  public Integer call() throws Exception {
    CommandSpec s = Objects.requireNonNull(spec);
    List<QuoteRow> rows;
    try (Connection c = store.open()) {
      rows = new StoreQueries(c).quotes(speaker, text, limit);
    }
    format.write(rows, QuoteRow.columns(), s.commandLine().getOut());
    Limits.warnIfCut(rows.size(), limit, s.commandLine().getErr());
    return 0;
  }
}
