/**
 * The embedded corpus store: a DuckDB file holding articles, sentences, actors, mentions, quotes, events and
 * relations with their provenance, written idempotently and queried by the CLI and the server. Its schema and
 * queries arrive with the corpus-store issue; the module exists now so that the dependency direction
 * (cli -> store -> core) is fixed from the start.
 */
@NullMarked
package org.sitrep.store;

import org.jspecify.annotations.NullMarked;
