/**
 * Reference knowledge that sitrep's stages look things up in, loaded from resources bundled in this package. The
 * first table is {@link org.sitrep.knowledge.CountryTable}: every ISO 3166-1 country and territory with the names,
 * demonyms and capitals that news uses for it, so that "Iraqi", "Baghdad" and "Iraq's" all resolve to {@code IRQ}.
 * Every type here is immutable and safe to share between threads.
 */
@NullMarked
package org.sitrep.knowledge;

import org.jspecify.annotations.NullMarked;
