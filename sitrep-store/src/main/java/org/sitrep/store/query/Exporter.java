package org.sitrep.store.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes the store's events, actors, articles, quotations, relations and incidents as Parquet or CSV files into a
 * directory, for analysis outside sitrep (pandas, R, Stata, spreadsheets). DuckDB's own {@code COPY ... TO} does the
 * writing, so an export is as fast as the database and needs no extra library. Every event is exported, repeats
 * included, with a {@code counted} column, so that users can reproduce sitrep's counts or choose their own rule.
 * Columns are documented in {@code docs/export.md}.
 *
 * <p>COPY cannot take its file path as a parameter, so the path is written into the statement as a string literal
 * with its single quotes doubled; nothing else in the statements comes from outside this package.
 */
public final class Exporter {

  private Exporter() {}

  /**
   * Exports every table into {@code dir} (created if missing) as {@code <table>.<format extension>}, replacing files
   * of those names.
   *
   * @return the files written, in order, with their row counts
   * @throws UncheckedIOException if {@code dir} cannot be created
   * @throws org.sitrep.store.StoreException if the database cannot write a file
   */
  public static List<ExportedFile> export(Connection connection, Path dir, ExportFormat format) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create export directory " + dir, e);
    }
    List<ExportedFile> written = new ArrayList<>();
    try (Statement statement = connection.createStatement()) {
      for (ExportTables.Table table : ExportTables.ALL) {
        Path file = dir.resolve(table.name() + "." + format.extension()).toAbsolutePath();
        statement.execute(copy(table, format, file));
        written.add(new ExportedFile(table.name(), file, Math.max(0, statement.getUpdateCount())));
      }
    } catch (SQLException e) {
      throw Sql.failure("export to " + dir, e);
    }
    return List.copyOf(written);
  }

  static String copy(ExportTables.Table table, ExportFormat format, Path file) {
    String select = table.select();
    if (format == ExportFormat.CSV && !table.listColumns().isEmpty()) {
      String replace = table.listColumns().stream()
          .map(c -> "array_to_string(" + c + ", '" + CsvRenderer.LIST_SEPARATOR + "') AS " + c)
          .collect(Collectors.joining(", "));
      select = "SELECT * REPLACE (" + replace + ") FROM (" + select + ")";
    }
    return "COPY (" + select + ") TO " + literal(file.toString()) + " " + format.copyOptions();
  }

  /** {@code s} as an SQL string literal: in single quotes, with single quotes doubled. */
  static String literal(String s) {
    return "'" + s.replace("'", "''") + "'";
  }
}
