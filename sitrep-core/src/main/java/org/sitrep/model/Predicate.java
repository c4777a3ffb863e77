package org.sitrep.model;

/** Relations between actors, spelled as in the contract. */
public enum Predicate {
  /** Supports, arms, funds; or is backed by (with subject and object swapped). */
  BACKS,
  /** Heads, commands. */
  LEADS,
  /** Belongs to, serves in. */
  MEMBER_OF
}
