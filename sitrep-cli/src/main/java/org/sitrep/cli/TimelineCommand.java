package org.sitrep.cli;

import java.sql.Connection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.sitrep.store.query.RowFormat;
import org.sitrep.store.query.StoreQueries;
import org.sitrep.store.query.TimelineRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sitrep timeline}: what one actor did and suffered, one line per incident, in day order. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
    description = {"Lists an actor's events as source or target in day order, one line per incident: an event",
        "reported by several outlets is one line naming them all, with its number of independent reports.",
        "An ACTOR that names several actors is an error listing their ids."})
final class TimelineCommand implements Callable<Integer> {

  @Spec
  @Nullable CommandSpec spec;

  @Mixin
  StoreOption store = new StoreOption();

  @Parameters(index = "0", paramLabel = "ACTOR", description = "an actor id, name or spelling")
  String actor = "";

  @Option(names = "--format", paramLabel = "FORMAT", description = "table, json or csv (default: table)")
  RowFormat format = RowFormat.TABLE;

  @Override
  public Integer call() throws Exception {
    List<TimelineRow> rows;
    try (Connection c = store.open()) {
      rows = new StoreQueries(c).timeline(actor);
    }
    format.write(rows, TimelineRow.columns(), Objects.requireNonNull(spec).commandLine().getOut());
    return 0;
  }
}
