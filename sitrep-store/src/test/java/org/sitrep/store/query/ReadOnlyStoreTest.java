package org.sitrep.store.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.StoreException;

/** Opening a store for queries. */
class ReadOnlyStoreTest {

  @TempDir Path dir;

  @Test
  void missingFileIsAnErrorAndNoDatabaseIsCreated() {
    Path missing = dir.resolve("none.db");
    StoreException e = assertThrows(StoreException.class, () -> ReadOnlyStore.open(missing));
    assertEquals(missing + ": no such store", e.getMessage());
    assertFalse(Files.exists(missing));
  }

  @Test
  void connectionCannotWrite() throws Exception {
    try (Connection c = ReadOnlyStore.open(StoreFixture.create(dir)); Statement s = c.createStatement()) {
      assertThrows(SQLException.class, () -> s.execute("DELETE FROM events"));
    }
  }
}
