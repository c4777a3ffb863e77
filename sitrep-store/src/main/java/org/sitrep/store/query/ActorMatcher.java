package org.sitrep.store.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the actors a user means by what they typed: an actor id exactly, or a name or any stored spelling ignoring
 * case. Exact matching, not substrings, because "Iran" must not also select "Iranian Red Crescent"; the actors query
 * offers substring search for finding the right id first.
 */
final class ActorMatcher {

  private static final String MATCH = """
      SELECT actor_id FROM actors WHERE actor_id = ? OR lower(name) = lower(?)
      UNION
      SELECT s.actor_id FROM actor_spellings s JOIN actors a ON a.actor_id = s.actor_id
      WHERE lower(s.spelling) = lower(?)
      ORDER BY actor_id
      """;

  private static final String EXACT_ID = "SELECT actor_id FROM actors WHERE actor_id = ?";

  private final Connection connection;

  ActorMatcher(Connection connection) {
    this.connection = connection;
  }

  /** The ids of every actor {@code text} names, sorted; empty if none. */
  List<String> matching(String text) {
    try (PreparedStatement ps = connection.prepareStatement(MATCH)) {
      Sql.bind(ps, List.of(text, text, text));
      List<String> ids = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) ids.add(rs.getString(1));
      }
      return List.copyOf(ids);
    } catch (SQLException e) {
      throw Sql.failure("look up actor '" + text + "'", e);
    }
  }

  /** Like {@link #matching} but never empty: an unknown actor is the user's mistake, and says so. */
  List<String> atLeastOne(String text) {
    List<String> ids = matching(text);
    if (ids.isEmpty()) throw noMatch(text);
    return ids;
  }

  /**
   * The one actor {@code text} names. An exact id wins over names, so that an id always works even when it is also
   * another actor's spelling.
   *
   * @throws IllegalArgumentException if no actor matches, or several do (the message lists their ids)
   */
  String single(String text) {
    try (PreparedStatement ps = connection.prepareStatement(EXACT_ID)) {
      ps.setString(1, text);
      try (ResultSet rs = ps.executeQuery()) {
        if (rs.next()) return rs.getString(1);
      }
    } catch (SQLException e) {
      throw Sql.failure("look up actor '" + text + "'", e);
    }
    List<String> ids = atLeastOne(text);
    if (ids.size() > 1) {
      throw new IllegalArgumentException("'" + text + "' matches several actors: " + String.join(", ", ids)
          + "; give one of these ids");
    }
    return ids.get(0);
  }

  private static IllegalArgumentException noMatch(String text) {
    return new IllegalArgumentException("no actor matches '" + text + "'; sitrep actors NAME lists candidates");
  }
}
