package org.sitrep.store.query;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One actor of the store with what an analyst looks at first: how it is spelled, its titles, how many articles name
 * it, how often it acts and is acted upon, and how often it is quoted.
 *
 * @param id the corpus-wide actor id
 * @param name the actor's name as first stored
 * @param kind PERSON, ORGANIZATION, COUNTRY, GROUP or LOCATION
 * @param country ISO 3166-1 alpha-3 code, if known
 * @param sector the actor's sector code (GOV, MIL, REB, ...), if known
 * @param spellings every spelling the articles use, sorted
 * @param titles every title the articles give, sorted
 * @param articles the number of articles naming the actor (syndicated copies included)
 * @param asSource counted events the actor did
 * @param asTarget counted events done to the actor
 * @param quotes quotations attributed to the actor, each counted once per story
 */
public record ActorProfile(String id, String name, String kind, @Nullable String country, @Nullable String sector,
    List<String> spellings, List<String> titles, int articles, int asSource, int asTarget, int quotes) {

  public ActorProfile {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    spellings = List.copyOf(spellings);
    titles = List.copyOf(titles);
  }

  private static final List<Column<ActorProfile>> COLUMNS = List.of(
      Column.of("id", ActorProfile::id, 30),
      Column.of("name", ActorProfile::name, 30),
      Column.of("kind", ActorProfile::kind, 12),
      Column.of("country", ActorProfile::country, 7),
      Column.of("sector", ActorProfile::sector, 6),
      Column.of("articles", ActorProfile::articles),
      Column.of("as_source", ActorProfile::asSource),
      Column.of("as_target", ActorProfile::asTarget),
      Column.of("quotes", ActorProfile::quotes),
      Column.of("titles", ActorProfile::titles, 30),
      Column.of("spellings", ActorProfile::spellings, 60));

  /** The columns in which actor profiles are printed. */
  public static List<Column<ActorProfile>> columns() {
    return COLUMNS;
  }
}
