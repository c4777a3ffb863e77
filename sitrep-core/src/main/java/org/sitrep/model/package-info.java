/**
 * The immutable records that flow between sitrep's stages: {@link org.sitrep.model.RawArticle} from ingest,
 * {@link org.sitrep.model.Article} from cleaning, {@link org.sitrep.model.AnnotatedArticle} from the NLP stage
 * and {@link org.sitrep.model.ArticleAnalysis}, the contract that {@code sitrep analyze} prints.
 */
@NullMarked
package org.sitrep.model;

import org.jspecify.annotations.NullMarked;
