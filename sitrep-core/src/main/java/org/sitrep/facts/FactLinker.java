package org.sitrep.facts;

import java.util.List;
import java.util.Objects;
import org.sitrep.knowledge.Knowledge;
import org.sitrep.knowledge.KnowledgeBase;
import org.sitrep.model.ArticleAnalysis;
import org.sitrep.model.Event;
import org.sitrep.model.Quote;
import org.sitrep.model.ResolvedArticle;
import org.sitrep.pipeline.Stage;

/**
 * The last per-article stage: from a resolved article to the contract record, with each quotation's speaker
 * ({@link SpeakerAttributor}), the PLOVER events of its sentences ({@link EventExtractor}) and the relations it
 * states or the knowledge base knows between its actors ({@link RelationExtractor}). Thread-safe.
 */
public final class FactLinker implements Stage<ResolvedArticle, ArticleAnalysis> {

  private final SpeakerAttributor speakers = new SpeakerAttributor();
  private final EventExtractor events;
  private final RelationExtractor relations;

  /** A linker with the bundled PLOVER lexicon and relations from the text only. */
  public FactLinker() {
    this(PloverLexicon.loadDefault(), KnowledgeBase.empty());
  }

  /** A linker with the bundled PLOVER lexicon whose relations also come from {@code knowledge}'s actor base. */
  public FactLinker(Knowledge knowledge) {
    this(PloverLexicon.loadDefault(), Objects.requireNonNull(knowledge, "knowledge").actors());
  }

  /** A linker with the given lexicon and actor knowledge base. */
  public FactLinker(PloverLexicon lexicon, KnowledgeBase actors) {
    this.events = new EventExtractor(lexicon);
    this.relations = new RelationExtractor(actors);
  }

  @Override
  public ArticleAnalysis apply(ResolvedArticle a) {
    List<Quote> quotes = speakers.attribute(a);
    List<Event> found = events.find(a, quotes).stream().map(f -> f.event().withReportedBy(f.reportedBy())).toList();
    return new ArticleAnalysis(a.article(), a.annotated().sentences().size(), a.annotated().tokenCount(), a.actors(),
        quotes, found, relations.find(a, found));
  }
}
