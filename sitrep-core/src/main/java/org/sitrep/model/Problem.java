package org.sitrep.model;

/**
 * Bad input, recorded as data rather than thrown: the file (or article id) it came from, the 1-based line
 * where that is known (0 when it is not), and a one-line message. {@link #toString()} is the line the CLI prints.
 */
public record Problem(String source, int line, String message) {
  public Problem {
    if (line < 0) throw new IllegalArgumentException("line < 0: " + line);
    message = message.replaceAll("\\s+", " ").strip();
  }

  public static Problem of(String source, String message) {
    return new Problem(source, 0, message);
  }

  @Override
  public String toString() {
    return line > 0 ? source + ":" + line + ": " + message : source + ": " + message;
  }
}
