package org.sitrep.model;

import java.util.Objects;

/** A relation between two actors of one article, with the sentence that states it. */
public record Relation(String subject, Predicate predicate, String object, int sentence) {
  public Relation {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(predicate, "predicate");
    Objects.requireNonNull(object, "object");
    if (sentence < 0) throw new IllegalArgumentException("sentence < 0: " + sentence);
  }
}
