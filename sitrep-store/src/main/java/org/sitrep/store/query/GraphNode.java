package org.sitrep.store.query;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An actor in the actor network.
 *
 * @param id the corpus-wide actor id
 * @param name the actor's name (its id if the store has no actor row for it)
 * @param kind PERSON, ORGANIZATION, COUNTRY, GROUP or LOCATION, if known
 * @param country ISO 3166-1 alpha-3 code, if known
 * @param sector sector code, if known
 * @param events the number of events (counted ones, unless repeats were asked for) with the actor as source or target
 */
public record GraphNode(String id, String name, @Nullable String kind, @Nullable String country,
    @Nullable String sector, int events) {

  public GraphNode {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    if (events < 0) throw new IllegalArgumentException("negative event count: " + events);
  }
}
