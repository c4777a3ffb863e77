/**
 * Read-only questions to the corpus store, for the CLI and the server: actor profiles, events, quotes, an actor's
 * timeline, full-text search, the actor network (GraphML, GEXF, JSON) and bulk export (Parquet, CSV).
 *
 * <p>Every query takes a {@link java.sql.Connection} to a store database and returns immutable records. Counts,
 * timelines and the network use only <em>counted</em> events: an event that a syndicated copy of the same story
 * already reported is kept in the store for provenance but must not be counted twice. Each result record type
 * publishes its {@link org.sitrep.store.query.Column}s, so that one {@link org.sitrep.store.query.RowFormat} prints
 * any of them as an aligned table, JSON Lines or CSV.
 *
 * <p>All SQL is parameterised; the only text put into SQL is constant fragments of this package and, for DuckDB's
 * {@code COPY ... TO}, a file path with its quotes escaped, because COPY does not take the path as a parameter.
 */
@NullMarked
package org.sitrep.store.query;

import org.jspecify.annotations.NullMarked;
