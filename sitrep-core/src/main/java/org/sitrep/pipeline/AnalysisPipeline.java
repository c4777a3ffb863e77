package org.sitrep.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.sitrep.extract.ExtractedArticle;
import org.sitrep.model.AnalysedArticle;
import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.CorpusActor;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleAnalysis;
import org.sitrep.model.PartialDate;
import org.sitrep.model.Problem;
import org.sitrep.model.RawArticle;
import org.sitrep.model.ResolvedArticle;
import org.sitrep.resolve.ActorResolver;

/**
 * Runs the stages over one corpus: clean, annotate and extract each article in parallel, then resolve actors
 * across the whole corpus. An article on which a stage fails unexpectedly becomes a {@link Problem} naming it;
 * the others go on. Results keep input order. Thread-safe if its stages are.
 */
public final class AnalysisPipeline {

  private final Stage<RawArticle, Article> cleaner;
  private final Stage<Article, AnnotatedArticle> annotator;
  private final Stage<AnnotatedArticle, ExtractedArticle> extractor;
  private final ActorResolver resolver;
  private final Stage<ResolvedArticle, ArticleAnalysis> facts;
  private final int threads;

  public AnalysisPipeline(Stage<RawArticle, Article> cleaner, Stage<Article, AnnotatedArticle> annotator,
      Stage<AnnotatedArticle, ExtractedArticle> extractor, ActorResolver resolver,
      Stage<ResolvedArticle, ArticleAnalysis> facts, int threads) {
    this.cleaner = Objects.requireNonNull(cleaner, "cleaner");
    this.annotator = Objects.requireNonNull(annotator, "annotator");
    this.extractor = Objects.requireNonNull(extractor, "extractor");
    this.resolver = Objects.requireNonNull(resolver, "resolver");
    this.facts = Objects.requireNonNull(facts, "facts");
    if (threads < 1) throw new IllegalArgumentException("threads < 1: " + threads);
    this.threads = threads;
  }

  /**
   * Analyses one corpus. {@code defaultPublished} is the date of articles that neither the feed nor the page
   * dates; {@code progress} hears of each finished article.
   */
  public Batch<ArticleAnalysis> run(List<RawArticle> corpus, @Nullable PartialDate defaultPublished,
      ProgressListener progress) {
    Batch<AnalysedArticle> full = run(corpus, defaultPublished, List.of(), progress);
    return new Batch<>(full.results().stream().map(AnalysedArticle::analysis).toList(), full.problems());
  }

  /**
   * Analyses articles that join a corpus which already has the actors {@code known} (a store's): actors are resolved
   * against them, and each result keeps the resolved article it was read from.
   */
  public Batch<AnalysedArticle> run(List<RawArticle> corpus, @Nullable PartialDate defaultPublished,
      List<CorpusActor> known, ProgressListener progress) {
    List<@Nullable ExtractedArticle> extracted = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    AtomicInteger done = new AtomicInteger();
    AtomicLong tokens = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, Math.max(1, corpus.size())), r -> {
      Thread t = new Thread(r, "sitrep-analyze");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<ExtractedArticle>> futures = new ArrayList<>();
      for (RawArticle raw : corpus) {
        futures.add(pool.submit(() -> {
          try {
            ExtractedArticle e = analyse(raw, defaultPublished);
            tokens.addAndGet(e.annotated().tokenCount());
            return e;
          } finally {
            progress.articleDone(done.incrementAndGet(), corpus.size(), tokens.get());
          }
        }));
      }
      for (int i = 0; i < futures.size(); i++) {
        try {
          extracted.add(futures.get(i).get());
        } catch (ExecutionException e) {
          extracted.add(null);
          problems.add(failure(corpus.get(i), e.getCause()));
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while analysing", e);
    } finally {
      pool.shutdownNow();
    }
    List<ExtractedArticle> good = extracted.stream().filter(Objects::nonNull).map(Objects::requireNonNull).toList();
    List<AnalysedArticle> analyses = new ArrayList<>(good.size());
    for (ResolvedArticle r : resolver.resolve(good, known)) {
      try {
        analyses.add(new AnalysedArticle(r, facts.apply(r)));
      } catch (RuntimeException | StackOverflowError e) {
        // One article's facts failing must not lose the corpus; the article is reported like any other failure.
        problems.add(new Problem(r.article().origin(), 0, "article \"" + r.article().id()
            + "\" could not be analysed: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())));
      }
    }
    return new Batch<>(analyses, problems);
  }

  /** The per-article stages, in order; also what the benchmark times. */
  public ExtractedArticle analyse(RawArticle raw, @Nullable PartialDate defaultPublished) {
    Article article = cleaner.apply(raw);
    if (article.published() == null && defaultPublished != null) {
      article = new Article(article.id(), article.origin(), article.outlet(), article.title(), article.url(),
          defaultPublished, article.body(), article.boilerplate());
    }
    return extractor.apply(annotator.apply(article));
  }

  private static Problem failure(RawArticle raw, @Nullable Throwable cause) {
    String what = cause == null ? "unknown error" : cause.getClass().getSimpleName()
        + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    return new Problem(raw.source(), raw.line(), "article \"" + raw.id() + "\" could not be analysed: " + what);
  }
}
