package org.sitrep.store.query;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sitrep.store.StoreException;

/** Small JDBC helpers shared by the queries: binding, reading nullable and list columns, and error wrapping. */
final class Sql {

  private Sql() {}

  /** The error a query throws when the database fails: unchecked, as elsewhere in the store. */
  static StoreException failure(String what, SQLException e) {
    return new StoreException("cannot " + what + ": " + e.getMessage(), e);
  }

  /** {@code n} comma-separated placeholders, for an {@code IN (...)} list of parameters. */
  static String placeholders(int n) {
    if (n < 1) throw new IllegalArgumentException("need at least one placeholder");
    return String.join(", ", Collections.nCopies(n, "?"));
  }

  static void bind(PreparedStatement statement, List<?> parameters) throws SQLException {
    for (int i = 0; i < parameters.size(); i++) statement.setObject(i + 1, parameters.get(i));
  }

  static @Nullable LocalDate date(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, LocalDate.class);
  }

  static @Nullable Integer integer(ResultSet rs, String column) throws SQLException {
    int v = rs.getInt(column);
    return rs.wasNull() ? null : v;
  }

  /** A {@code VARCHAR[]} column as a list; SQL NULL and NULL elements are left out. */
  static List<String> strings(ResultSet rs, String column) throws SQLException {
    Array array = rs.getArray(column);
    if (array == null) return List.of();
    Object[] values = (Object[]) array.getArray();
    List<String> list = new ArrayList<>(values.length);
    for (Object v : values) if (v != null) list.add(v.toString());
    return List.copyOf(list);
  }
}
