package org.sitrep.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import org.sitrep.store.StoreException;
import org.sitrep.store.query.ReadOnlyStore;
import picocli.CommandLine.Option;

/**
 * The {@code --db FILE} option every query command shares, and how those commands open the store: read-only, and
 * never by creating an empty database where the user mistyped a path.
 */
final class StoreOption {

  @Option(names = "--db", paramLabel = "FILE", description = "the corpus store (default: ${DEFAULT-VALUE})")
  Path db = Path.of("sitrep.db");

  /**
   * The store file, which must exist.
   *
   * @throws StoreException "FILE: no such store; run sitrep ingest first", printed by {@link Main} as one line with
   *     exit status 2
   */
  Path existing() {
    if (!Files.isRegularFile(db)) throw new StoreException(db + ": no such store; run sitrep ingest first");
    return db;
  }

  /** A read-only connection to the store; the caller closes it. */
  Connection open() {
    return ReadOnlyStore.open(existing());
  }
}
