/**
 * The store's benchmark: a generated corpus of any size (no NLP), stored through the same writer as ingest, then
 * every query timed on it.
 */
@NullMarked
package org.sitrep.store.bench;

import org.jspecify.annotations.NullMarked;
