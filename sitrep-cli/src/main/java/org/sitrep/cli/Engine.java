package org.sitrep.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.sitrep.ingest.ArticleReader;
import org.sitrep.ingest.ReaderLimits;
import org.sitrep.model.ArticleAnalysis;
import org.sitrep.model.PartialDate;
import org.sitrep.model.Problem;
import org.sitrep.model.RawArticle;
import org.sitrep.pipeline.Batch;
import java.util.function.Supplier;
import org.sitrep.clean.Cleaner;
import org.sitrep.extract.FactExtractor;
import org.sitrep.facts.FactLinker;
import org.sitrep.knowledge.Knowledge;
import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.Article;
import org.sitrep.nlp.CoreNlpAnnotator;
import org.sitrep.nlp.NlpConfig;
import org.sitrep.pipeline.AnalysisPipeline;
import org.sitrep.pipeline.Stage;
import org.sitrep.resolve.ActorResolver;

/**
 * Wires the stages together. The NLP stage is expensive to build (~20 s of model loading), so it comes from a
 * supplier called at most once, only by commands that need it; tests hand in the one pipeline their JVM shares.
 */
final class Engine {

  private final Supplier<? extends Stage<Article, AnnotatedArticle>> annotator;
  private final Supplier<Knowledge> knowledge = memoize(Knowledge::loadDefault);

  Engine(Supplier<? extends Stage<Article, AnnotatedArticle>> annotator) {
    this.annotator = memoize(Objects.requireNonNull(annotator, "annotator"));
  }

  /** The bundled knowledge; commands add a user's dictionaries to it with {@link Knowledge#with}. */
  Knowledge knowledge() {
    return knowledge.get();
  }

  /** The bundled knowledge with {@code dictionaries} added, in order; a bad one fails before any slow work. */
  Knowledge knowledge(List<Path> dictionaries) {
    Knowledge k = knowledge();
    for (Path d : dictionaries) k = k.with(d);
    return k;
  }

  static Engine withCoreNlp() {
    return new Engine(() -> new CoreNlpAnnotator(NlpConfig.defaults()));
  }

  Stage<Article, AnnotatedArticle> annotator() {
    return annotator.get();
  }

  AnalysisPipeline pipeline(int threads, Knowledge k) {
    return new AnalysisPipeline(new Cleaner(), annotator(), new FactExtractor(k),
        new ActorResolver(k.countries(), k.actors()), new FactLinker(k), threads);
  }

  /**
   * Reads {@code paths} and analyses them as one corpus with the bundled knowledge plus {@code dictionaries}, which
   * are loaded first so that a bad one fails before any slow work. The models are loaded only if some article could
   * be read. The batch's problems are the input's and the pipeline's, in that order.
   */
  Batch<ArticleAnalysis> analyse(List<Path> paths, List<Path> dictionaries, ReaderLimits limits,
      @Nullable PartialDate published, int threads, String task, boolean showProgress) {
    Knowledge k = knowledge(dictionaries);
    Batch<RawArticle> input = new ArticleReader(limits).read(paths);
    List<Problem> problems = new ArrayList<>(input.problems());
    List<ArticleAnalysis> analyses = List.of();
    if (!input.results().isEmpty()) {
      try (Progress progress = Progress.start(task, input.results().size(), showProgress)) {
        Batch<ArticleAnalysis> result = pipeline(threads, k).run(input.results(), published, progress);
        problems.addAll(result.problems());
        analyses = result.results();
      }
    }
    return new Batch<>(analyses, problems);
  }

  private static <T> Supplier<T> memoize(Supplier<T> s) {
    return new Supplier<>() {
      private T value;

      @Override
      public synchronized T get() {
        if (value == null) value = s.get();
        return value;
      }
    };
  }
}
