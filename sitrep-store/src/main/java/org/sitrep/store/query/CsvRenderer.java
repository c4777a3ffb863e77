package org.sitrep.store.query;

import java.io.PrintWriter;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Prints rows as CSV following RFC 4180: a header line, CRLF line ends, and a field in double quotes (with inner
 * quotes doubled) whenever it holds a comma, quote, CR or LF. Spreadsheets and every CSV library read that. Null is
 * an empty field; lists are joined with "; " so that a list stays one field.
 */
final class CsvRenderer {

  static final String CRLF = "\r\n";
  static final String LIST_SEPARATOR = "; ";

  private CsvRenderer() {}

  static <R> void write(List<? extends R> rows, List<Column<R>> columns, PrintWriter out) {
    out.print(columns.stream().map(c -> field(c.name())).collect(Collectors.joining(",")) + CRLF);
    for (R row : rows) {
      out.print(columns.stream().map(c -> field(text(c.valueOf(row)))).collect(Collectors.joining(",")) + CRLF);
    }
  }

  static String text(@Nullable Object value) {
    if (value == null) return "";
    if (value instanceof Collection<?> c) {
      return c.stream().map(CsvRenderer::text).collect(Collectors.joining(LIST_SEPARATOR));
    }
    return value.toString();
  }

  static String field(String s) {
    boolean quote = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\r') >= 0 || s.indexOf('\n') >= 0;
    return quote ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
  }
}
