package org.sitrep.store.query;

import java.util.Locale;
import java.util.Objects;

/**
 * A directed, weighted edge of the actor network: all events of one type from one actor to another, or all
 * statements of one relation between two actors, as a single edge whose weight says how many there are. Collapsing
 * them keeps the network readable; the weight keeps the evidence.
 *
 * @param id a stable edge id within one graph ({@code e1}, {@code e2}, ...), needed by GEXF and Gephi to keep
 *     parallel edges apart
 * @param source the acting (or subject) actor's id
 * @param target the acted-upon (or object) actor's id
 * @param category whether the edge stands for events or for a relation
 * @param type the PLOVER event type (ASSAULT, ...) or the relation predicate (BACKS, LEADS, MEMBER_OF)
 * @param weight events: how many events; relations: how many stories state it (syndicated copies count once)
 */
public record GraphEdge(String id, String source, String target, Category category, String type, int weight) {

  /** What an edge stands for. */
  public enum Category {
    EVENT, RELATION;

    /** The lower-case name written into graph files. */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public GraphEdge {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(type, "type");
    if (weight < 1) throw new IllegalArgumentException("edge weight must be at least 1: " + weight);
  }
}
