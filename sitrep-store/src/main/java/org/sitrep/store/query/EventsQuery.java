package org.sitrep.store.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Events matching an {@link EventFilter}, in day order. The WHERE clause is assembled from constant fragments, one
 * per criterion the filter sets, and every value is a parameter.
 */
final class EventsQuery {

  private static final String SELECT = "SELECT e.event_id, " + EventJoins.DAY + """
       AS day, e.type, e.mode, e.source_id, s.name AS source_name, e.target_id, t.name AS target_name,
             e.location, a.outlet, e.article_id, e.sentence, e.text, e.reported_by, ie.incident_id,
             len(i.outlets) AS incident_outlets, e.counted
      """ + EventJoins.FROM;

  private static final String ORDER = " ORDER BY day NULLS LAST, e.event_id LIMIT ?";

  private EventsQuery() {}

  static List<EventRow> run(Connection connection, EventFilter filter) {
    List<String> where = new ArrayList<>();
    List<Object> params = new ArrayList<>();
    if (!filter.includeRepeats()) where.add("e.counted");
    if (filter.actor() != null) {
      List<String> ids = new ActorMatcher(connection).atLeastOne(filter.actor());
      String in = Sql.placeholders(ids.size());
      where.add("(e.source_id IN (" + in + ") OR e.target_id IN (" + in + "))");
      params.addAll(ids);
      params.addAll(ids);
    }
    if (filter.type() != null) {
      where.add("e.type = ?");
      params.add(filter.type().name());
    }
    if (filter.from() != null) {
      where.add(EventJoins.DAY + " >= ?");
      params.add(filter.from());
    }
    if (filter.to() != null) {
      where.add(EventJoins.DAY + " <= ?");
      params.add(filter.to());
    }
    if (filter.outlet() != null) {
      where.add("lower(a.outlet) = lower(?)");
      params.add(filter.outlet());
    }
    params.add(filter.limit());
    String sql = SELECT + (where.isEmpty() ? "" : "WHERE " + String.join(" AND ", where)) + ORDER;
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      Sql.bind(ps, params);
      List<EventRow> rows = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) rows.add(row(rs));
      }
      return List.copyOf(rows);
    } catch (SQLException e) {
      throw Sql.failure("list events", e);
    }
  }

  private static EventRow row(ResultSet rs) throws SQLException {
    return new EventRow(rs.getLong("event_id"), Sql.date(rs, "day"), rs.getString("type"), rs.getString("mode"),
        rs.getString("source_id"), rs.getString("source_name"), rs.getString("target_id"),
        rs.getString("target_name"), rs.getString("location"), rs.getString("outlet"), rs.getString("article_id"),
        rs.getInt("sentence"), rs.getString("text"), rs.getString("reported_by"), rs.getString("incident_id"),
        Sql.integer(rs, "incident_outlets"), rs.getBoolean("counted"));
  }
}
