package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.sitrep.knowledge.Knowledge;
import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.Quote;
import org.sitrep.pipeline.Stage;

/**
 * The per-article extraction stage: actor mentions and quotations of one annotated article. Speakers are not
 * attributed yet, so every quote's speaker is null. Thread-safe.
 */
public final class FactExtractor implements Stage<AnnotatedArticle, ExtractedArticle> {

  private final MentionExtractor mentions;
  private final QuotationFinder quotations = new QuotationFinder();

  public FactExtractor(Knowledge knowledge) {
    Objects.requireNonNull(knowledge, "knowledge");
    this.mentions = new MentionExtractor(knowledge.countries(), knowledge.places(), knowledge.actors(),
        knowledge.agents());
  }

  @Override
  public ExtractedArticle apply(AnnotatedArticle article) {
    List<Quote> quotes = new ArrayList<>();
    for (QuotationSpan q : quotations.find(article.article().body())) {
      quotes.add(Quote.unattributed(q.text(), article.sentenceAt(q.begin()), q.begin(), q.end()));
    }
    return new ExtractedArticle(article, mentions.extract(article), quotes);
  }
}
