package org.sitrep.store.query;

import java.sql.Connection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The actor network of the store: actors as nodes, who-did-what-to-whom and who-backs/leads/belongs-to-whom as
 * weighted directed edges. Built from counted events by default, so that a syndicated story does not thicken an edge
 * once per copy. Written as GraphML, GEXF or JSON by {@link GraphFormat} for Gephi, yEd, Cytoscape or scripts.
 *
 * @param nodes the actors, sorted by id
 * @param edges the edges, event edges first, each group sorted by source, target and type
 */
public record ActorGraph(List<GraphNode> nodes, List<GraphEdge> edges) {

  public ActorGraph {
    nodes = List.copyOf(nodes);
    edges = List.copyOf(edges);
    Set<String> ids = new HashSet<>();
    for (GraphNode n : nodes) {
      if (!ids.add(n.id())) throw new IllegalArgumentException("node " + n.id() + " given twice");
    }
    Set<String> edgeIds = new HashSet<>();
    for (GraphEdge e : edges) {
      if (!ids.contains(e.source()) || !ids.contains(e.target())) {
        throw new IllegalArgumentException("edge " + e.id() + " joins an actor that is not a node");
      }
      if (!edgeIds.add(e.id())) throw new IllegalArgumentException("edge id " + e.id() + " given twice");
    }
  }

  /**
   * The network of the store behind {@code connection}: every actor that takes part in an event or a relation, with
   * edges weighted by event counts (counted events only, unless {@code includeRepeats}) and relation statements.
   */
  public static ActorGraph load(Connection connection, boolean includeRepeats) {
    return ActorGraphQuery.load(connection, includeRepeats);
  }
}
