package org.sitrep.knowledge;

/** Which column of the country table a surface form was found in; declared in order of preference. */
public enum CountryMatchKind {
  /** The country's name or one of its aliases: "Iraq", "Britain", "U.S.". */
  NAME,
  /** An adjective or noun for its people: "Iraqi", "Britons". */
  DEMONYM,
  /** A capital or seat of government, often standing for the government: "Baghdad", "Washington". */
  CAPITAL
}
