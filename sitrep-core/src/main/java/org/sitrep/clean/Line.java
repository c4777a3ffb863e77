package org.sitrep.clean;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of an article's text: its 0-based index, its text without the line terminator, and the terminator itself
 * ({@code "\n"}, {@code "\r\n"}, {@code "\r"} or {@code ""} for the last line), so the body can be rebuilt verbatim.
 */
record Line(int index, String text, String terminator) {

  /** The text with surrounding whitespace (including no-break spaces and BOMs) removed. */
  String trimmed() {
    return Text.trim(text);
  }

  boolean isBlank() {
    return trimmed().isEmpty();
  }

  /** Splits {@code text} into lines at {@code \n}, {@code \r\n} and {@code \r}; linear in the length of the text. */
  static List<Line> split(String text) {
    List<Line> lines = new ArrayList<>();
    int start = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        int end = (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') ? i + 2 : i + 1;
        lines.add(new Line(lines.size(), text.substring(start, i), text.substring(i, end)));
        start = end;
        i = end - 1;
      }
    }
    if (start < n) lines.add(new Line(lines.size(), text.substring(start), ""));
    return lines;
  }
}
