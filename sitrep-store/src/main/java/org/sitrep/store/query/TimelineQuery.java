package org.sitrep.store.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * One actor's counted events, one row per incident. Reports of one incident by several outlets collapse into a row
 * that lists the outlets; an event that no incident groups is a row of its own. The first report (lowest event id)
 * supplies the example sentence and article; the mode is the first one any report gives.
 */
final class TimelineQuery {

  private static final String SQL = """
      WITH ev AS (
        SELECT e.event_id, %s AS day, e.type, e.mode, e.source_id, e.target_id, e.text, e.article_id,
               a.outlet, ie.incident_id, coalesce(ie.incident_id, 'event:' || e.event_id) AS grp
        %s
        WHERE e.counted AND (e.source_id = ? OR e.target_id = ?)
      ),
      grouped AS (
        SELECT grp, any_value(incident_id) AS incident_id, min(day) AS day, min(event_id) AS first_event,
               arg_min(type, event_id) AS type, arg_min(mode, event_id) AS mode,
               arg_min(source_id, event_id) AS source_id, arg_min(target_id, event_id) AS target_id,
               arg_min(text, event_id) AS text, arg_min(article_id, event_id) AS article_id,
               list_distinct(list(outlet)) AS own_outlets, count(*) AS own_reports
        FROM ev GROUP BY grp
      )
      SELECT g.day, g.type, g.mode, s.name AS source_name, t.name AS target_name,
             list_sort(list_distinct(coalesce(i.outlets, g.own_outlets))) AS outlets,
             coalesce(i.independent_reports, g.own_reports) AS reports, g.text, g.article_id, g.incident_id
      FROM grouped g
      LEFT JOIN incidents i ON i.incident_id = g.incident_id
      LEFT JOIN actors s ON s.actor_id = g.source_id
      LEFT JOIN actors t ON t.actor_id = g.target_id
      ORDER BY g.day NULLS LAST, g.first_event
      """.formatted(EventJoins.DAY, EventJoins.FROM);

  private TimelineQuery() {}

  static List<TimelineRow> run(Connection connection, String actor) {
    String id = new ActorMatcher(connection).single(actor);
    try (PreparedStatement ps = connection.prepareStatement(SQL)) {
      Sql.bind(ps, List.of(id, id));
      List<TimelineRow> rows = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rows.add(new TimelineRow(Sql.date(rs, "day"), rs.getString("type"), rs.getString("mode"),
              rs.getString("source_name"), rs.getString("target_name"), Sql.strings(rs, "outlets"),
              rs.getInt("reports"), rs.getString("text"), rs.getString("article_id"), rs.getString("incident_id")));
        }
      }
      return List.copyOf(rows);
    } catch (SQLException e) {
      throw Sql.failure("build the timeline of " + id, e);
    }
  }
}
