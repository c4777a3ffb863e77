package org.sitrep.store.query;

import java.util.Locale;

/** The file formats {@link Exporter} writes. */
public enum ExportFormat {
  /** Apache Parquet: typed columns, lists kept as lists; for pandas, R arrow, DuckDB, Spark. */
  PARQUET("(FORMAT parquet)"),
  /** CSV with a header line, comma-delimited; lists joined with "; " into one field. */
  CSV("(FORMAT csv, HEADER, DELIMITER ',')");

  private final String copyOptions;

  ExportFormat(String copyOptions) {
    this.copyOptions = copyOptions;
  }

  /** The file name extension, without the dot. */
  public String extension() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The option list of DuckDB's {@code COPY ... TO} statement for this format. */
  String copyOptions() {
    return copyOptions;
  }
}
