package org.sitrep.store.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Actor profiles: one row per actor with its spellings, titles and counts. Event counts use counted events only and
 * quotations are counted once per story, so that a wire story carried by five outlets does not make its actors look
 * five times as active. The article count is plain (every article naming the actor), because it answers "where can I
 * read about this actor".
 */
final class ActorsQuery {

  private static final String SELECT = """
      SELECT a.actor_id, a.name, a.kind, a.country, a.sector, sp.spellings, ti.titles,
             coalesce(ar.n, 0) AS articles, coalesce(src.n, 0) AS as_source, coalesce(tgt.n, 0) AS as_target,
             coalesce(qu.n, 0) AS quotes
      FROM actors a
      LEFT JOIN (SELECT actor_id, list_sort(list_distinct(list(spelling))) AS spellings
                 FROM actor_spellings GROUP BY actor_id) sp ON sp.actor_id = a.actor_id
      LEFT JOIN (SELECT actor_id, list_sort(list_distinct(list(title))) AS titles
                 FROM actor_titles GROUP BY actor_id) ti ON ti.actor_id = a.actor_id
      LEFT JOIN (SELECT actor_id, count(DISTINCT article_id) AS n
                 FROM (SELECT actor_id, article_id FROM article_actors
                       UNION ALL SELECT actor_id, article_id FROM mentions)
                 GROUP BY actor_id) ar ON ar.actor_id = a.actor_id
      LEFT JOIN (SELECT source_id AS actor_id, count(*) AS n FROM events
                 WHERE counted AND source_id IS NOT NULL GROUP BY source_id) src ON src.actor_id = a.actor_id
      LEFT JOIN (SELECT target_id AS actor_id, count(*) AS n FROM events
                 WHERE counted AND target_id IS NOT NULL GROUP BY target_id) tgt ON tgt.actor_id = a.actor_id
      LEFT JOIN (SELECT speaker_id AS actor_id, count(*) AS n
                 FROM (SELECT DISTINCT q.speaker_id, ar.story_id, q.text
                       FROM quotes q JOIN articles ar ON ar.article_id = q.article_id
                       WHERE q.speaker_id IS NOT NULL)
                 GROUP BY speaker_id) qu ON qu.actor_id = a.actor_id
      """;

  private static final String NAME_FILTER = """
      WHERE contains(lower(a.name), lower(?))
         OR EXISTS (SELECT 1 FROM actor_spellings s
                    WHERE s.actor_id = a.actor_id AND contains(lower(s.spelling), lower(?)))
      """;

  private static final String ORDER = "ORDER BY articles DESC, lower(a.name), a.name, a.actor_id";

  private ActorsQuery() {}

  static List<ActorProfile> run(Connection connection, @Nullable String name) {
    String sql = SELECT + (name == null ? "" : NAME_FILTER) + ORDER;
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      if (name != null) Sql.bind(ps, List.of(name, name));
      List<ActorProfile> rows = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rows.add(new ActorProfile(rs.getString("actor_id"), rs.getString("name"), rs.getString("kind"),
              rs.getString("country"), rs.getString("sector"), Sql.strings(rs, "spellings"),
              Sql.strings(rs, "titles"), rs.getInt("articles"), rs.getInt("as_source"), rs.getInt("as_target"),
              rs.getInt("quotes")));
        }
      }
      return List.copyOf(rows);
    } catch (SQLException e) {
      throw Sql.failure("list actors", e);
    }
  }
}
