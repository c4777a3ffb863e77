package org.sitrep.model;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An actor as one article names it. {@code id} is the same for the same actor in every article of one corpus;
 * {@code country} is an ISO 3166-1 alpha-3 code or {@code IGO}; {@code sector} a CAMEO/PLOVER sector code;
 * {@code mentions} every surface form this article uses for it.
 */
public record Actor(
    String id,
    String name,
    ActorKind kind,
    @Nullable String country,
    @Nullable String sector,
    List<String> titles,
    List<String> mentions) {

  public Actor {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    titles = List.copyOf(titles);
    mentions = List.copyOf(mentions);
  }

  /** This actor with {@code country} in place of its own. */
  public Actor withCountry(@Nullable String country) {
    return new Actor(id, name, kind, country, sector, titles, mentions);
  }
}
