/**
 * Writes {@link org.sitrep.model.ArticleAnalysis} records as the JSON Lines of the public contract.
 */
@NullMarked
package org.sitrep.json;

import org.jspecify.annotations.NullMarked;
