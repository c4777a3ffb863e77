package org.sitrep.store.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Quotations by speaker and words, in publication order. Every stored quotation is listed, syndicated copies
 * included, because a quotation's outlets are part of what an analyst checks; the story id in the export lets a
 * script collapse copies.
 */
final class QuotesQuery {

  private static final String SELECT = """
      SELECT q.speaker_id, sp.name AS speaker_name, q.speaker_text, q.verb, q.addressee_id,
             ad.name AS addressee_name, q.text, a.outlet, q.article_id, q.sentence, a.published
      FROM quotes q
      LEFT JOIN articles a ON a.article_id = q.article_id
      LEFT JOIN actors sp ON sp.actor_id = q.speaker_id
      LEFT JOIN actors ad ON ad.actor_id = q.addressee_id
      """;

  private static final String ORDER = " ORDER BY a.published_day NULLS LAST, a.seq, q.article_id, q.quote_no LIMIT ?";

  private QuotesQuery() {}

  static List<QuoteRow> run(Connection connection, @Nullable String speaker, @Nullable String text, int limit) {
    if (limit < 1) throw new IllegalArgumentException("limit must be at least 1: " + limit);
    List<String> where = new ArrayList<>();
    List<Object> params = new ArrayList<>();
    if (speaker != null) {
      List<String> ids = new ActorMatcher(connection).atLeastOne(speaker);
      where.add("q.speaker_id IN (" + Sql.placeholders(ids.size()) + ")");
      params.addAll(ids);
    }
    if (text != null) {
      where.add("contains(lower(q.text), lower(?))");
      params.add(text);
    }
    params.add(limit);
    String sql = SELECT + (where.isEmpty() ? "" : "WHERE " + String.join(" AND ", where)) + ORDER;
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      Sql.bind(ps, params);
      List<QuoteRow> rows = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rows.add(new QuoteRow(rs.getString("speaker_id"), rs.getString("speaker_name"),
              rs.getString("speaker_text"), rs.getString("verb"), rs.getString("addressee_id"),
              rs.getString("addressee_name"), rs.getString("text"), rs.getString("outlet"),
              rs.getString("article_id"), rs.getInt("sentence"), rs.getString("published")));
        }
      }
      return List.copyOf(rows);
    } catch (SQLException e) {
      throw Sql.failure("list quotations", e);
    }
  }
}
