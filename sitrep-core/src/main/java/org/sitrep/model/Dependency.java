package org.sitrep.model;

/**
 * A typed dependency between two tokens of one sentence (0-based token indices; {@code governor} is -1 for the
 * root), with the Universal Dependencies relation name, e.g. {@code nsubj} or {@code obl:on}.
 */
public record Dependency(String relation, int governor, int dependent) {
  public Dependency {
    if (governor < -1 || dependent < 0) throw new IllegalArgumentException("bad token index " + governor + "->" + dependent);
  }
}
