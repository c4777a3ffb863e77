/**
 * The fact stages, which run once actors are resolved: who said each quotation, which PLOVER events the sentences
 * report, and which relations (backs, leads, member of) they state, each tied to its sentence and to resolved
 * actor ids. Consumes {@link org.sitrep.model.ResolvedArticle}, produces {@link org.sitrep.model.ArticleAnalysis}.
 */
@NullMarked
package org.sitrep.facts;

import org.jspecify.annotations.NullMarked;
