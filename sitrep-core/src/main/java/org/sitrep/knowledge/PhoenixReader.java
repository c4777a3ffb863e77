package org.sitrep.knowledge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Line reading, comment removal and problem counting shared by the PETRARCH dictionary readers; one per file. */
abstract class PhoenixReader {

  final String source;
  final List<String> problems = new ArrayList<>();
  int lineNumber;
  int skippedLines;
  private int lastSkipped;
  private boolean inComment;

  PhoenixReader(String source) {
    this.source = Objects.requireNonNull(source, "source");
  }

  /** Counts the current line as skipped, once, and keeps the message while there is room. */
  void skip(String reason) {
    if (lastSkipped != lineNumber) {
      lastSkipped = lineNumber;
      skippedLines++;
    }
    note(lineNumber, reason);
  }

  void note(int line, String reason) {
    if (problems.size() < PhoenixImport.MAX_PROBLEMS) {
      problems.add(source + ":" + line + ": " + reason);
    }
  }

  void readLines(Reader in) {
    BufferedReader reader = new BufferedReader(in);
    try {
      for (String raw; (raw = reader.readLine()) != null; ) {
        lineNumber++;
        if (lineNumber == 1 && raw.startsWith("\uFEFF")) {
          raw = raw.substring(1);
        }
        String text = withoutComments(raw);
        if (text != null) {
          line(raw, text);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source, e);
    }
  }

  /** The line without {@code #} and {@code <!-- -->} comments, stripped; null inside a multi-line comment. */
  private @Nullable String withoutComments(String raw) {
    String text = raw;
    if (inComment) {
      int end = text.indexOf("-->");
      if (end < 0) {
        return null;
      }
      inComment = false;
      text = text.substring(end + 3);
    }
    int open = text.indexOf("<!--");
    if (open >= 0) {
      int end = text.indexOf("-->", open);
      inComment = end < 0;
      text = text.substring(0, open) + (end < 0 ? "" : text.substring(end + 3));
    }
    int hash = text.indexOf('#');
    return (hash < 0 ? text : text.substring(0, hash)).strip();
  }

  /** Handles one line; {@code text} is stripped and without comments, and may be empty. */
  abstract void line(String raw, String text);
}
