package org.sitrep.knowledge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.sitrep.model.ActorKind;

/** Reads the block format of {@code docs/knowledge-base.md}; one instance per read, not thread-safe. */
final class KnowledgeBaseReader {

  private static final Set<String> SINGLE = Set.of("name", "kind", "country", "sector");
  private static final Set<String> REPEATED = Set.of("aliases", "role", "backed-by", "member-of", "led-by");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

  private final String source;
  private final List<KbActor> actors = new ArrayList<>();
  private final Map<String, Integer> firstLine = new HashMap<>();
  private @Nullable Block block;
  private int lineNumber;

  /** The keys of one block as read so far. */
  private static final class Block {
    final String id;
    final int line;
    final Map<String, String> single = new HashMap<>();
    final List<String> aliases = new ArrayList<>();
    final List<KbRole> roles = new ArrayList<>();
    final List<String> backedBy = new ArrayList<>();
    final List<String> memberOf = new ArrayList<>();
    final List<String> ledBy = new ArrayList<>();

    Block(String id, int line) {
      this.id = id;
      this.line = line;
    }
  }

  private KnowledgeBaseReader(String source) {
    this.source = source;
  }

  /** Reads every block; throws {@code IllegalArgumentException("source:line: message")} at the first error. */
  static List<KbActor> read(Reader in, String source) {
    return new KnowledgeBaseReader(source).readAll(in);
  }

  private List<KbActor> readAll(Reader in) {
    BufferedReader reader = in instanceof BufferedReader b ? b : new BufferedReader(in);
    try {
      for (String line; (line = reader.readLine()) != null; ) {
        lineNumber++;
        if (lineNumber == 1 && line.startsWith("\uFEFF")) {
          line = line.substring(1);
        }
        readLine(line.strip());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source, e);
    }
    endBlock();
    return actors;
  }

  private void readLine(String line) {
    if (line.startsWith("#")) {
      return; // a comment neither starts nor ends a block, so blocks may be annotated inside
    }
    if (line.isEmpty()) {
      endBlock();
      return;
    }
    int colon = line.indexOf(':');
    if (colon <= 0) {
      throw error("expected 'key: value', found '" + line + "'");
    }
    String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
    String value = line.substring(colon + 1).strip();
    if (!key.equals("actor") && !SINGLE.contains(key) && !REPEATED.contains(key)) {
      throw error("unknown key '" + key + "'");
    }
    if (value.isEmpty()) {
      throw error("empty value for '" + key + "'");
    }
    if (key.equals("actor")) {
      endBlock(); // a missing blank line between two blocks is harmless
      checkId(value, "actor id");
      Integer first = firstLine.putIfAbsent(value, lineNumber);
      if (first != null) {
        throw error("duplicate actor id '" + value + "' (first defined on line " + first + ")");
      }
      block = new Block(value, lineNumber);
      return;
    }
    Block current = block;
    if (current == null) {
      throw error("'" + key + "' outside a block: a block starts with 'actor:'");
    }
    if (SINGLE.contains(key)) {
      if (current.single.putIfAbsent(key, checkSingle(key, value)) != null) {
        throw error("'" + key + "' given twice for actor '" + current.id + "'");
      }
      return;
    }
    switch (key) {
      case "aliases" -> current.aliases.addAll(aliases(value));
      case "role" -> current.roles.add(role(value));
      case "backed-by" -> current.backedBy.addAll(ids(value));
      case "member-of" -> current.memberOf.addAll(ids(value));
      default -> current.ledBy.addAll(ids(value));
    }
  }

  private String checkSingle(String key, String value) {
    return switch (key) {
      case "kind" -> kind(value).name();
      case "country" -> code(value, "country");
      case "sector" -> code(value, "sector");
      default -> value;
    };
  }

  private void endBlock() {
    Block done = block;
    block = null;
    if (done == null) {
      return;
    }
    String name = done.single.get("name");
    String kind = done.single.get("kind");
    if (name == null || kind == null) {
      throw new IllegalArgumentException(
          source + ":" + done.line + ": actor '" + done.id + "' has no '" + (name == null ? "name" : "kind") + ":'");
    }
    actors.add(new KbActor(done.id, name, ActorKind.valueOf(kind), done.single.get("country"),
        done.single.get("sector"), done.aliases, done.roles, done.backedBy, done.memberOf, done.ledBy));
  }

  private List<String> aliases(String value) {
    List<String> aliases = new ArrayList<>();
    for (String alias : value.split("\\|", -1)) {
      String text = alias.strip();
      if (SurfaceForms.key(SurfaceForms.spelling(text)).isEmpty()) {
        throw error("empty alias in '" + value + "'");
      }
      aliases.add(text);
    }
    return aliases;
  }

  private List<String> ids(String value) {
    List<String> ids = new ArrayList<>();
    for (String id : value.split("\\|", -1)) {
      ids.add(checkId(id.strip(), "actor id"));
    }
    return ids;
  }

  private KbRole role(String value) {
    String[] fields = Arrays.stream(value.split("\\|", -1)).map(String::strip).toArray(String[]::new);
    if (fields.length != 5) {
      throw error("a role has 5 '|'-separated fields (title | country | sector | from | to), found " + fields.length);
    }
    if (fields[0].isEmpty()) {
      throw error("a role needs a title");
    }
    String country = fields[1].isEmpty() ? null : code(fields[1], "country");
    String sector = fields[2].isEmpty() ? null : code(fields[2], "sector");
    LocalDate from = fields[3].isEmpty() ? null : date(fields[3], false);
    LocalDate to = fields[4].isEmpty() ? null : date(fields[4], true);
    if (from != null && to != null && to.isBefore(from)) {
      throw error("role '" + fields[0] + "' ends (" + fields[4] + ") before it starts (" + fields[3] + ")");
    }
    return new KbRole(fields[0], country, sector, from, to);
  }

  /** Parses YYYY-MM-DD, or a whole month or year, taken as its first day for a start and its last day for an end. */
  private LocalDate date(String text, boolean end) {
    try {
      if (YEAR.matcher(text).matches()) {
        int year = Integer.parseInt(text);
        return end ? LocalDate.of(year, 12, 31) : LocalDate.of(year, 1, 1);
      }
      if (MONTH.matcher(text).matches()) {
        YearMonth month = YearMonth.parse(text);
        return end ? month.atEndOfMonth() : month.atDay(1);
      }
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw error("malformed date '" + text + "': expected YYYY-MM-DD, YYYY-MM or YYYY");
    }
  }

  private ActorKind kind(String value) {
    try {
      return ActorKind.valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw error("unknown kind '" + value + "': expected one of " + Arrays.toString(ActorKind.values()));
    }
  }

  private String code(String value, String what) {
    String code = value.toUpperCase(Locale.ROOT);
    if (!KbRole.CODE.matcher(code).matches()) {
      throw error(what + " must be three letters"
          + (what.equals("country") ? " (an ISO alpha-3 code or IGO)" : "") + ", found '" + value + "'");
    }
    return code;
  }

  private String checkId(String id, String what) {
    if (!KbActor.ID.matcher(id).matches()) {
      throw error("invalid " + what + " '" + id + "': use lower-case letters, digits and single hyphens");
    }
    return id;
  }

  private IllegalArgumentException error(String message) {
    return new IllegalArgumentException(source + ":" + lineNumber + ": " + message);
  }
}
