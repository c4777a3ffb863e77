package org.sitrep.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

/** One in-process run of the {@code sitrep} command, as the CLI tests see it: exit status, stdout and stderr. */
record CliRun(int status, String out, String err) {

  static CliRun of(Engine engine, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.run(engine, new PrintWriter(out), new PrintWriter(err), args);
    return new CliRun(status, out.toString(), err.toString());
  }

  /** Standard output read as JSON Lines. */
  List<JsonNode> json() throws IOException {
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : out.split("\n")) if (!line.isBlank()) nodes.add(new ObjectMapper().readTree(line));
    return nodes;
  }

  /** Standard output, line by line. */
  List<String> lines() {
    return out.lines().toList();
  }

  /** Standard error, line by line; none when it is blank. */
  List<String> errLines() {
    return err.isBlank() ? List.of() : List.of(err.strip().split("\n"));
  }
}
