package org.sitrep.cli;

import java.io.PrintWriter;
import java.sql.Connection;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.sitrep.store.query.ActorGraph;
import org.sitrep.store.query.GraphFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sitrep graph}: the actor network as a file for Gephi, yEd or scripts. */
@Command(name = "graph", mixinStandardHelpOptions = true,
    description = {"Writes the actor network: actors as nodes; one directed edge per source, target and event type",
        "weighted by its number of events, and BACKS/LEADS/MEMBER_OF edges weighted by the stories stating them."})
final class GraphCommand implements Callable<Integer> {

  @Spec
  @Nullable CommandSpec spec;

  @Mixin
  StoreOption store = new StoreOption();

  @Option(names = "--format", paramLabel = "FORMAT", description = "graphml, gexf or json (default: graphml)")
  GraphFormat format = GraphFormat.GRAPHML;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write to FILE instead of standard output")
  @Nullable Path output;

  @Option(names = "--include-repeats", description = "also count events that a syndicated copy already reported")
  boolean includeRepeats;

  @Override
  public Integer call() throws Exception {
    ActorGraph graph;
    try (Connection c = store.open()) {
      graph = ActorGraph.load(c, includeRepeats);
    }
    if (output == null) {
      PrintWriter out = Objects.requireNonNull(spec).commandLine().getOut();
      format.write(graph, out);
    } else {
      AtomicFile.write(output, w -> format.write(graph, w));
    }
    return 0;
  }
}
