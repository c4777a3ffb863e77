package org.sitrep.store.query;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.sitrep.store.StoreException;

/**
 * Opens an existing store for queries only. Read-only mode lets several query processes share the file, and a query
 * can never change the store by mistake. A missing file is an error rather than a new, empty database, which DuckDB
 * would otherwise create and which would make every query silently answer "nothing".
 */
public final class ReadOnlyStore {

  private ReadOnlyStore() {}

  /**
   * A read-only connection to the store in {@code dbFile}; the caller closes it.
   *
   * @throws StoreException if the file does not exist or DuckDB cannot open it (for example while another process
   *     writes to it)
   */
  public static Connection open(Path dbFile) {
    if (!Files.isRegularFile(dbFile)) throw new StoreException(dbFile + ": no such store");
    Properties properties = new Properties();
    properties.setProperty("duckdb.read_only", "true");
    try {
      return DriverManager.getConnection("jdbc:duckdb:" + dbFile.toAbsolutePath(), properties);
    } catch (SQLException e) {
      String why = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
      // DuckDB lets one process write a file and nobody else open it meanwhile: say so in the user's terms.
      if (why.contains("lock")) {
        throw new StoreException(dbFile + ": in use by another process (an ingest?); try again when it ends", e);
      }
      throw new StoreException(dbFile + ": cannot open the store: " + why, e);
    }
  }
}
