package org.sitrep.knowledge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;

/**
 * Reads the rows of a bundled tab-separated table ({@code countries.tsv}, {@code places.tsv}): a leading byte-order
 * mark is dropped, blank lines and lines starting with {@code #} are skipped, and a row the caller rejects with
 * {@link IllegalArgumentException} is reported as {@code sourceName:line: problem}.
 */
final class TableLines {

  /** What to do with one row; throws {@link IllegalArgumentException} for a malformed row. */
  interface Row {
    void accept(String line, int lineNumber);
  }

  private TableLines() {}

  /** Hands each row of {@code in} to {@code row}. Does not close {@code in}. */
  static void read(Reader in, String sourceName, Row row) {
    BufferedReader reader = new BufferedReader(in);
    int lineNumber = 0;
    try {
      for (String line; (line = reader.readLine()) != null; ) {
        lineNumber++;
        if (lineNumber == 1 && line.startsWith("\uFEFF")) line = line.substring(1);
        if (line.isBlank() || line.strip().startsWith("#")) continue;
        try {
          row.accept(line, lineNumber);
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(sourceName + ":" + lineNumber + ": " + e.getMessage(), e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + sourceName, e);
    }
  }
}
