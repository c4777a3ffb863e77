package org.sitrep.cli;

import java.sql.Connection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.sitrep.store.query.ActorProfile;
import org.sitrep.store.query.RowFormat;
import org.sitrep.store.query.StoreQueries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sitrep actors}: the store's actors, each once, with every spelling, title and how active they are. */
@Command(name = "actors", mixinStandardHelpOptions = true,
    description = {"Lists the actors of the store, most written-about first, with their spellings, titles, article",
        "count, counted events as source and target, and quotations.",
        "NAME keeps actors whose name or a spelling contains it, ignoring case."})
final class ActorsCommand implements Callable<Integer> {

  @Spec
  @Nullable CommandSpec spec;

  @Mixin
  StoreOption store = new StoreOption();

  @Parameters(arity = "0..1", paramLabel = "NAME", description = "part of a name or spelling")
  @Nullable String name;

  @Option(names = "--format", paramLabel = "FORMAT", description = "table, json or csv (default: table)")
  RowFormat format = RowFormat.TABLE;

  @Override
  public Integer call() throws Exception {
    List<ActorProfile> rows;
    try (Connection c = store.open()) {
      rows = new StoreQueries(c).actors(name);
    }
    format.write(rows, ActorProfile.columns(), Objects.requireNonNull(spec).commandLine().getOut());
    return 0;
  }
}
