package org.sitrep.store.query;

import java.io.PrintWriter;
import java.util.List;

/**
 * How a query result is printed: an aligned table for people, JSON Lines or CSV for programs. One enum for every
 * query, so that each command offers the same three formats with the same behaviour.
 */
public enum RowFormat {
  /** Aligned columns under an upper-case header; long text cut with "…"; null shown as "-". */
  TABLE,
  /** One JSON object per line, keyed by column name; lists as arrays, null as null. */
  JSON,
  /** RFC 4180: a header line, CRLF line ends, fields quoted when needed; lists joined with "; ". */
  CSV;

  /** Prints {@code rows} with {@code columns} to {@code out} and flushes it. */
  public <R> void write(List<? extends R> rows, List<Column<R>> columns, PrintWriter out) {
    switch (this) {
      case TABLE -> TableRenderer.write(rows, columns, out);
      case JSON -> JsonLinesRenderer.write(rows, columns, out);
      case CSV -> CsvRenderer.write(rows, columns, out);
    }
    out.flush();
  }
}
