package org.sitrep.model;

import java.util.List;
import java.util.Objects;

/**
 * An annotated article whose actors are resolved corpus-wide: its actors, every mention tied to its actor id (in
 * body order), and its quotations (speakers not yet attributed). The input of the fact stages.
 */
public record ResolvedArticle(AnnotatedArticle annotated, List<Actor> actors, List<ActorRef> refs, List<Quote> quotes) {
  public ResolvedArticle {
    Objects.requireNonNull(annotated, "annotated");
    actors = List.copyOf(actors);
    refs = List.copyOf(refs);
    quotes = List.copyOf(quotes);
  }

  public Article article() {
    return annotated.article();
  }
}
