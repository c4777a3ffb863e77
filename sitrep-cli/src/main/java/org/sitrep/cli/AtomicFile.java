package org.sitrep.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a UTF-8 file beside its target and moves it into place, so that a failed run never leaves half a file where
 * a user (or Gephi) expects a complete one.
 */
final class AtomicFile {

  /** What goes into the file. */
  interface Content {
    void writeTo(Writer out) throws IOException;
  }

  private AtomicFile() {}

  static void write(Path target, Content content) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path tmp = Files.createTempFile(absolute.getParent(), ".sitrep-", ".tmp");
    try {
      try (Writer w = new BufferedWriter(Files.newBufferedWriter(tmp, StandardCharsets.UTF_8))) {
        content.writeTo(w);
      }
      try {
        Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
