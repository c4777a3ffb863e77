package org.sitrep.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.sitrep.model.AnalysedArticle;
import org.sitrep.model.Article;
import org.sitrep.model.PartialDate;
import org.sitrep.model.Problem;
import org.sitrep.model.RawArticle;
import org.sitrep.pipeline.AnalysisPipeline;
import org.sitrep.pipeline.Batch;
import org.sitrep.pipeline.ProgressListener;
import org.sitrep.store.search.SentenceIndex;

/**
 * Adds articles to a store, safe to repeat and to interrupt. Content already stored is skipped by hash. New articles
 * go through the pipeline a batch at a time, their actors resolved against the store's, and each batch is written
 * by a {@link CorpusWriter} in one transaction, so a run killed at any point leaves whole batches and the next run
 * stores exactly what is missing. Incidents are regrouped at the end.
 */
public final class Ingester {

  private final Supplier<AnalysisPipeline> pipeline;
  private final int batchSize;

  /**
   * {@code pipeline} is asked for only when some content is new, so a repeated ingest never loads the NLP models;
   * {@code batchSize}: articles analysed and committed together, what a kill can lose at most.
   */
  public Ingester(Supplier<AnalysisPipeline> pipeline, int batchSize) {
    this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
    if (batchSize < 1) throw new IllegalArgumentException("batchSize < 1: " + batchSize);
    this.batchSize = batchSize;
  }

  public IngestReport ingest(CorpusStore store, SentenceIndex search, Batch<RawArticle> input,
      @Nullable PartialDate defaultPublished, ProgressListener progress) {
    List<Problem> problems = new ArrayList<>(input.problems());
    CorpusWriter writer = new CorpusWriter(store, search);
    long actorsBefore = store.count("actors");

    Set<String> hashes = store.contentHashes();
    List<RawArticle> fresh = new ArrayList<>();
    Map<RawArticle, String> hashOf = new HashMap<>();
    for (RawArticle raw : input.results()) {
      String hash = ContentHash.of(raw.content());
      if (hashes.add(hash)) {
        fresh.add(raw);
        hashOf.put(raw, hash);
      }
    }
    // Load the models (when anything is new) before the clock starts: the report gives the pace of the work.
    AnalysisPipeline analysis = fresh.isEmpty() ? null : pipeline.get();
    long started = System.nanoTime();
    int stored = 0;
    int syndicated = 0;
    long tokens = 0;
    long events = 0;
    for (int from = 0; from < fresh.size(); from += batchSize) {
      List<RawArticle> chunk = fresh.subList(from, Math.min(fresh.size(), from + batchSize));
      Map<String, String> hashByOrigin = new HashMap<>();
      for (RawArticle raw : chunk) hashByOrigin.put(raw.origin(), hashOf.get(raw));
      int offset = from;
      long tokensBefore = tokens;
      Batch<AnalysedArticle> analysed = Objects.requireNonNull(analysis).run(chunk, defaultPublished, store.actors(),
          (d, t, chunkTokens) -> progress.articleDone(offset + d, fresh.size(), tokensBefore + chunkTokens));
      for (AnalysedArticle a : analysed.results()) tokens += a.analysis().tokenCount();
      problems.addAll(analysed.problems());
      List<HashedArticle> batch = new ArrayList<>();
      for (AnalysedArticle a : analysed.results()) {
        Article art = a.analysis().article();
        batch.add(new HashedArticle(a, Objects.requireNonNull(hashByOrigin.get(art.origin()), art.origin())));
      }
      CorpusWriter.Outcome outcome = writer.write(batch);
      problems.addAll(outcome.problems());
      for (NewArticle n : outcome.stored()) {
        stored++;
        events += n.analysed().analysis().events().size();
        if (!n.storyId().equals(n.articleId())) syndicated++;
      }
    }
    long incidents = writer.rebuildIncidents();
    double seconds = (System.nanoTime() - started) / 1e9;
    return new IngestReport(input.results().size(), input.results().size() - fresh.size(), stored, events,
        store.count("actors") - actorsBefore, syndicated, incidents, seconds, problems);
  }
}
