/**
 * Full-text search over stored sentences. DuckDB stays the source of truth; {@link
 * org.sitrep.store.search.SentenceIndex} keeps a Lucene index beside the database file (see {@link
 * org.sitrep.store.search.SentenceIndex#besideDatabase(java.nio.file.Path)}) that can always be dropped and rebuilt
 * from it, one Lucene document per sentence. Users type plain words, {@code "quoted phrases"} and {@code -excluded}
 * words; the query is built from the analyser's tokens rather than by a query parser, so no input can make a search
 * fail.
 */
@NullMarked
package org.sitrep.store.search;

import org.jspecify.annotations.NullMarked;
