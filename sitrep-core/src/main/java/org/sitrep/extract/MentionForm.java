package org.sitrep.extract;

/** How a mention names its actor, which decides how the resolver treats it. */
public enum MentionForm {
  /** A proper name: "Fuad Hussein", "Kataib Hezbollah", "Iraq". */
  NAME,
  /** An acronym that stands for a name given elsewhere: "PMF", "IS". Dropped if nothing expands it. */
  ACRONYM,
  /** A capital or institution standing for a government that acts or speaks: "Washington warned". */
  METONYM,
  /** An unnamed collective or anonymous member of one: "two Iraqi officials", "a security source". */
  COLLECTIVE,
  /** A definite description that refers back: "the ministry", "the premier". Dropped if nothing precedes it. */
  DESCRIPTION
}
