package org.sitrep.model;

import java.util.List;
import java.util.Objects;

/** Everything sitrep reads in one article: the contract record that {@code sitrep analyze} prints. */
public record ArticleAnalysis(
    Article article,
    int sentenceCount,
    int tokenCount,
    List<Actor> actors,
    List<Quote> quotes,
    List<Event> events,
    List<Relation> relations) {

  public ArticleAnalysis {
    Objects.requireNonNull(article, "article");
    actors = List.copyOf(actors);
    quotes = List.copyOf(quotes);
    events = List.copyOf(events);
    relations = List.copyOf(relations);
  }
}
