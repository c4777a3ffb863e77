package org.sitrep.model;

import java.util.Objects;

/**
 * One article analysed with its evidence: the contract record ({@code analysis}) and the resolved article it was
 * read from, whose sentences and mention offsets a store keeps as provenance.
 */
public record AnalysedArticle(ResolvedArticle resolved, ArticleAnalysis analysis) {
  public AnalysedArticle {
    Objects.requireNonNull(resolved, "resolved");
    Objects.requireNonNull(analysis, "analysis");
  }
}
