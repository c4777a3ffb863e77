/**
 * Finds facts in an {@link org.sitrep.model.AnnotatedArticle}: actor mentions and quotations, each tied to its sentence.
 */
@NullMarked
package org.sitrep.extract;

import org.jspecify.annotations.NullMarked;
