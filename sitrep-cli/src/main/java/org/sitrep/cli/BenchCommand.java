package org.sitrep.cli;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.ling.CoreAnnotations;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.sitrep.clean.Cleaner;
import org.sitrep.ingest.ArticleReader;
import org.sitrep.ingest.ReaderLimits;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleAnalysis;
import org.sitrep.model.PartialDate;
import org.sitrep.model.RawArticle;
import org.sitrep.pipeline.AnalysisPipeline;
import org.sitrep.pipeline.Batch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code sitrep bench}: the yardstick for speed goals. Analyses a corpus with sitrep's pipeline and then, in the same
 * run on the same cleaned texts with the same number of threads, with CoreNLP's default full pipeline, and prints
 * articles/s, tokens/s and peak heap of each and their ratio. Model loading is timed apart from the analysis.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"Measures sitrep's throughput against CoreNLP's default full pipeline on the same texts."})
final class BenchCommand implements Callable<Integer> {

  private final Engine engine;

  @Spec
  @Nullable CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = ".txt, .html or .jsonl files, or directories of them")
  List<Path> paths = new ArrayList<>();

  @Option(names = "--threads", paramLabel = "N", description = "threads for both pipelines (default: all cores, ${DEFAULT-VALUE})")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--no-baseline", negatable = true, description = "skip CoreNLP's default pipeline (it is slow)")
  boolean baseline = true;

  @Option(names = "--warmup", paramLabel = "N",
      description = "untimed passes over the corpus before each timed one, so both pipelines run JIT-compiled (default: ${DEFAULT-VALUE})")
  int warmup = 1;

  @Option(names = "--published", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
      description = "date of articles that state none")
  @Nullable PartialDate published;

  BenchCommand(Engine engine) {
    this.engine = engine;
  }

  /** One pipeline's figures. */
  record Run(String name, int articles, long tokens, long loadMillis, long runMillis, long peakHeapBytes) {
    double articlesPerSecond() {
      return articles * 1000.0 / Math.max(1, runMillis);
    }

    double tokensPerSecond() {
      return tokens * 1000.0 / Math.max(1, runMillis);
    }
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = Objects.requireNonNull(spec).commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Batch<RawArticle> input = new ArticleReader(ReaderLimits.defaults()).read(paths);
    input.problems().forEach(err::println);
    if (input.results().isEmpty()) {
      err.println("sitrep bench: no articles to measure");
      return 1;
    }
    Cleaner cleaner = new Cleaner();
    List<String> texts = input.results().stream().map(cleaner::apply).map(Article::body).toList();

    Run ours = measureSitrep(input.results(), err);
    out.println(format(ours));
    if (baseline) {
      Run theirs = measureDefaultCoreNlp(texts);
      out.println(format(theirs));
      out.printf(Locale.ROOT, "ratio: sitrep is %.1fx the articles/s of CoreNLP's default pipeline (%.1fx tokens/s)%n",
          ours.articlesPerSecond() / theirs.articlesPerSecond(), ours.tokensPerSecond() / theirs.tokensPerSecond());
    }
    return input.problems().isEmpty() ? 0 : 1;
  }

  private Run measureSitrep(List<RawArticle> corpus, PrintWriter err) {
    long base = settledHeap();
    long t0 = System.nanoTime();
    AnalysisPipeline pipeline = engine.pipeline(threads, engine.knowledge());
    for (int i = 0; i < warmup; i++) pipeline.run(corpus, published, (d, t, k) -> {});
    long loaded = System.nanoTime();
    Batch<ArticleAnalysis> result = pipeline.run(corpus, published, (d, t, k) -> {});
    long done = System.nanoTime();
    result.problems().forEach(err::println);
    long tokens = result.results().stream().mapToLong(ArticleAnalysis::tokenCount).sum();
    return new Run("sitrep (" + threads + " threads)", result.results().size(), tokens,
        (loaded - t0) / 1_000_000, (done - loaded) / 1_000_000, peakHeap() - base);
  }

  private Run measureDefaultCoreNlp(List<String> texts) throws Exception {
    long base = settledHeap();
    long t0 = System.nanoTime();
    // CoreNLP's default annotators, the pipeline users get out of the box, plus quote attribution, which the
    // default list of 4.5 leaves out but which sitrep's output includes.
    StanfordCoreNLP defaults = new StanfordCoreNLP(new Properties());
    String annotators = defaults.getProperties().getProperty("annotators", "").replace(" ", "");
    if (!annotators.contains("quote")) annotators += ",quote";
    Properties props = new Properties();
    props.setProperty("annotators", annotators);
    StanfordCoreNLP pipeline = new StanfordCoreNLP(props);
    for (int i = 0; i < warmup; i++) annotateAll(pipeline, texts);
    long loaded = System.nanoTime();
    long tokens = annotateAll(pipeline, texts);
    long done = System.nanoTime();
    return new Run("CoreNLP default [" + annotators + "] (" + threads + " threads)", texts.size(), tokens,
        (loaded - t0) / 1_000_000, (done - loaded) / 1_000_000, peakHeap() - base);
  }

  private long annotateAll(StanfordCoreNLP pipeline, List<String> texts) throws Exception {
    AtomicLong tokens = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (String text : texts) {
        futures.add(pool.submit(() -> {
          Annotation doc = new Annotation(text);
          pipeline.annotate(doc);
          tokens.addAndGet(doc.get(CoreAnnotations.TokensAnnotation.class).size());
        }));
      }
      for (Future<?> f : futures) f.get();
    } finally {
      pool.shutdownNow();
    }
    return tokens.get();
  }

  private static String format(Run r) {
    return String.format(Locale.ROOT,
        "%s: %d articles, %,d tokens in %.1f s (models loaded and warm-up in %.1f s): %.2f articles/s, %,.0f tokens/s, peak heap %,d MB",
        r.name(), r.articles(), r.tokens(), r.runMillis() / 1000.0, r.loadMillis() / 1000.0, r.articlesPerSecond(),
        r.tokensPerSecond(), r.peakHeapBytes() / (1024 * 1024));
  }

  /** Heap in use after a collection, with the pools' peak counters reset: the floor a phase's peak is taken from. */
  private static long settledHeap() {
    System.gc();
    long used = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
        used += pool.getUsage().getUsed();
      }
    }
    return used;
  }

  private static long peakHeap() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) peak += pool.getPeakUsage().getUsed();
    }
    return peak;
  }

}
