package org.sitrep.knowledge;

import java.util.List;
import java.util.Objects;

/**
 * One row of the country table: an ISO 3166-1 alpha-3 code (or {@code XKX} for Kosovo), the common English short
 * name, and the other surface forms news uses for it. Lists may be empty, never null; the record is immutable.
 */
public record Country(
    String alpha3, String name, List<String> aliases, List<String> demonyms, List<String> capitals) {

  /** Copies the lists and rejects a code that is not three upper-case ASCII letters or a blank name. */
  public Country {
    Objects.requireNonNull(alpha3, "alpha3");
    Objects.requireNonNull(name, "name");
    if (!alpha3.matches("[A-Z]{3}")) {
      throw new IllegalArgumentException("alpha3 must be three upper-case letters: '" + alpha3 + "'");
    }
    if (name.isBlank()) {
      throw new IllegalArgumentException("blank name for " + alpha3);
    }
    aliases = List.copyOf(aliases);
    demonyms = List.copyOf(demonyms);
    capitals = List.copyOf(capitals);
  }
}
