package org.sitrep.store.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the actor network from the store. Event edges need both a source and a target; an event with only one of
 * them still makes its actor a node and counts towards its event total. Relation weights count distinct stories,
 * so that a relation stated by a wire story and its reprints weighs as one statement, like a counted event.
 */
final class ActorGraphQuery {

  /** The events that count: {@code ?} is true to include repeats. */
  private static final String EVENTS = "SELECT source_id, target_id, type FROM events WHERE counted OR ?";

  private static final String NODES = """
      WITH ev AS (%s),
      ids AS (
        SELECT source_id AS id FROM ev WHERE source_id IS NOT NULL
        UNION SELECT target_id FROM ev WHERE target_id IS NOT NULL
        UNION SELECT subject_id FROM relations
        UNION SELECT object_id FROM relations
      ),
      counts AS (
        SELECT id, count(*) AS n FROM (
          SELECT source_id AS id FROM ev
          UNION ALL SELECT target_id FROM ev WHERE target_id IS DISTINCT FROM source_id
        ) WHERE id IS NOT NULL GROUP BY id
      )
      SELECT ids.id, coalesce(a.name, ids.id) AS name, a.kind, a.country, a.sector, coalesce(counts.n, 0) AS events
      FROM ids
      LEFT JOIN actors a ON a.actor_id = ids.id
      LEFT JOIN counts ON counts.id = ids.id
      ORDER BY ids.id
      """.formatted(EVENTS);

  private static final String EVENT_EDGES = """
      SELECT source_id, target_id, type, count(*) AS weight FROM (%s)
      WHERE source_id IS NOT NULL AND target_id IS NOT NULL
      GROUP BY source_id, target_id, type
      ORDER BY source_id, target_id, type
      """.formatted(EVENTS);

  private static final String RELATION_EDGES = """
      SELECT r.subject_id, r.object_id, r.predicate, count(DISTINCT coalesce(a.story_id, r.article_id)) AS weight
      FROM relations r LEFT JOIN articles a ON a.article_id = r.article_id
      GROUP BY r.subject_id, r.object_id, r.predicate
      ORDER BY r.subject_id, r.object_id, r.predicate
      """;

  private ActorGraphQuery() {}

  static ActorGraph load(Connection connection, boolean includeRepeats) {
    try {
      List<GraphNode> nodes = new ArrayList<>();
      try (PreparedStatement ps = connection.prepareStatement(NODES)) {
        ps.setBoolean(1, includeRepeats);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            nodes.add(new GraphNode(rs.getString("id"), rs.getString("name"), rs.getString("kind"),
                rs.getString("country"), rs.getString("sector"), rs.getInt("events")));
          }
        }
      }
      List<GraphEdge> edges = new ArrayList<>();
      try (PreparedStatement ps = connection.prepareStatement(EVENT_EDGES)) {
        ps.setBoolean(1, includeRepeats);
        addEdges(ps, GraphEdge.Category.EVENT, edges);
      }
      try (PreparedStatement ps = connection.prepareStatement(RELATION_EDGES)) {
        addEdges(ps, GraphEdge.Category.RELATION, edges);
      }
      return new ActorGraph(nodes, edges);
    } catch (SQLException e) {
      throw Sql.failure("read the actor network", e);
    }
  }

  private static void addEdges(PreparedStatement ps, GraphEdge.Category category, List<GraphEdge> edges)
      throws SQLException {
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        edges.add(new GraphEdge("e" + (edges.size() + 1), rs.getString(1), rs.getString(2), category,
            rs.getString(3), rs.getInt(4)));
      }
    }
  }
}
