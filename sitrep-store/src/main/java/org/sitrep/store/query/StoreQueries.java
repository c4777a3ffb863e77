package org.sitrep.store.query;

import java.sql.Connection;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.sitrep.store.search.SentenceIndex;

/**
 * The questions the CLI and the server ask the corpus store, over one JDBC connection the caller owns (and closes).
 * Each question lives in its own package-private class; this facade is the one public entry point, so callers need
 * not know how the queries are split.
 *
 * <p>Where an actor is given by the user it may be an actor id, or a name or stored spelling ignoring case. A name
 * that matches nothing is an {@link IllegalArgumentException} naming it, rather than an empty result that would look
 * like "no events". Database failures are {@link org.sitrep.store.StoreException}s.
 */
public final class StoreQueries {

  private final Connection connection;

  public StoreQueries(Connection connection) {
    this.connection = Objects.requireNonNull(connection, "connection");
  }

  /**
   * Actor profiles, most written-about first (then by name). {@code name}, if given, keeps actors whose name or a
   * spelling contains it, ignoring case.
   */
  public List<ActorProfile> actors(@Nullable String name) {
    return ActorsQuery.run(connection, name);
  }

  /**
   * Events matching {@code filter}, ordered by day (undated last), then event id.
   *
   * @throws IllegalArgumentException if the filter names an actor that matches no actor
   */
  public List<EventRow> events(EventFilter filter) {
    return EventsQuery.run(connection, filter);
  }

  /**
   * Quotations by {@code speaker} (as for actors in events; any speaker if null) whose words contain {@code text}
   * ignoring case (any words if null), in publication order, at most {@code limit}.
   *
   * @throws IllegalArgumentException if {@code speaker} matches no actor or {@code limit} is less than 1
   */
  public List<QuoteRow> quotes(@Nullable String speaker, @Nullable String text, int limit) {
    return QuotesQuery.run(connection, speaker, text, limit);
  }

  /**
   * The counted events {@code actor} did or suffered, one row per incident, in day order.
   *
   * @throws IllegalArgumentException if no actor matches, or several do and {@code actor} is none's id
   */
  public List<TimelineRow> timeline(String actor) {
    return TimelineQuery.run(connection, Objects.requireNonNull(actor, "actor"));
  }

  /** Full-text search over the sentence index, best hit first, as rows like the other queries'. */
  public static List<SearchRow> search(SentenceIndex index, String text, int limit) {
    return index.search(text, limit).stream().map(SearchRow::of).toList();
  }
}
