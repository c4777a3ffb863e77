package org.sitrep.model;

import java.util.Objects;

/**
 * A resolved mention: the words at body offsets {@code begin..end} of sentence {@code sentence} name the actor
 * {@code actorId} of the same article. What the fact stages (speakers, events, relations) point at.
 */
public record ActorRef(String actorId, String text, int sentence, int begin, int end) {
  public ActorRef {
    Objects.requireNonNull(actorId, "actorId");
    Objects.requireNonNull(text, "text");
    if (sentence < 0 || begin < 0 || end < begin) throw new IllegalArgumentException("bad position for '" + text + "'");
  }
}
