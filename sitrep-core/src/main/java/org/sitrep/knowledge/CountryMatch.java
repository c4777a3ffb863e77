package org.sitrep.knowledge;

import java.util.Objects;

/** A surface form resolved to a country, with the kind of form it was; immutable. */
public record CountryMatch(Country country, CountryMatchKind kind) {

  /** Rejects nulls. */
  public CountryMatch {
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(kind, "kind");
  }
}
