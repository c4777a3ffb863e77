package org.sitrep.knowledge;

import java.util.Objects;

/**
 * One row of the place table: a city or region that news names, with the ISO 3166-1 alpha-3 code of the country it
 * lies in ({@code PSE} for Gaza and West Bank places, {@code XKX} for Kosovo). The record is immutable.
 *
 * @param name the usual English name, as the output should show it ("Khan Younis"), without a {@code !} marker
 * @param alpha3 the country's code as in {@code countries.tsv}
 * @param kind whether the place is a locality or an area
 */
public record Place(String name, String alpha3, Kind kind) {

  /** What sort of place a row names. */
  public enum Kind {
    /** A city, town, village, camp, base or district of a city. */
    CITY,
    /** A province, state, island, valley or other area. */
    REGION
  }

  /** Rejects a blank name and a code that is not three upper-case ASCII letters. */
  public Place {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(alpha3, "alpha3");
    Objects.requireNonNull(kind, "kind");
    if (name.isBlank()) {
      throw new IllegalArgumentException("blank place name");
    }
    if (!alpha3.matches("[A-Z]{3}")) {
      throw new IllegalArgumentException("alpha3 must be three upper-case letters: '" + alpha3 + "'");
    }
  }
}
