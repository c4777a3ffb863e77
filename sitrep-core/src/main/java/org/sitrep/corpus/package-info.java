/**
 * Corpus-level bookkeeping across articles: {@link org.sitrep.corpus.MinHash} signatures and the
 * {@link org.sitrep.corpus.StoryIndex} link syndicated copies of one wire story to a single story id, so that
 * {@link org.sitrep.corpus.Corroboration} can tell independent reports of an incident from republished copies when
 * it groups events into {@link org.sitrep.corpus.Incident}s.
 */
@NullMarked
package org.sitrep.corpus;

import org.jspecify.annotations.NullMarked;
