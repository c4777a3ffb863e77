package org.sitrep.store;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.corpus.MinHash;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorKind;
import org.sitrep.model.ActorRef;
import org.sitrep.model.AnalysedArticle;
import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleAnalysis;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.PartialDate;
import org.sitrep.model.Quote;
import org.sitrep.model.Relation;
import org.sitrep.model.Predicate;
import org.sitrep.model.ResolvedArticle;
import org.sitrep.model.Sentence;

/**
 * Analysed articles built by hand, without NLP, for the store's unit tests: a body of one-line sentences where the
 * first sentence's subject attacks the second actor, a quote by the first actor, and a BACKS relation.
 */
final class StoredArticles {

  private StoredArticles() {}

  static NewArticle article(String id, String outlet, String published, String attacker, String target) {
    String s0 = attacker + " shelled " + target + " on Monday.";
    String s1 = "\"We will not stop,\" " + attacker + " said.";
    String body = s0 + "\n" + s1;
    Article article = new Article(id, id + ".txt", outlet, "Shelling of " + target, null, PartialDate.parse(published),
        body, List.of("Subscribe now"));
    int b1 = s0.length() + 1;
    List<Sentence> sentences = List.of(
        new Sentence(0, 0, s0.length(), s0, List.of(), List.of(), List.of(), List.of()),
        new Sentence(1, b1, body.length(), s1, List.of(), List.of(), List.of(), List.of()));
    String a = slug(attacker);
    String t = slug(target);
    List<Actor> actors = List.of(
        new Actor(a, attacker, ActorKind.ORGANIZATION, "XKX", "REB", List.of("militia"), List.of(attacker)),
        new Actor(t, target, ActorKind.LOCATION, null, null, List.of(), List.of(target)));
    List<ActorRef> refs = new ArrayList<>();
    refs.add(new ActorRef(a, attacker, 0, 0, attacker.length()));
    refs.add(new ActorRef(t, target, 0, s0.indexOf(target), s0.indexOf(target) + target.length()));
    int speaker = body.lastIndexOf(attacker);
    refs.add(new ActorRef(a, attacker, 1, speaker, speaker + attacker.length()));
    Quote quote = new Quote("We will not stop,", a, attacker, 1, b1 + 1, b1 + 18, "said", null);
    Event event = new Event(EventType.ASSAULT, "aerial", a, t, PartialDate.parse(published), "Monday", target, 0, s0);
    Relation backs = new Relation(a, Predicate.BACKS, t, 0);
    ResolvedArticle resolved = new ResolvedArticle(new AnnotatedArticle(article, sentences), actors, refs, List.of(quote));
    ArticleAnalysis analysis = new ArticleAnalysis(article, 2, 14, actors, List.of(quote), List.of(event), List.of(backs));
    return new NewArticle(id, ContentHash.of(body + id), id, MinHash.standard().sign(body).toBytes(),
        new AnalysedArticle(resolved, analysis), List.of(true));
  }

  static String slug(String name) {
    return name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]+", "-");
  }
}
