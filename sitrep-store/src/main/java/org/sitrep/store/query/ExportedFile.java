package org.sitrep.store.query;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One file {@link Exporter} wrote.
 *
 * @param table the exported table's name ({@code events}, {@code actors}, ...)
 * @param file where it was written
 * @param rows how many rows it holds
 */
public record ExportedFile(String table, Path file, long rows) {
  public ExportedFile {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(file, "file");
  }
}
