package org.sitrep.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.ExtractedArticle;
import org.sitrep.facts.FactLinker;
import org.sitrep.knowledge.CountryTable;
import org.sitrep.knowledge.KnowledgeBase;
import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleAnalysis;
import org.sitrep.model.PartialDate;
import org.sitrep.model.Problem;
import org.sitrep.model.RawArticle;
import org.sitrep.model.SourceFormat;
import org.sitrep.resolve.ActorResolver;

/** The runner with hand-made stages: no CoreNLP needed to test ordering, failures and defaults. */
class AnalysisPipelineTest {

  private static final Stage<RawArticle, Article> CLEAN = raw -> new Article(raw.id(), raw.origin(), raw.outlet(),
      null, raw.url(), raw.published(), raw.content(), List.of());
  private static final Stage<Article, AnnotatedArticle> ANNOTATE = a -> {
    if (a.body().contains("EXPLODE")) throw new IllegalStateException("parser blew up");
    return new AnnotatedArticle(a, List.of());
  };
  private static final Stage<AnnotatedArticle, ExtractedArticle> EXTRACT = a -> new ExtractedArticle(a, List.of(), List.of());

  private static RawArticle raw(String id, String content) {
    return new RawArticle(id, "feed.jsonl", Integer.parseInt(id.substring(1)), null, null, null, null, content,
        SourceFormat.TEXT);
  }

  private static AnalysisPipeline pipeline(int threads) {
    return new AnalysisPipeline(CLEAN, ANNOTATE, EXTRACT,
        new ActorResolver(CountryTable.loadDefault(), KnowledgeBase.empty()), new FactLinker(), threads);
  }

  @Test
  void keepsInputOrderWhateverTheThreads() {
    List<RawArticle> corpus = IntStream.rangeClosed(1, 40).mapToObj(i -> raw("a" + i, "Text " + i)).toList();
    Batch<ArticleAnalysis> out = pipeline(4).run(corpus, null, ProgressListener.NONE);
    assertEquals(corpus.stream().map(RawArticle::id).toList(), out.results().stream().map(a -> a.article().id()).toList());
  }

  @Test
  void turnsAFailingArticleIntoAProblemAndFinishesTheOthers() {
    List<RawArticle> corpus = List.of(raw("a1", "fine"), raw("a2", "EXPLODE"), raw("a3", "fine too"));
    Batch<ArticleAnalysis> out = pipeline(2).run(corpus, null, ProgressListener.NONE);
    assertEquals(List.of("a1", "a3"), out.results().stream().map(a -> a.article().id()).toList());
    assertEquals(List.of(new Problem("feed.jsonl", 2,
        "article \"a2\" could not be analysed: IllegalStateException: parser blew up")), out.problems());
  }

  @Test
  void datesUndatedArticlesWithTheDefaultOnly() {
    RawArticle dated = new RawArticle("a1", "f", 1, null, null, null, PartialDate.parse("2020-01-02"), "x", SourceFormat.TEXT);
    RawArticle undated = raw("a2", "y");
    Batch<ArticleAnalysis> out = pipeline(1).run(List.of(dated, undated), PartialDate.parse("2024-05-06"),
        ProgressListener.NONE);
    assertEquals(PartialDate.parse("2020-01-02"), out.results().get(0).article().published());
    assertEquals(PartialDate.parse("2024-05-06"), out.results().get(1).article().published());
  }

  @Test
  void reportsProgressOncePerArticle() {
    AtomicInteger calls = new AtomicInteger();
    List<Integer> totals = new ArrayList<>();
    pipeline(3).run(List.of(raw("a1", "x"), raw("a2", "EXPLODE"), raw("a3", "z")), null, (done, total, tokens) -> {
      calls.incrementAndGet();
      synchronized (totals) {
        totals.add(total);
      }
    });
    assertEquals(3, calls.get());
    assertEquals(List.of(3, 3, 3), totals);
  }
}
