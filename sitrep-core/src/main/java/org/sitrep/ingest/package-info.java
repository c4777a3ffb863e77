/**
 * Reads input paths (.txt, .html, .jsonl, directories) into {@link org.sitrep.model.RawArticle}s, reporting unreadable input as {@link org.sitrep.model.Problem}s beside the good articles.
 */
@NullMarked
package org.sitrep.ingest;

import org.jspecify.annotations.NullMarked;
