/**
 * Gives actor mentions corpus-wide ids: the same actor gets the same id in every article of one call.
 */
@NullMarked
package org.sitrep.resolve;

import org.jspecify.annotations.NullMarked;
