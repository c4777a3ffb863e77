package org.sitrep.store.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Prints rows as JSON Lines: one object per row, keys in column order. Numbers and booleans stay JSON numbers and
 * booleans, lists become arrays and dates ISO strings, so that {@code jq} and pandas read the values with their
 * types.
 */
final class JsonLinesRenderer {

  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonLinesRenderer() {}

  static <R> void write(List<? extends R> rows, List<Column<R>> columns, PrintWriter out) {
    for (R row : rows) {
      Map<String, @Nullable Object> object = new LinkedHashMap<>();
      for (Column<R> c : columns) object.put(c.name(), json(c.valueOf(row)));
      try {
        out.println(JSON.writeValueAsString(object));
      } catch (JsonProcessingException e) {
        throw new UncheckedIOException("cannot write a row as JSON", e);
      }
    }
  }

  private static @Nullable Object json(@Nullable Object value) {
    if (value == null || value instanceof Number || value instanceof Boolean || value instanceof String) return value;
    if (value instanceof Collection<?> c) return c.stream().map(JsonLinesRenderer::json).toList();
    return value.toString();
  }
}
