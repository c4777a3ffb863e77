package org.sitrep.store.query;

import java.io.PrintWriter;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Prints rows as aligned text columns for a terminal. Each column is as wide as its widest value, but no wider than
 * the column allows, so one long sentence does not push everything else off the screen; numbers are right-aligned so
 * that counts can be compared at a glance. Line breaks inside values become spaces, keeping one row per line.
 */
final class TableRenderer {

  static final String GAP = "  ";
  static final String ELLIPSIS = "…";
  static final String NULL = "-";

  private TableRenderer() {}

  static <R> void write(List<? extends R> rows, List<Column<R>> columns, PrintWriter out) {
    List<Column<R>> shown = columns.stream().filter(Column::inTable).toList();
    int n = shown.size();
    List<String[]> cells = new ArrayList<>(rows.size());
    boolean[] numeric = new boolean[n];
    boolean[] anyValue = new boolean[n];
    Arrays.fill(numeric, true);
    for (R row : rows) {
      String[] line = new String[n];
      for (int i = 0; i < n; i++) {
        Object v = shown.get(i).valueOf(row);
        if (v != null) {
          anyValue[i] = true;
          if (!(v instanceof Number)) numeric[i] = false;
        }
        line[i] = cut(text(v), shown.get(i).width());
      }
      cells.add(line);
    }
    int[] widths = new int[n];
    String[] header = new String[n];
    for (int i = 0; i < n; i++) {
      numeric[i] &= anyValue[i];
      header[i] = cut(shown.get(i).name().toUpperCase(Locale.ROOT), shown.get(i).width());
      widths[i] = length(header[i]);
      for (String[] line : cells) widths[i] = Math.max(widths[i], length(line[i]));
    }
    out.println(line(header, widths, numeric));
    for (String[] line : cells) out.println(line(line, widths, numeric));
  }

  private static String line(String[] cells, int[] widths, boolean[] numeric) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) sb.append(GAP);
      int pad = widths[i] - length(cells[i]);
      boolean last = i == cells.length - 1;
      if (numeric[i]) {
        sb.append(" ".repeat(pad)).append(cells[i]);
      } else {
        sb.append(cells[i]);
        if (!last) sb.append(" ".repeat(pad));
      }
    }
    return sb.toString();
  }

  /** The text shown for a value: "-" for null, lists joined with ", ", fractions with three decimals. */
  static String text(@Nullable Object value) {
    String s;
    if (value == null) {
      s = NULL;
    } else if (value instanceof Collection<?> c) {
      s = c.isEmpty() ? NULL : c.stream().map(TableRenderer::text).collect(Collectors.joining(", "));
    } else if (value instanceof Float || value instanceof Double) {
      s = String.format(Locale.ROOT, "%.3f", ((Number) value).doubleValue());
    } else if (value instanceof TemporalAccessor t) {
      s = t.toString();
    } else {
      s = value.toString();
    }
    return s.replaceAll("\\s+", " ").strip();
  }

  /** {@code s} if it fits in {@code width} characters, else its start and "…" in exactly {@code width}. */
  static String cut(String s, int width) {
    if (length(s) <= width) return s;
    int end = s.offsetByCodePoints(0, width - 1);
    return s.substring(0, end) + ELLIPSIS;
  }

  private static int length(String s) {
    return s.codePointCount(0, s.length());
  }
}
