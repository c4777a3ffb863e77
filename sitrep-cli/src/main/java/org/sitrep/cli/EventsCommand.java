package org.sitrep.cli;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.sitrep.model.EventType;
import org.sitrep.store.query.EventFilter;
import org.sitrep.store.query.EventRow;
import org.sitrep.store.query.RowFormat;
import org.sitrep.store.query.StoreQueries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sitrep events}: the store's PLOVER events, filtered, in day order. */
@Command(name = "events", mixinStandardHelpOptions = true,
    description = {"Lists events (who did what to whom, when and where) in day order, with the sentence, outlet and",
        "incident of each. An event a syndicated copy already reported is left out unless --include-repeats."})
final class EventsCommand implements Callable<Integer> {

  @Spec
  @Nullable CommandSpec spec;

  @Mixin
  StoreOption store = new StoreOption();

  @Option(names = "--actor", paramLabel = "ACTOR", description = "only events with this actor (id, name or spelling) as source or target")
  @Nullable String actor;

  @Option(names = "--type", paramLabel = "TYPE", description = "only this PLOVER type: ${COMPLETION-CANDIDATES}")
  @Nullable EventType type;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", converter = DayConverter.class, description = "only events on or after this day")
  @Nullable LocalDate from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", converter = DayConverter.class, description = "only events on or before this day")
  @Nullable LocalDate to;

  @Option(names = "--outlet", paramLabel = "NAME", description = "only events reported by this outlet (ignoring case)")
  @Nullable String outlet;

  @Option(names = "--include-repeats", description = "also events that a syndicated copy of the same story already reported")
  boolean includeRepeats;

  @Option(names = "--limit", paramLabel = "N", description = "at most N events (default: ${DEFAULT-VALUE})")
  int limit = 100;

  @Option(names = "--format", paramLabel = "FORMAT", description = "table, json or csv (default: table)")
  RowFormat format = RowFormat.TABLE;

  @Override
  public Integer call() throws Exception {
    CommandSpec s = Objects.requireNonNull(spec);
    EventFilter filter = new EventFilter(actor, type, from, to, outlet, includeRepeats, limit);
    List<EventRow> rows;
    try (Connection c = store.open()) {
      rows = new StoreQueries(c).events(filter);
    }
    format.write(rows, EventRow.columns(), s.commandLine().getOut());
    Limits.warnIfCut(rows.size(), limit, s.commandLine().getErr());
    return 0;
  }
}
