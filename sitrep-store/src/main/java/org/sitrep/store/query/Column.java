package org.sitrep.store.query;

import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One column of a query result: its name, which is the table header, the CSV header and the JSON key; how to read its
 * value from a row; the widest the table format may print it; and whether the table shows it at all. Describing
 * columns apart from the row records lets one renderer print every query, and keeps each record's column order in
 * one place.
 *
 * <p>Values may be null, strings, numbers, booleans, dates (printed in ISO form) or lists of those.
 *
 * @param name the column's name in snake_case, as in the exported files
 * @param value reads the column's value from a row
 * @param width the most characters the table format prints; longer text is cut and ends with "…"
 * @param inTable false for columns only the machine formats carry (ids, offsets), so the table stays readable
 * @param <R> the row type
 */
public record Column<R>(String name, Function<? super R, ? extends @Nullable Object> value, int width,
    boolean inTable) {

  /** The width of a column that does not say otherwise: enough for names, ids and dates. */
  public static final int DEFAULT_WIDTH = 32;

  public Column {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
    if (name.isBlank()) throw new IllegalArgumentException("blank column name");
    if (width < 2) throw new IllegalArgumentException("column width must be at least 2: " + width);
  }

  /** A column every format shows, at most {@value #DEFAULT_WIDTH} characters wide in a table. */
  public static <R> Column<R> of(String name, Function<? super R, ? extends @Nullable Object> value) {
    return new Column<>(name, value, DEFAULT_WIDTH, true);
  }

  /** A column every format shows, at most {@code width} characters wide in a table. */
  public static <R> Column<R> of(String name, Function<? super R, ? extends @Nullable Object> value, int width) {
    return new Column<>(name, value, width, true);
  }

  /** A column only JSON and CSV carry: detail a reader of the table does not need but a script does. */
  public static <R> Column<R> detail(String name, Function<? super R, ? extends @Nullable Object> value) {
    return new Column<>(name, value, DEFAULT_WIDTH, false);
  }

  /** This column's value in {@code row}. */
  public @Nullable Object valueOf(R row) {
    return value.apply(row);
  }
}
