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
  DESCRIPTION;

  /** Whether words look like an acronym: 2 to 6 capitals, perhaps with dots ("PMF", "U.N."). */
  public static boolean looksLikeAcronym(String text) {
    String t = text.replace(".", "");
    if (t.length() < 2 || t.length() > 6) return false;
    for (int i = 0; i < t.length(); i++) if (!Character.isUpperCase(t.charAt(i))) return false;
    return true;
  }
}
