package org.sitrep.extract;

import java.util.List;
import java.util.Objects;
import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.Quote;

/**
 * What extraction finds in one article before actors are resolved across the corpus: the annotated article,
 * its actor mentions in body order, and its quotations.
 */
public record ExtractedArticle(AnnotatedArticle annotated, List<ActorMention> mentions, List<Quote> quotes) {
  public ExtractedArticle {
    Objects.requireNonNull(annotated, "annotated");
    mentions = List.copyOf(mentions);
    quotes = List.copyOf(quotes);
  }
}
