package org.sitrep.knowledge;


import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Common nouns for kinds of actors ("minister", "militiamen", "riot police") and the CAMEO/PLOVER sector each
 * implies ({@code GOV}, {@code REB}, {@code COP}). Lookup ignores case, accents and hyphens versus spaces, and finds
 * regular and "-men" plurals of listed singulars ("ministers", "policemen"). Instances are immutable and safe to share
 * between threads.
 */
public final class AgentLexicon {

  /** Name of the bundled lexicon, relative to this class's package. */
  public static final String RESOURCE = "agents.tsv";

  private static final AgentLexicon EMPTY = new AgentLexicon(Map.of());

  private final Map<String, String> sectors;

  private AgentLexicon(Map<String, String> sectors) {
    this.sectors = Map.copyOf(sectors);
  }

  /**
   * A lexicon of the given nouns; later keys that fold to the same form as earlier ones replace them.
   *
   * @throws IllegalArgumentException if a noun is blank or a sector is not three capital letters
   */
  public static AgentLexicon of(Map<String, String> nounToSector) {
    Map<String, String> sectors = new LinkedHashMap<>();
    nounToSector.forEach((noun, sector) -> {
      String key = key(noun);
      if (key.isEmpty()) {
        throw new IllegalArgumentException("blank noun");
      }
      if (!KbRole.CODE.matcher(sector).matches()) {
        throw new IllegalArgumentException("sector must be three capital letters: '" + sector + "' for " + noun);
      }
      sectors.put(key, sector);
    });
    return sectors.isEmpty() ? EMPTY : new AgentLexicon(sectors);
  }

  /** A lexicon without nouns. */
  public static AgentLexicon empty() {
    return EMPTY;
  }

  /**
   * Parses the lexicon bundled with sitrep. Parses afresh on each call, so callers should keep the instance.
   *
   * @throws IllegalStateException if the resource is missing or malformed
   */
  public static AgentLexicon loadDefault() {
    return BundledResource.parse(RESOURCE, AgentLexicon::parse);
  }


  /**
   * Parses a lexicon in the format of {@code agents.tsv}: one {@code noun<TAB>SECTOR} per line, {@code #} comment
   * lines and blank lines ignored. Does not close {@code in}.
   *
   * @throws IllegalArgumentException for a malformed line or a noun listed twice; the message reads
   *     {@code source:line: problem}
   * @throws UncheckedIOException if reading fails
   */
  public static AgentLexicon parse(Reader in, String source) {
    Map<String, String> sectors = new LinkedHashMap<>();
    BufferedReader reader = new BufferedReader(in);
    int lineNumber = 0;
    try {
      for (String line; (line = reader.readLine()) != null; ) {
        lineNumber++;
        String text = lineNumber == 1 && line.startsWith("\uFEFF") ? line.substring(1) : line;
        if (text.isBlank() || text.strip().startsWith("#")) {
          continue;
        }
        String[] columns = text.split("\t", -1);
        String where = source + ":" + lineNumber + ": ";
        if (columns.length != 2) {
          throw new IllegalArgumentException(where + "expected noun<TAB>SECTOR, found " + columns.length + " columns");
        }
        String key = key(columns[0]);
        String sector = columns[1].strip();
        if (key.isEmpty()) {
          throw new IllegalArgumentException(where + "empty noun");
        }
        if (!KbRole.CODE.matcher(sector).matches()) {
          throw new IllegalArgumentException(where + "sector must be three capital letters, found '" + sector + "'");
        }
        if (sectors.putIfAbsent(key, sector) != null) {
          throw new IllegalArgumentException(where + "noun '" + columns[0].strip() + "' listed twice");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source, e);
    }
    return new AgentLexicon(sectors);
  }

  /** This lexicon with {@code other}'s nouns added; where both list a noun, {@code other}'s sector wins. */
  public AgentLexicon merge(AgentLexicon other) {
    Map<String, String> merged = new LinkedHashMap<>(sectors);
    merged.putAll(other.sectors);
    return new AgentLexicon(merged);
  }

  /**
   * The sector a noun or noun phrase implies: "official" and "Officials" give {@code GOV}, "militiamen" gives
   * {@code REB}. The form as written wins over a singular made from it. Empty if the noun is unknown.
   */
  public Optional<String> sectorOf(String noun) {
    String key = key(Objects.requireNonNull(noun, "noun"));
    for (String candidate : singulars(key)) {
      String sector = sectors.get(candidate);
      if (sector != null) {
        return Optional.of(sector);
      }
    }
    return Optional.empty();
  }

  /** The number of nouns listed. */
  public int size() {
    return sectors.size();
  }

  /** The key itself, then singulars of its last word: "-ies" to "-y", "-men" to "-man", "-es" and "-s" dropped. */
  private static List<String> singulars(String key) {
    List<String> forms = new ArrayList<>(List.of(key));
    int space = key.lastIndexOf(' ');
    String head = key.substring(0, space + 1);
    String last = key.substring(space + 1);
    if (last.length() >= 3) {
      if (last.endsWith("ies")) {
        forms.add(head + last.substring(0, last.length() - 3) + "y");
      }
      if (last.endsWith("men")) {
        forms.add(head + last.substring(0, last.length() - 3) + "man");
      }
      if (last.endsWith("es")) {
        forms.add(head + last.substring(0, last.length() - 2));
      }
      if (last.endsWith("s") && !last.endsWith("ss")) {
        forms.add(head + last.substring(0, last.length() - 1));
      }
    }
    return forms;
  }

  static String key(String noun) {
    String folded = SurfaceForms.fold(noun);
    return folded.startsWith("the ") ? folded.substring(4) : folded;
  }
}
