package org.sitrep.model;

/** What sort of thing an actor is; constants are spelled as in the contract. */
public enum ActorKind {
  PERSON,
  ORGANIZATION,
  COUNTRY,
  /** An unnamed collective: "two Iraqi officials", "Shiite militias". */
  GROUP,
  LOCATION
}
